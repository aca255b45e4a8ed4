/**
 * Follow-up across screening rounds ("hvem blev dyrere, hvem billigere?"): the same citizens screened
 * in two or more rounds, linked by municipality and case number, with the cost-band transitions, the
 * share that became dearer, paired tests of change (Bowker, Stuart-Maxwell, Wilcoxon signed-rank,
 * McNemar per Ja/Nej question, Holm-adjusted), which first-round answers go with becoming dearer, the
 * first round's own expectation ("Udvikling i udgift over tid") against what happened, and the change in
 * annual cost.
 *
 * <p>{@link dk.casescreen.followup.FollowUp#of} is the entry point; it returns immutable result records
 * in the tidy vocabulary of {@code stats} ({@code estimate}, {@code confLow}, {@code confHigh},
 * {@code confLevel}, {@code pValue}, {@code pAdjusted}, {@code method}) and never formats text.
 */
package dk.casescreen.followup;
