package dk.casescreen.cases;

/**
 * The outcome of a load: the accepted cases and the validation report.
 *
 * @param cases  the case table of the accepted records
 * @param report what was found, and how every row was accounted for
 */
public record LoadResult(CaseTable cases, ValidationReport report) {
}
