package dk.casescreen.cli;

/** Runs the command line in-process for tests outside this package. */
public final class CliRunner {

    private CliRunner() {
    }

    /** The exit code of the command line with these arguments (output discarded). */
    public static int exit(String... args) {
        return CliRun.of(args).exit();
    }
}
