package dk.casescreen.analysis;

import java.util.Objects;

/**
 * The rule that turns the numbers into a verdict (docs/hypotheses.md). It is symmetric: "supported"
 * and "not supported" both rest on inference adjusted for the whole family of m hypotheses: the
 * adjusted p-value for the direction of an effect, and simultaneous (Bonferroni) confidence limits at
 * level {@code 1 - alpha / m} ({@link #simultaneousLevel}) for ruling an effect out or an exposure
 * as too rare.
 *
 * @param alpha                   the family-wise significance level
 * @param adjustment              how p-values are adjusted across the family
 * @param smallestEffectOfInterest the smallest odds ratio that would matter; a simultaneous interval
 *                                entirely below it rules the hypothesis out
 * @param rarePrevalence          an exposure whose prevalence's simultaneous upper limit is below this is
 *                                too rare to explain the expense in general
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

    /**
     * The default, as declared once, in the {@code decision_rule} of the built-in
     * {@code data-schema/hypotheses.json} (alpha 0.05, Holm, smallest effect of interest OR 1.5, rare
     * below 5%, 80% power).
     */
    public static final DecisionRule DEFAULT = HypothesisSpecs.readBuiltInRule();

    /**
     * Creates a rule, checking each value's range.
     *
     * @throws IllegalArgumentException naming the value out of range
     */
    public DecisionRule {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("The significance level alpha must lie between 0 and 1, not " + alpha);
        }
        Objects.requireNonNull(adjustment, "adjustment");
        if (!(smallestEffectOfInterest > 1)) {
            throw new IllegalArgumentException("The smallest effect of interest is an odds ratio above 1, not "
                    + smallestEffectOfInterest);
        }
        if (!(rarePrevalence >= 0 && rarePrevalence < 1)) {
            throw new IllegalArgumentException("The rare prevalence must lie in [0, 1), not " + rarePrevalence);
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("The power must lie between 0 and 1, not " + power);
        }
    }

    /**
     * The level of the simultaneous confidence intervals for a family of {@code family} hypotheses:
     * {@code 1 - alpha / family} (Bonferroni), whichever p-value adjustment the rule uses. With Holm this
     * is the level of Holm's first step, so the intervals control the family-wise error rate as Holm's
     * tests do. With Benjamini-Hochberg the FCR-adjusted intervals of Benjamini and Yekutieli (2005)
     * would cover only the hypotheses BH selects, while ruling an effect out is a statement about those
     * it did not select; so Bonferroni is used there too (conservative).
     */
    public double simultaneousLevel(int family) {
        if (family < 1) {
            throw new IllegalArgumentException("A family has at least one hypothesis, not " + family);
        }
        return 1 - alpha / family;
    }

    /** This rule with another adjustment. */
    public DecisionRule withAdjustment(Adjustment other) {
        return new DecisionRule(alpha, other, smallestEffectOfInterest, rarePrevalence, power);
    }

    /** This rule with another family-wise significance level. */
    public DecisionRule withAlpha(double other) {
        return new DecisionRule(other, adjustment, smallestEffectOfInterest, rarePrevalence, power);
    }

    /** This rule with another smallest odds ratio of interest (above 1). */
    public DecisionRule withSmallestEffectOfInterest(double other) {
        return new DecisionRule(alpha, adjustment, other, rarePrevalence, power);
    }

    /** This rule with another prevalence below which an exposure is too rare. */
    public DecisionRule withRarePrevalence(double other) {
        return new DecisionRule(alpha, adjustment, smallestEffectOfInterest, other, power);
    }

    /** This rule with another power for the minimum detectable effect. */
    public DecisionRule withPower(double other) {
        return new DecisionRule(alpha, adjustment, smallestEffectOfInterest, rarePrevalence, other);
    }
}
