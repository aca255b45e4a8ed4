package dk.casescreen.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One estimated parameter of a regression model with its Wald inference (Agresti 2013, §1.3.3 and
 * §5.2): standard error from the inverse information, {@code z = estimate / se}, the two-sided p-value
 * {@code 2 * pnorm(-|z|)}, and the odds ratio {@code exp(estimate)} with the Wald interval
 * {@code exp(estimate ± qnorm(1 - (1 - confLevel) / 2) * se)}, as R's
 * {@code exp(cbind(coef(fit), confint.default(fit)))} (not the profile-likelihood interval of R's
 * {@code confint}). For a threshold of a proportional-odds model the odds ratio and its interval are
 * NaN: {@code exp(zeta)} is not an odds ratio.
 *
 * <p>A coefficient of a model with an estimated dispersion (the gamma regression of
 * {@link Models#gamma(DesignMatrix)}) has finite {@code df}, the residual degrees of freedom: its
 * statistic is then {@code t = estimate / se} with the p-value {@code 2 * pt(-|t|, df)} as R's
 * {@code summary.glm}, {@code oddsRatio} holds {@code exp(estimate)}, for a log link the ratio of means
 * (also given by {@link #ratio()}), and the interval is {@code exp(estimate ± qt(1 - (1 - confLevel) / 2, df) * se)}.
 *
 * @param term          the parameter's name, as R names it ({@code provider_typeprivate},
 *                      {@code (Intercept)}, {@code band_2_0_2_5|band_2_5_3_0})
 * @param estimate      the maximum-likelihood estimate (log odds ratio for a coefficient)
 * @param standardError its standard error
 * @param statistic     the Wald statistic {@code estimate / standardError}
 * @param pValue        the two-sided p-value of the Wald test that the parameter is 0
 * @param oddsRatio     {@code exp(estimate)}, NaN for a threshold
 * @param confLow       the lower Wald confidence limit of the odds ratio, NaN for a threshold
 * @param confHigh      the upper Wald confidence limit of the odds ratio, NaN for a threshold
 * @param confLevel     the confidence level of the interval
 * @param df            the degrees of freedom of the t statistic (the model's residual degrees of freedom)
 *                      when the dispersion was estimated; NaN for a Wald z statistic
 */
public record Coefficient(String term, double estimate, double standardError, double statistic, double pValue,
                          double oddsRatio, double confLow, double confHigh, double confLevel, double df) {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /** Creates a coefficient; the confidence level must lie strictly between 0 and 1. */
    public Coefficient {
        if (!(confLevel > 0 && confLevel < 1)) {
            throw new IllegalArgumentException("The confidence level must lie between 0 and 1, not " + confLevel);
        }
        if (!Double.isNaN(df) && !(df > 0)) {
            throw new IllegalArgumentException("The degrees of freedom must be positive (or NaN for a z statistic), not " + df);
        }
    }

    /** A coefficient with a Wald z statistic (no degrees of freedom), as the logistic and proportional-odds fits give. */
    public Coefficient(String term, double estimate, double standardError, double statistic, double pValue,
                       double oddsRatio, double confLow, double confHigh, double confLevel) {
        this(term, estimate, standardError, statistic, pValue, oddsRatio, confLow, confHigh, confLevel, Double.NaN);
    }

    /**
     * A coefficient on the log scale of a model with an estimated dispersion, as R's
     * {@code summary.glm} reports it for the Gamma family: {@code t = estimate / se}, the p-value
     * {@code 2 * pt(-|t|, df)}, the ratio {@code exp(estimate)} and its interval
     * {@code exp(estimate + qt(c((1 - confLevel) / 2, (1 + confLevel) / 2), df) * se)}.
     *
     * @param df the residual degrees of freedom, positive
     */
    public static Coefficient logRatio(String term, double estimate, double standardError, double df,
                                       double confLevel) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("The degrees of freedom of " + term + " must be positive, not " + df);
        }
        double t = estimate / standardError;
        TDistribution dist = TDistribution.of(df);
        double p = Double.isNaN(t) ? Double.NaN : 2 * dist.survivalProbability(Math.abs(t));
        double half = dist.inverseSurvivalProbability((1 - confLevel) / 2) * standardError;
        return new Coefficient(term, estimate, standardError, t, p, Math.exp(estimate), Math.exp(estimate - half),
                Math.exp(estimate + half), confLevel, df);
    }

    /** {@code exp(estimate)}: the odds ratio of a logistic or proportional-odds coefficient, the ratio of means of a gamma (log link) coefficient; NaN for a threshold. */
    public double ratio() {
        return oddsRatio;
    }

    /**
     * A coefficient on the log-odds scale with its Wald test and the Wald interval of its odds ratio
     * (R: {@code summary(fit)$coefficients} and {@code exp(confint.default(fit, level = confLevel))}).
     */
    public static Coefficient logOdds(String term, double estimate, double standardError, double confLevel) {
        double z = estimate / standardError;
        double half = quantile(confLevel) * standardError;
        return new Coefficient(term, estimate, standardError, z, twoSided(z), Math.exp(estimate),
                Math.exp(estimate - half), Math.exp(estimate + half), confLevel);
    }

    /** A threshold (cut-point) of a proportional-odds model: Wald statistic and p-value as ordinal::clm reports them, no odds ratio. */
    public static Coefficient threshold(String term, double estimate, double standardError, double confLevel) {
        double z = estimate / standardError;
        return new Coefficient(term, estimate, standardError, z, twoSided(z), Double.NaN, Double.NaN, Double.NaN,
                confLevel);
    }

    /** This coefficient with its interval at another confidence level. */
    public Coefficient withConfLevel(double level) {
        return Double.isNaN(oddsRatio) ? threshold(term, estimate, standardError, level)
                : Double.isNaN(df) ? logOdds(term, estimate, standardError, level)
                : logRatio(term, estimate, standardError, df, level);
    }

    /** The lower confidence limit on the log scale ({@code confint.default}; with finite {@code df} the t quantile). */
    public double logConfLow() {
        return estimate - criticalValue() * standardError;
    }

    /** The upper confidence limit on the log scale ({@code confint.default}; with finite {@code df} the t quantile). */
    public double logConfHigh() {
        return estimate + criticalValue() * standardError;
    }

    private double criticalValue() {
        return Double.isNaN(df) ? quantile(confLevel) : TDistribution.of(df).inverseSurvivalProbability((1 - confLevel) / 2);
    }

    private static double twoSided(double z) {
        return Double.isNaN(z) ? Double.NaN : 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    }

    private static double quantile(double confLevel) {
        return STANDARD_NORMAL.inverseSurvivalProbability((1 - confLevel) / 2);
    }

    /**
     * This coefficient as a one-row Tablesaw table with broom's columns (term, estimate, std.error,
     * statistic, p.value), then odds.ratio (named ratio when the dispersion was estimated) and the
     * conf.low, conf.high and conf.level of that ratio.
     */
    public Table asTable() {
        return Table.create(term,
                StringColumn.create("term", term),
                DoubleColumn.create("estimate", estimate),
                DoubleColumn.create("std.error", standardError),
                DoubleColumn.create("statistic", statistic),
                DoubleColumn.create("p.value", pValue),
                DoubleColumn.create(Double.isNaN(df) ? "odds.ratio" : "ratio", oddsRatio),
                DoubleColumn.create("conf.low", confLow),
                DoubleColumn.create("conf.high", confHigh),
                DoubleColumn.create("conf.level", confLevel));
    }

    /** A short reading: {@code "sexMale: estimate 0.61 (se 0.2), z 3.05, p = 0.0023, odds ratio 1.84 (95% CI 1.24 to 2.73)"}. */
    @Override
    public String toString() {
        return term + ": estimate " + Readable.number(estimate) + " (se " + Readable.number(standardError) + "), "
                + (Double.isNaN(df) ? "z " : "t ") + Readable.number(statistic) + ", p = " + Readable.number(pValue)
                + (Double.isNaN(oddsRatio) ? "" : (Double.isNaN(df) ? ", odds ratio " : ", ratio ")
                + Readable.number(oddsRatio) + " ("
                + Readable.interval(confLow, confHigh, confLevel) + ")");
    }
}
