package dk.casescreen.cases;

import dk.casescreen.Language;

/**
 * A file that cannot be loaded at all: unreadable, not what its name says, hostile, or holding
 * something that looks like a CPR number. Carries the located problem; the message never echoes
 * personal data.
 */
public final class CaseLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** Creates the exception for a located problem. */
    public CaseLoadException(Problem problem) {
        super(problem.describe(Language.EN));
        this.problem = problem;
    }

    /** Creates the exception for a located problem with its underlying cause. */
    public CaseLoadException(Problem problem, Throwable cause) {
        super(problem.describe(Language.EN), cause);
        this.problem = problem;
    }

    /** The located problem. */
    public Problem problem() {
        return problem;
    }

    /** The message in the given language. */
    public String describe(Language language) {
        return problem.describe(language);
    }

    /** Shorthand for an unreadable file with a reason in both languages. */
    static CaseLoadException unreadable(Location where, dk.casescreen.Text reason) {
        return new CaseLoadException(Rule.UNREADABLE_FILE.problem(where, null, null, reason));
    }
}
