package dk.casescreen.stats;

/**
 * The exact null distribution of the Wilcoxon rank sum statistic W (the Mann-Whitney U: the number of
 * pairs with the x value above the y value) for samples of sizes m and n without ties, as R's
 * {@code pwilcox}. The counts of each value of W are found by the recurrence
 * f(i, j, w) = f(i - 1, j, w - j) + f(i, j - 1, w) (Hollander &amp; Wolfe 1999, §4.1), in doubles,
 * with additions only.
 */
final class WilcoxonRankSumDistribution {

    /** The most counts kept while counting (about 200 MB). */
    private static final double MAX_CELLS = 2.5e7;

    private final int m;
    private final int n;
    private final double[] counts;
    private final double total;

    WilcoxonRankSumDistribution(int m, int n) {
        if (m < 1 || n < 1) {
            throw new IllegalArgumentException("sample sizes must be at least 1, were " + m + " and " + n);
        }
        this.m = m;
        this.n = n;
        // the distribution is symmetric in (m, n): iterate over the smaller size in the inner dimension
        int small = Math.min(m, n);
        int large = Math.max(m, n);
        if ((double) small * small * large / 2 > MAX_CELLS) {
            throw new IllegalArgumentException("the exact distribution for samples of " + m + " and " + n
                    + " observations is too large to count; use the normal approximation");
        }
        double[][] c = new double[small + 1][];
        for (int i = 0; i <= small; i++) {
            c[i] = new double[i * large + 1]; // W of i x values against at most `large` y values is at most i * large
            c[i][0] = 1;
        }
        for (int j = 1; j <= large; j++) {
            for (int i = 1; i <= small; i++) {
                double[] row = c[i];
                double[] below = c[i - 1];
                int top = i * j;
                for (int w = j; w <= top; w++) {
                    row[w] += below[w - j];
                }
            }
        }
        counts = c[small];
        double sum = 0;
        for (double v : counts) {
            sum += v;
        }
        total = sum;
    }

    /**
     * P(W &lt;= q) or, with {@code lowerTail} false, P(W &gt; q), summing the probabilities over the
     * shorter range as R's {@code pwilcox} does.
     */
    double cdf(double q, boolean lowerTail) {
        double mn = (double) m * n;
        q = Math.floor(q + 1e-7);
        if (q < 0) {
            return lowerTail ? 0 : 1;
        }
        if (q >= mn) {
            return lowerTail ? 1 : 0;
        }
        double p = 0;
        if (q <= mn / 2) {
            for (int i = 0; i <= q; i++) {
                p += counts[i] / total;
            }
        } else {
            q = mn - q;
            for (int i = 0; i < q; i++) {
                p += counts[i] / total;
            }
            lowerTail = !lowerTail;
        }
        return lowerTail ? p : 0.5 - p + 0.5;
    }
}
