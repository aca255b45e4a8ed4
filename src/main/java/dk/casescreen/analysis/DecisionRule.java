package dk.casescreen.analysis;

/**
 * The rule that turns the numbers into a verdict (docs/hypotheses.md).
 *
 * @param alpha                   the family-wise significance level
 * @param adjustment              how p-values are adjusted across the family
 * @param smallestEffectOfInterest the smallest odds ratio that would matter; an interval entirely
 *                                below it rules the hypothesis out
 * @param rarePrevalence          an exposure whose prevalence's upper 95% limit is below this is too rare
 *                                to explain the expense in general
 * @param power                   the power at which the minimum detectable effect is computed
 */
public record DecisionRule(double alpha, Adjustment adjustment, double smallestEffectOfInterest, double rarePrevalence,
                           double power) {

    /** How p-values are adjusted across the family of hypotheses. */
    public enum Adjustment {
        /** Holm (1979): controls the family-wise error rate. */
        HOLM,
        /** Benjamini and Hochberg (1995): controls the false discovery rate. */
        BENJAMINI_HOCHBERG
    }

    /** The default: alpha 0.05, Holm, smallest effect of interest OR 1.5, rare below 5%, 80% power. */
    public static final DecisionRule DEFAULT = new DecisionRule(0.05, Adjustment.HOLM, 1.5, 0.05, 0.8);

    /** Creates a rule, checking the ranges. */
    public DecisionRule {
        if (!(alpha > 0 && alpha < 1) || !(smallestEffectOfInterest > 1) || !(rarePrevalence >= 0 && rarePrevalence < 1)
                || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("Decision rule out of range: " + this);
        }
    }

    /** This rule with another adjustment. */
    public DecisionRule withAdjustment(Adjustment other) {
        return new DecisionRule(alpha, other, smallestEffectOfInterest, rarePrevalence, power);
    }
}
