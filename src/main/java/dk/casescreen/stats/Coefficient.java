package dk.casescreen.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
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
 */
public record Coefficient(String term, double estimate, double standardError, double statistic, double pValue,
                          double oddsRatio, double confLow, double confHigh, double confLevel) {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /** Creates a coefficient; the confidence level must lie strictly between 0 and 1. */
    public Coefficient {
        if (!(confLevel > 0 && confLevel < 1)) {
            throw new IllegalArgumentException("The confidence level must lie between 0 and 1, not " + confLevel);
        }
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
                : logOdds(term, estimate, standardError, level);
    }

    /** The lower Wald confidence limit on the log-odds scale ({@code confint.default}). */
    public double logConfLow() {
        return estimate - quantile(confLevel) * standardError;
    }

    /** The upper Wald confidence limit on the log-odds scale ({@code confint.default}). */
    public double logConfHigh() {
        return estimate + quantile(confLevel) * standardError;
    }

    private static double twoSided(double z) {
        return Double.isNaN(z) ? Double.NaN : 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    }

    private static double quantile(double confLevel) {
        return STANDARD_NORMAL.inverseSurvivalProbability((1 - confLevel) / 2);
    }

    /**
     * This coefficient as a one-row Tablesaw table with broom's columns (term, estimate, std.error,
     * statistic, p.value), then odds.ratio and the conf.low, conf.high and conf.level of the odds ratio.
     */
    public Table asTable() {
        return Table.create(term,
                StringColumn.create("term", term),
                DoubleColumn.create("estimate", estimate),
                DoubleColumn.create("std.error", standardError),
                DoubleColumn.create("statistic", statistic),
                DoubleColumn.create("p.value", pValue),
                DoubleColumn.create("odds.ratio", oddsRatio),
                DoubleColumn.create("conf.low", confLow),
                DoubleColumn.create("conf.high", confHigh),
                DoubleColumn.create("conf.level", confLevel));
    }

    /** A short reading: {@code "sexMale: estimate 0.61 (se 0.2), z 3.05, p = 0.0023, odds ratio 1.84 (95% CI 1.24 to 2.73)"}. */
    @Override
    public String toString() {
        return term + ": estimate " + Readable.number(estimate) + " (se " + Readable.number(standardError) + "), z "
                + Readable.number(statistic) + ", p = " + Readable.number(pValue)
                + (Double.isNaN(oddsRatio) ? "" : ", odds ratio " + Readable.number(oddsRatio) + " ("
                + Readable.interval(confLow, confHigh, confLevel) + ")");
    }
}
