package dk.casescreen.analysis;

import dk.casescreen.stats.Readable;
import dk.casescreen.stats.TestResult;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

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

    /**
     * This result as a one-row Tablesaw table; see {@link #asTable(List)} for the columns.
     */
    public Table asTable() {
        return asTable(List.of(this));
    }

    /**
     * Hypothesis results as a tidy Tablesaw table, one row per hypothesis, with broom's names where
     * they apply: hypothesis, estimate (the adjusted odds ratio), conf.low, conf.high, conf.level,
     * p.value, p.adjusted, adjustment, n, prevalence, prevalence.conf.low, prevalence.conf.high,
     * verdict, reason, method (NaN or empty where the model could not be fitted).
     */
    public static Table asTable(List<HypothesisResult> results) {
        StringColumn id = StringColumn.create("hypothesis");
        DoubleColumn estimate = DoubleColumn.create("estimate");
        DoubleColumn low = DoubleColumn.create("conf.low");
        DoubleColumn high = DoubleColumn.create("conf.high");
        DoubleColumn level = DoubleColumn.create("conf.level");
        DoubleColumn p = DoubleColumn.create("p.value");
        DoubleColumn adjusted = DoubleColumn.create("p.adjusted");
        StringColumn adjustment = StringColumn.create("adjustment");
        DoubleColumn n = DoubleColumn.create("n");
        DoubleColumn prevalence = DoubleColumn.create("prevalence");
        DoubleColumn prevalenceLow = DoubleColumn.create("prevalence.conf.low");
        DoubleColumn prevalenceHigh = DoubleColumn.create("prevalence.conf.high");
        StringColumn verdict = StringColumn.create("verdict");
        StringColumn reason = StringColumn.create("reason");
        StringColumn method = StringColumn.create("method");
        for (HypothesisResult r : results) {
            id.append(r.spec().id());
            estimate.append(r.effect().map(Effect::estimate).orElse(Double.NaN));
            low.append(r.effect().map(Effect::confLow).orElse(Double.NaN));
            high.append(r.effect().map(Effect::confHigh).orElse(Double.NaN));
            level.append(r.effect().map(Effect::confLevel).orElse(Double.NaN));
            p.append(r.effect().map(Effect::pValue).orElse(Double.NaN));
            adjusted.append(r.pAdjusted());
            adjustment.append(r.family().adjustment().toString());
            n.append(r.effect().map(e -> (double) e.n()).orElse(Double.NaN));
            prevalence.append(r.prevalence().estimate());
            prevalenceLow.append(r.prevalence().confLow());
            prevalenceHigh.append(r.prevalence().confHigh());
            verdict.append(r.verdict().toString());
            reason.append(r.reason().toString());
            method.append(r.effect().map(Effect::method).orElse(""));
        }
        return Table.create("hypotheses", id, estimate, low, high, level, p, adjusted, adjustment, n, prevalence,
                prevalenceLow, prevalenceHigh, verdict, reason, method);
    }

    /** A short reading: {@code "H1: SUPPORTED (odds ratio 1.84 (95% CI 1.21 to 2.8), p = 0.00431, n = 683; p adjusted 0.0431)"}. */
    @Override
    public String toString() {
        return spec.id() + ": " + verdict + " (" + effect.map(Effect::toString).orElse("no model"
                + failure.map(f -> ": " + f).orElse("")) + "; p adjusted " + Readable.number(pAdjusted)
                + "; prevalence " + prevalence + ")";
    }
}
