package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The outcome of a nonparametric bootstrap (Efron 1979; Davison &amp; Hinkley 1997, ch. 2 and 5): the
 * statistic on the data, its values on the resamples, and its jackknife empirical influence values, from
 * which {@link #percentile} and {@link #bca} compute confidence intervals as R's
 * {@code boot::boot.ci(type = c("perc", "bca"))} does. Made by {@link Resampling#bootstrap} and
 * {@link Resampling#bootstrapRows}; immutable.
 */
public final class BootstrapReplicates {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final double observed;
    private final double[] replicates;
    private final double[] influence;
    private final long seed;

    BootstrapReplicates(double observed, double[] replicates, double[] influence, long seed) {
        this.observed = observed;
        this.replicates = replicates;
        this.influence = influence;
        this.seed = seed;
    }

    /** The statistic on the original data (boot's {@code t0}). */
    public double observed() {
        return observed;
    }

    /** The statistic on each resample, in replicate order (boot's {@code t}); a copy. */
    public double[] replicates() {
        return replicates.clone();
    }

    /**
     * The jackknife empirical influence values l_j = (n - 1)(t - t_-j), where t_-j is the statistic without
     * observation j (Davison &amp; Hinkley 1997, §2.7.3; R {@code boot::empinf(type = "jack")}); a copy.
     */
    public double[] influence() {
        return influence.clone();
    }

    /** The number of observations (rows) resampled. */
    public int n() {
        return influence.length;
    }

    /** The seed the resamples were drawn with. */
    public long seed() {
        return seed;
    }

    /**
     * The bootstrap percentile interval (Efron 1979; Davison &amp; Hinkley 1997, §5.3.1): the (1 -
     * level)/2 and (1 + level)/2 quantiles of the finite replicates, interpolated on the normal scale as R's
     * {@code boot.ci(b, conf = level, type = "perc")}. The estimate is the statistic on the data.
     *
     * @param level the confidence level, between 0 and 1
     * @return the interval, warning when extreme order statistics are used or replicates were not finite
     */
    public TestResult percentile(double level) {
        checkLevel(level);
        List<String> warnings = new ArrayList<>();
        double[] sorted = finiteSorted(warnings);
        double[] q = NormalInterpolation.quantiles(sorted, new double[] {(1 - level) / 2, (1 + level) / 2}, warnings);
        return interval("Bootstrap percentile interval", q, level, warnings);
    }

    /**
     * The bias-corrected and accelerated (BCa) bootstrap interval (Efron 1987; Davison &amp; Hinkley 1997,
     * §5.3.2), as R's {@code boot.ci(b, conf = level, type = "bca", L = influence())}: the bias correction
     * w = Phi^-1(share of replicates below the observed value), the acceleration
     * a = sum l^3 / (6 (sum l^2)^1.5) from the jackknife influence values (boot's default would estimate
     * them by regression on the resampling frequencies instead), and the replicate quantiles at
     * Phi(w + (w + z)/(1 - a(w + z))) for z = Phi^-1((1 -+ level)/2). When w or a is not finite the interval
     * is NaN with a warning (R stops with an error).
     *
     * @param level the confidence level, between 0 and 1
     * @return the interval
     */
    public TestResult bca(double level) {
        checkLevel(level);
        List<String> warnings = new ArrayList<>();
        double[] sorted = finiteSorted(warnings);
        int below = 0;
        for (double t : sorted) {
            if (t < observed) {
                below++;
            }
        }
        double w = STANDARD_NORMAL.inverseCumulativeProbability((double) below / sorted.length);
        double sum2 = 0;
        double sum3 = 0;
        for (double l : influence) {
            sum2 += l * l;
            sum3 += l * l * l;
        }
        double a = sum3 / (6 * Math.pow(sum2, 1.5));
        if (!Double.isFinite(w)) {
            warnings.add("estimated adjustment 'w' is infinite: the observed value is outside the replicates");
            return interval("Bootstrap BCa interval", new double[] {Double.NaN, Double.NaN}, level, warnings);
        }
        if (!Double.isFinite(a)) {
            warnings.add("estimated adjustment 'a' is NA: the influence values are all zero");
            return interval("Bootstrap BCa interval", new double[] {Double.NaN, Double.NaN}, level, warnings);
        }
        double[] alpha = {(1 - level) / 2, (1 + level) / 2};
        double[] adjusted = new double[2];
        for (int i = 0; i < 2; i++) {
            double z = STANDARD_NORMAL.inverseCumulativeProbability(alpha[i]);
            adjusted[i] = STANDARD_NORMAL.cumulativeProbability(w + (w + z) / (1 - a * (w + z)));
        }
        double[] q = NormalInterpolation.quantiles(sorted, adjusted, warnings);
        return interval("Bootstrap BCa interval", q, level, warnings);
    }

    private double[] finiteSorted(List<String> warnings) {
        double[] sorted = NormalInterpolation.sortedFinite(replicates);
        int dropped = replicates.length - sorted.length;
        if (dropped > 0) {
            warnings.add(dropped + " of " + replicates.length + " replicates were not finite and were left out");
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no replicate of the statistic is finite");
        }
        return sorted;
    }

    private TestResult interval(String name, double[] q, double level, List<String> warnings) {
        String method = String.format(Locale.ROOT, "%s (%d replicates, seed %d)", name, replicates.length, seed);
        return new TestResult(method, Double.NaN, Double.NaN, Double.NaN, observed, q[0], q[1], level,
                Alternative.TWO_SIDED, n(), warnings);
    }

    private static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must be between 0 and 1, was " + level);
        }
    }
}
