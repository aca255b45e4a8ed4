package dk.casescreen.stats;

import java.math.BigDecimal;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Confidence intervals for a binomial proportion: the estimate is x / n, and the interval is
 * returned as a {@link TestResult#interval} result.
 */
public final class Intervals {

    private Intervals() {
    }

    /**
     * The Wilson (1927) score interval without continuity correction (Agresti 2013, §1.4), as
     * R's {@code prop.test(x, n, correct = FALSE, conf.level = level)$conf.int}.
     */
    public static TestResult wilson(long x, long n, double level) {
        checkCounts(x, n);
        checkLevel(level);
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
        double estimate = (double) x / n;
        double z22n = z * z / (2.0 * n);
        double spread = z * Math.sqrt(estimate * (1 - estimate) / n + z22n / (2.0 * n));
        double upper = estimate >= 1 ? 1 : (estimate + z22n + spread) / (1 + 2 * z22n);
        double lower = estimate <= 0 ? 0 : (estimate + z22n - spread) / (1 + 2 * z22n);
        return TestResult.interval("Wilson score interval without continuity correction (" + percent(level) + ")",
                estimate, Math.max(lower, 0), Math.min(upper, 1), level, n);
    }

    /**
     * The Clopper-Pearson (1934) exact interval from beta quantiles, as
     * R's {@code binom.test(x, n, conf.level = level)$conf.int}.
     */
    public static TestResult clopperPearson(long x, long n, double level) {
        checkCounts(x, n);
        checkLevel(level);
        double alpha = (1 - level) / 2;
        double lower = x == 0 ? 0 : BetaDistribution.of(x, n - x + 1.0).inverseCumulativeProbability(alpha);
        double upper = x == n ? 1 : BetaDistribution.of(x + 1.0, n - x).inverseSurvivalProbability(alpha);
        return TestResult.interval("Clopper-Pearson exact interval (" + percent(level) + ")", (double) x / n, lower,
                upper, level, n);
    }

    private static void checkCounts(long x, long n) {
        if (n < 1 || x < 0 || x > n) {
            throw new IllegalArgumentException("need 0 <= x <= n and n >= 1, not x = " + x + ", n = " + n);
        }
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must lie strictly between 0 and 1, not " + level);
        }
    }

    /** The level as a percentage for method texts ("95%", "99.5%"). */
    static String percent(double level) {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
