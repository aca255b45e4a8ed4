package dk.casescreen.stats;

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
        return wilson(x, n, level, false);
    }

    /**
     * The Wilson (1927) score interval, with or without continuity correction (Newcombe 1998, methods 3
     * and 4), as R's {@code prop.test(x, n, correct = correct, conf.level = level)$conf.int}. As in R, the
     * correction is min(1/2, |x - n/2|) (R's {@code YATES} against the default null proportion 1/2): it is 0,
     * and the interval the uncorrected one, when x = n/2. The method text says which interval it is.
     *
     * @param x       the number of events
     * @param n       the number of trials
     * @param level   the confidence level, strictly between 0 and 1
     * @param correct R's {@code correct}: the continuity correction
     * @return the estimate x / n with the interval
     */
    public static TestResult wilson(long x, long n, double level, boolean correct) {
        checkCounts(x, n);
        checkLevel(level);
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
        double estimate = (double) x / n;
        double yates = correct ? Math.min(0.5, Math.abs(x - n / 2.0)) : 0;
        double z22n = z * z / (2.0 * n);
        double high = estimate + yates / n;
        double upper = high >= 1 ? 1
                : (high + z22n + z * Math.sqrt(high * (1 - high) / n + z22n / (2.0 * n))) / (1 + 2 * z22n);
        double low = estimate - yates / n;
        double lower = low <= 0 ? 0
                : (low + z22n - z * Math.sqrt(low * (1 - low) / n + z22n / (2.0 * n))) / (1 + 2 * z22n);
        String method = "Wilson score interval " + (correct ? "with" : "without") + " continuity correction ("
                + percent(level) + ")";
        return TestResult.interval(method, estimate, Math.max(lower, 0), Math.min(upper, 1), level, n);
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
        return Readable.percent(level);
    }
}
