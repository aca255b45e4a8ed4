package dk.casescreen.analysis;

import dk.casescreen.stats.Concentration;
import dk.casescreen.stats.Resampling;
import dk.casescreen.stats.TestResult;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The numbers behind the cost results: quantiles of type 7, the mean's interval and the Gini interval,
 * each with the choice that keeps the analysis fast at a million cases. Up to {@link #LARGE} cases the
 * intervals are bootstrap BCa intervals ({@link #REPLICATES} resamples, seed {@link #SEED}, so the
 * output is deterministic); above, where the bootstrap's cost grows with the group and the BCa interval
 * has converged to the normal one, the mean gets the t interval and the Gini a normal interval with the
 * jackknife standard error. Fewer than {@link #MINIMUM} amounts get no interval.
 */
final class CostStatistics {

    /** The bootstrap resamples of every interval. */
    static final int REPLICATES = 2000;
    /** The seed of every bootstrap (the number). */
    static final long SEED = 14;
    /** The largest group that gets a bootstrap interval. */
    static final int LARGE = 2000;
    /** The smallest group that gets an interval. */
    static final int MINIMUM = 3;
    /** The confidence level of every interval. */
    static final double LEVEL = 0.95;

    private CostStatistics() {
    }

    /** The quantile of sorted values by R's default definition ({@code quantile(x, p, type = 7)}); NaN when empty. */
    static double quantile(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * The mean of the amounts with its interval at {@link #LEVEL}: {@link Resampling#meanInterval} (BCa) up
     * to {@link #LARGE} amounts, the t interval {@code mean ± qt(0.975, n - 1) sd / sqrt(n)} above, NaN
     * limits below {@link #MINIMUM}; the method says which.
     */
    static TestResult meanInterval(double[] x) {
        int n = x.length;
        double mean = n == 0 ? Double.NaN : Arrays.stream(x).sum() / n;
        if (n < MINIMUM) {
            return interval("Mean; no interval: fewer than " + MINIMUM + " cases with an annual cost", mean,
                    Double.NaN, Double.NaN, n);
        }
        if (n <= LARGE) {
            return Resampling.meanInterval(x, REPLICATES, SEED, LEVEL);
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double half = TDistribution.of(n - 1).inverseSurvivalProbability((1 - LEVEL) / 2) * Math.sqrt(ss / (n - 1) / n);
        return interval(String.format(Locale.ROOT, "Mean with t interval (normal theory: more than %d cases, where the "
                + "bootstrap BCa interval converges to it)", LARGE), mean, mean - half, mean + half, n);
    }

    /**
     * The Gini coefficient of the amounts with its interval: {@link Concentration#giniInterval} (BCa) up to
     * {@link #LARGE} amounts, above the normal interval {@code G ± z se} with the jackknife standard error
     * (Efron &amp; Stein 1981), its leave-one-out values computed in O(n) from the sorted amounts.
     */
    static TestResult giniInterval(double[] amounts) {
        int n = amounts.length;
        if (n < MINIMUM) {
            return interval("Gini coefficient; no interval: fewer than " + MINIMUM + " cases with an annual cost",
                    n == 0 ? Double.NaN : Concentration.gini(amounts), Double.NaN, Double.NaN, n);
        }
        if (n <= LARGE) {
            return Concentration.giniInterval(amounts, REPLICATES, SEED, LEVEL);
        }
        double[] x = amounts.clone();
        Arrays.sort(x);
        double total = 0;
        double ranked = 0;
        for (int i = 0; i < n; i++) {
            total += x[i];
            ranked += (i + 1) * x[i];
        }
        double gini = (2 * ranked - (n + 1) * total) / (n * total);
        // leaving out the k-th smallest (1-based): ranked' = ranked - k x_k - (sum of the larger amounts)
        double[] loo = new double[n];
        double above = 0;
        for (int k = n; k >= 1; k--) {
            double xk = x[k - 1];
            double r = ranked - k * xk - above;
            double s = total - xk;
            loo[k - 1] = (2 * r - n * s) / ((n - 1) * s);
            above += xk;
        }
        double mean = Arrays.stream(loo).sum() / n;
        double ss = 0;
        for (double g : loo) {
            ss += (g - mean) * (g - mean);
        }
        double se = Math.sqrt((n - 1.0) / n * ss);
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - LEVEL) / 2);
        return interval(String.format(Locale.ROOT, "Gini coefficient with normal interval and jackknife standard error "
                + "(more than %d cases, where the bootstrap would be slow)", LARGE), gini, gini - z * se, gini + z * se, n);
    }

    private static TestResult interval(String method, double estimate, double low, double high, long n) {
        return new TestResult(method, Double.NaN, Double.NaN, Double.NaN, estimate, low, high, LEVEL,
                dk.casescreen.stats.Alternative.TWO_SIDED, n, java.util.List.of());
    }
}
