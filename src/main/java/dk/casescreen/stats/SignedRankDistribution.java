package dk.casescreen.stats;

/**
 * The exact null distribution of the Wilcoxon signed rank statistic V for n untied, non-zero
 * differences, as R's {@code psignrank}: P(V = v) is the number of subsets of {1, ..., n} summing to v,
 * over 2^n. Only the lower half of the support is kept; the upper tail follows by symmetry, as in R.
 */
final class SignedRankDistribution {

    /** The largest n for which the exact distribution is computed (about n^3 / 4 additions). */
    static final int MAX_N = 2000;

    private final int n;
    private final double total;
    private final double[] probabilities;

    SignedRankDistribution(int n) {
        if (n < 0 || n > MAX_N) {
            throw new IllegalArgumentException("the exact signed rank distribution is computed for 0 <= n <= " + MAX_N
                    + " non-zero differences, not n = " + n + "; use the normal approximation");
        }
        this.n = n;
        this.total = n * (n + 1.0) / 2;
        int m = (int) Math.min(Math.floor(total / 2) + 1, total);
        double[] p = new double[m + 1];
        p[0] = 1;
        // after step j, p[v] = (number of subsets of {1..j} with sum v) / 2^j: halving is exact in binary
        for (int j = 1; j <= n; j++) {
            for (int v = m; v >= 0; v--) {
                p[v] = (p[v] + (v >= j ? p[v - j] : 0)) * 0.5;
            }
        }
        this.probabilities = p;
    }

    /**
     * P(V <= q) ({@code lowerTail}) or P(V > q): R's {@code psignrank(q, n, lower.tail)}, summing the
     * smaller side as R does.
     */
    double cdf(double q, boolean lowerTail) {
        double x = Math.floor(q + 1e-7);
        if (x < 0) {
            return lowerTail ? 0 : 1;
        }
        if (x >= total) {
            return lowerTail ? 1 : 0;
        }
        double p = 0;
        if (x <= total / 2) {
            for (int i = 0; i <= x; i++) {
                p += probabilities[i];
            }
            return lowerTail ? p : 1 - p;
        }
        double upper = total - x;
        for (int i = 0; i < upper; i++) {
            p += probabilities[i];
        }
        return lowerTail ? 1 - p : p;
    }

    /** The number of differences. */
    int n() {
        return n;
    }
}
