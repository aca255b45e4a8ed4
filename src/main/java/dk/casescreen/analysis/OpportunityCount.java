package dk.casescreen.analysis;

/**
 * How many cases of a municipality (or of all) have an opportunity, of how many cases whose
 * answers could show it (the cases that answered every question of its conditions).
 *
 * @param scope         a municipality code, or "all"
 * @param opportunityId the opportunity
 * @param count         the cases with the opportunity
 * @param n             the cases that answered the questions it looks at
 * @param cases         all cases in scope
 */
public record OpportunityCount(String scope, String opportunityId, long count, long n, long cases) {
}
