package dk.casescreen.analysis;

import dk.casescreen.stats.TestResult;
import java.util.Optional;

/**
 * What the data say about one hypothesis.
 *
 * @param spec                    the hypothesis
 * @param prevalence              how common the exposure is among the screened cases, with its 95% interval
 * @param association             the rank test of cost band, exposed against unexposed (unadjusted)
 * @param effect                  the proportional-odds odds ratio adjusted for the confounders, if it could be
 *                                fitted, with its 95% Wald interval (not adjusted for multiplicity)
 * @param aboveBelow              the odds ratio of being above rather than below 2 mio. kr., where comparison cases exist
 * @param pAdjusted               the effect's p-value adjusted across the family (NaN without an effect)
 * @param minimumDetectableEffect the smallest odds ratio detectable with the rule's power at the family-wise level
 * @param verdict                 the verdict
 * @param reason                  why
 * @param failure                 why the proportional-odds model could not be fitted, if it could not
 * @param aboveBelowFailure       why the above-versus-below model could not be fitted, if it was tried (with
 *                                comparison cases) and could not
 * @param bandCounts              the screened cases per cost band, exposed and unexposed
 * @param simultaneousEffect      the odds ratio's Wald interval adjusted for the family: level
 *                                {@code 1 - alpha / m} (Bonferroni), {@code exp(beta ± z(1 - alpha / 2m) se)};
 *                                present with {@code effect}
 * @param simultaneousPrevalence  the prevalence's Wilson interval at the same level (NaN limits when no case
 *                                has a known exposure)
 * @param family                  the hypotheses tested together and how their p-values were adjusted: the
 *                                family {@code pAdjusted} and the simultaneous intervals are adjusted for
 */
public record HypothesisResult(HypothesisSpec spec, Prevalence prevalence, Optional<TestResult> association,
                               Optional<Effect> effect, Optional<Effect> aboveBelow, double pAdjusted,
                               double minimumDetectableEffect, Verdict verdict, VerdictReason reason,
                               Optional<String> failure, Optional<String> aboveBelowFailure, BandCounts bandCounts,
                               Optional<SimultaneousInterval> simultaneousEffect,
                               SimultaneousInterval simultaneousPrevalence, HypothesisFamily family) {
}
