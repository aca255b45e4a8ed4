package dk.casescreen.stats;

import java.util.stream.IntStream;

/**
 * Adjusted p-values for multiple testing, as R's {@code p.adjust}. NaN (R's {@code NA}) stays NaN and is
 * not counted: the number of tests is the number of p-values that are not NaN. Tied p-values get the same
 * adjusted value.
 */
public final class Multiplicity {

    private Multiplicity() {
    }

    /**
     * Holm's step-down adjustment, controlling the family-wise error rate (Holm 1979): R
     * {@code p.adjust(p, "holm")}. The i-th smallest of n p-values becomes max over j &lt;= i of
     * min(1, (n + 1 - j) p_(j)).
     *
     * @param p the p-values, each in [0, 1] or NaN
     * @return the adjusted p-values, in the order of {@code p}
     */
    public static double[] holm(double[] p) {
        int[] order = checkedOrder(p);
        int n = order.length;
        double[] adjusted = p.clone();
        if (n <= 1) {
            return adjusted;
        }
        double running = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int at = order[i];
            running = Math.max(running, (n - i) * p[at]);
            adjusted[at] = Math.min(1, running);
        }
        return adjusted;
    }

    /**
     * The Benjamini-Hochberg step-up adjustment, controlling the false discovery rate (Benjamini &amp; Hochberg
     * 1995): R {@code p.adjust(p, "BH")}. The i-th smallest of n p-values becomes min over j &gt;= i of
     * min(1, n/j p_(j)).
     *
     * @param p the p-values, each in [0, 1] or NaN
     * @return the adjusted p-values, in the order of {@code p}
     */
    public static double[] benjaminiHochberg(double[] p) {
        int[] order = checkedOrder(p);
        int n = order.length;
        double[] adjusted = p.clone();
        if (n <= 1) {
            return adjusted;
        }
        double running = Double.POSITIVE_INFINITY;
        for (int i = n - 1; i >= 0; i--) {
            int at = order[i];
            running = Math.min(running, (double) n / (i + 1) * p[at]);
            adjusted[at] = Math.min(1, running);
        }
        return adjusted;
    }

    /** The positions of the non-NaN p-values, by increasing p-value. */
    private static int[] checkedOrder(double[] p) {
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i]) && !(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + (i + 1) + " is " + p[i] + ", not between 0 and 1");
            }
        }
        return IntStream.range(0, p.length)
                .filter(i -> !Double.isNaN(p[i]))
                .boxed()
                .sorted((a, b) -> Double.compare(p[a], p[b]))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
