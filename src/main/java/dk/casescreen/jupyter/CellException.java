package dk.casescreen.jupyter;

import java.util.List;

/**
 * A cell that could not be run: it did not compile, threw, was incomplete or named an unknown magic.
 * Its {@link #name()} and message become the error's {@code ename} and {@code evalue} in Jupyter,
 * its {@link #traceback()} the lines shown.
 */
public final class CellException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> traceback;

    /** An error called {@code name} with a message and the lines to show. */
    CellException(String name, String message, List<String> traceback) {
        super(message);
        this.name = name;
        this.traceback = List.copyOf(traceback);
    }

    /** What kind of error: the exception class for a thrown exception, or CompilationError, IncompleteCode, MagicError. */
    public String name() {
        return name;
    }

    /** The lines to show. */
    public List<String> traceback() {
        return traceback;
    }
}
