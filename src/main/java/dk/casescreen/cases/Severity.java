package dk.casescreen.cases;

/** How serious a validation problem is. */
public enum Severity {
    /** The value is wrong; the row is rejected. */
    ERROR,
    /** Something is missing or odd; the row is kept. */
    WARNING
}
