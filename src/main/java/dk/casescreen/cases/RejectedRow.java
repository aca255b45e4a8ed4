package dk.casescreen.cases;

import java.util.List;

/**
 * A data row that did not become a case record, and why.
 *
 * @param location       the file, worksheet and row
 * @param errors         the row's own errors (empty when it was rejected only with its file)
 * @param rejectedWithFile whether strict mode rejected it because its file had errors elsewhere
 */
public record RejectedRow(Location location, List<Problem> errors, boolean rejectedWithFile) {

    /** Creates a rejected row; the error list is copied. */
    public RejectedRow {
        errors = List.copyOf(errors);
    }
}
