package dk.casescreen.analysis;

/**
 * A summary of whole-number answers (age). Quartiles are R's default (type 7) quantiles.
 *
 * @param n      the answers summarised
 * @param mean   their mean
 * @param sd     their standard deviation (n - 1 in the denominator)
 * @param min    the smallest
 * @param q1     the first quartile
 * @param median the median
 * @param q3     the third quartile
 * @param max    the largest
 */
public record NumberSummary(long n, double mean, double sd, double min, double q1, double median, double q3, double max) {

    /** Summarises the values (which need not be sorted). */
    public static NumberSummary of(int[] values) {
        int[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return new NumberSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (int v : sorted) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (int v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        return new NumberSummary(n, mean, n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN, sorted[0],
                quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75), sorted[n - 1]);
    }

    /** R's type 7 quantile of sorted values. */
    static double quantile(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
