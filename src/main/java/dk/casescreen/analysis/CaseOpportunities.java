package dk.casescreen.analysis;

import java.util.List;

/**
 * The action opportunities of one case, for the municipality's own use (case numbers are
 * pseudonymous, but stay inside the municipality: shared outputs leave them out).
 *
 * @param municipalityCode the municipality
 * @param caseNumber       the case number
 * @param opportunities    the ids of the opportunities the case has, in definition order
 */
public record CaseOpportunities(String municipalityCode, String caseNumber, List<String> opportunities) {

    /** Creates the record; the list is copied. */
    public CaseOpportunities {
        opportunities = List.copyOf(opportunities);
    }
}
