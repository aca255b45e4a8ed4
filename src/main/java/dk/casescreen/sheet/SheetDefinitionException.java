package dk.casescreen.sheet;

/** A screening-sheet definition file that cannot be used, with the place in the file that is wrong. */
public final class SheetDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code source} at JSON location {@code where}. */
    public SheetDefinitionException(String source, String where, String problem) {
        super(source + (where.isEmpty() ? "" : " (" + where + ")") + ": " + problem);
    }
}
