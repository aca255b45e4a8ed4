package dk.casescreen.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Quantiles of bootstrap replicates by interpolation on the normal quantile scale between order
 * statistics, as R's {@code boot:::norm.inter} (Davison &amp; Hinkley 1997, eq. 5.8): with R replicates,
 * the alpha quantile is the (R + 1) alpha-th order statistic, interpolated when that is not an integer and
 * the extreme order statistic when it is below 1 or above R.
 */
final class NormalInterpolation {

    static final String EXTREME = "extreme order statistics used as endpoints";

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private NormalInterpolation() {
    }

    /**
     * The quantiles at the given levels of the sorted finite replicates; adds R's warning when an extreme
     * order statistic is used.
     */
    static double[] quantiles(double[] sorted, double[] alpha, List<String> warnings) {
        int r = sorted.length;
        double[] out = new double[alpha.length];
        boolean extreme = false;
        for (int i = 0; i < alpha.length; i++) {
            double rk = (r + 1) * alpha[i];
            if (!(rk > 1 && rk < r)) {
                extreme = true;
            }
            if (Double.isNaN(rk)) {
                out[i] = Double.NaN;
                continue;
            }
            int k = (int) rk; // trunc, rk >= 0
            if (k == 0) {
                out[i] = sorted[0];
            } else if (k >= r) {
                out[i] = sorted[r - 1];
            } else if (k == rk) {
                out[i] = sorted[k - 1];
            } else {
                double z = STANDARD_NORMAL.inverseCumulativeProbability(alpha[i]);
                double zk = STANDARD_NORMAL.inverseCumulativeProbability(k / (r + 1.0));
                double zk1 = STANDARD_NORMAL.inverseCumulativeProbability((k + 1) / (r + 1.0));
                double tk = sorted[k - 1];
                double tk1 = sorted[k];
                out[i] = tk + (z - zk) / (zk1 - zk) * (tk1 - tk);
            }
        }
        if (extreme && !warnings.contains(EXTREME)) {
            warnings.add(EXTREME);
        }
        return out;
    }

    /** The finite values, sorted. */
    static double[] sortedFinite(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        Arrays.sort(finite);
        return finite;
    }
}
