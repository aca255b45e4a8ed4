package dk.casescreen.cases;

/**
 * A municipality that screens cases.
 *
 * @param code   the municipality code (Statistics Denmark's, e.g. "101" for København)
 * @param name   the name, e.g. "København"
 * @param region the region, e.g. "Region Hovedstaden"
 */
public record Municipality(String code, String name, String region) {
}
