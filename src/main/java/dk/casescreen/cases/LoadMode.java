package dk.casescreen.cases;

/** What happens to a file with errors. */
public enum LoadMode {
    /** The whole file is rejected when any of its rows has an error. */
    STRICT,
    /** Rows without errors are kept; rows with errors are rejected and listed. */
    LENIENT
}
