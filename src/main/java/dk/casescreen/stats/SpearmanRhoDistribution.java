package dk.casescreen.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The null distribution of Spearman's S = sum of squared rank differences, by Algorithm AS 89 (Best &amp;
 * Roberts 1975) as R's {@code prho.c}: exact enumeration of the n! permutations for n &lt;= 9, an Edgeworth
 * series expansion above.
 */
final class SpearmanRhoDistribution {

    /** Up to this n the permutations are enumerated (R's {@code n_small}). */
    static final int EXACT_MAX_N = 9;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private static final double C1 = 0.2274;
    private static final double C2 = 0.2531;
    private static final double C3 = 0.1745;
    private static final double C4 = 0.0758;
    private static final double C5 = 0.1033;
    private static final double C6 = 0.3932;
    private static final double C7 = 0.0879;
    private static final double C8 = 0.0151;
    private static final double C9 = 0.0072;
    private static final double C10 = 0.0831;
    private static final double C11 = 0.0131;
    private static final double C12 = 4.6e-4;

    private SpearmanRhoDistribution() {
    }

    /**
     * P(S &gt;= is) or, with {@code lowerTail}, P(S &lt; is), for n &gt;= 2 pairs: R's {@code prho(n, is, lower_tail)}.
     */
    static double prho(int n, double is, boolean lowerTail) {
        if (n <= 1) {
            throw new IllegalArgumentException("n must be at least 2, was " + n);
        }
        double pv = lowerTail ? 0 : 1;
        if (is <= 0) {
            return pv;
        }
        double n3 = n;
        n3 *= (n3 * n3 - 1) / 3; // (n^3 - n) / 3, the largest value of S
        if (is > n3) {
            return 1 - pv;
        }
        if (n <= EXACT_MAX_N) {
            return exact(n, is, n3, lowerTail);
        }
        double y = n;
        double b = 1 / y;
        double x = (6 * (is - 1) * b / (y * y - 1) - 1) * Math.sqrt(y - 1);
        y = x * x;
        double u = x * b * (C1 + b * (C2 + C3 * b)
                + y * (-C4 + b * (C5 + C6 * b)
                - y * b * (C7 + C8 * b
                - y * (C9 - C10 * b + y * b * (C11 - C12 * y)))));
        y = u / Math.exp(y / 2);
        pv = (lowerTail ? -y : y)
                + (lowerTail ? STANDARD_NORMAL.cumulativeProbability(x) : STANDARD_NORMAL.survivalProbability(x));
        return Math.min(1, Math.max(0, pv));
    }

    /** Counts the permutations with S &gt;= is, enumerating them in AS 89's order. */
    private static double exact(int n, double is, double n3, boolean lowerTail) {
        int[] l = new int[n];
        int nfac = 1;
        for (int i = 1; i <= n; i++) {
            nfac *= i;
            l[i - 1] = i;
        }
        int ifr;
        if (is == n3) {
            ifr = 1;
        } else {
            ifr = 0;
            for (int m = 0; m < nfac; m++) {
                int ise = 0;
                for (int i = 0; i < n; i++) {
                    int d = i + 1 - l[i];
                    ise += d * d;
                }
                if (is <= ise) {
                    ifr++;
                }
                int n1 = n;
                int mt;
                do {
                    mt = l[0];
                    System.arraycopy(l, 1, l, 0, n1 - 1);
                    n1--;
                    l[n1] = mt;
                } while (mt == n1 + 1 && n1 > 1);
            }
        }
        return (lowerTail ? nfac - ifr : ifr) / (double) nfac;
    }
}
