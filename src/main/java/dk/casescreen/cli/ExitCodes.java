package dk.casescreen.cli;

/** The exit codes of the {@code casescreen} command. */
final class ExitCodes {

    /** Everything is fine. */
    static final int OK = 0;
    /** The input was read but has problems. */
    static final int PROBLEMS = 1;
    /** The input could not be read (or the command line was wrong). */
    static final int UNREADABLE = 2;
    /** An internal error (a bug in casescreen) or out of memory; never a stack trace unless --debug. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
