package dk.casescreen.stats;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for multiple testing, as R's {@code p.adjust}. NaN (R's {@code NA}) stays NaN and is
 * not counted: the number of tests is the number of p-values that are not NaN. Tied p-values get the same
 * adjusted value. {@link #adjust(double[], String)} takes R's method names.
 */
public final class Multiplicity {

    /** R's {@code p.adjust.methods}, the method names {@link #adjust(double[], String)} accepts, plus R's alias "fdr". */
    public static final List<String> METHODS = List.of("holm", "hochberg", "hommel", "bonferroni", "BH", "BY", "fdr",
            "none");

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
        return stepUp(p, (n, i) -> (double) n / i);
    }

    /**
     * Adjusts the p-values by the method R names {@code method}: R {@code p.adjust(p, method)}. The names are
     * R's, with R's case: "holm", "hochberg", "hommel", "bonferroni", "BH" (or its alias "fdr"), "BY" and "none"
     * ({@link #METHODS}); R's partial matching of names ("bonf") is not done.
     *
     * @param p      the p-values, each in [0, 1] or NaN
     * @param method R's name of the method
     * @return the adjusted p-values, in the order of {@code p}
     * @throws IllegalArgumentException if {@code method} is not one of R's names, naming it and the valid names
     */
    public static double[] adjust(double[] p, String method) {
        if (method == null) {
            throw new IllegalArgumentException("no p.adjust method given: use one of " + String.join(", ", METHODS));
        }
        return switch (method) {
            case "holm" -> holm(p);
            case "hochberg" -> hochberg(p);
            case "hommel" -> hommel(p);
            case "bonferroni" -> bonferroni(p);
            case "BH", "fdr" -> benjaminiHochberg(p);
            case "BY" -> benjaminiYekutieli(p);
            case "none" -> {
                checkedOrder(p);
                yield p.clone();
            }
            default -> throw new IllegalArgumentException("'" + method + "' is not a p.adjust method: use one of "
                    + String.join(", ", METHODS));
        };
    }

    /**
     * The Bonferroni adjustment, controlling the family-wise error rate: R {@code p.adjust(p, "bonferroni")}.
     * Each of n p-values becomes min(1, n p).
     *
     * @param p the p-values, each in [0, 1] or NaN
     * @return the adjusted p-values, in the order of {@code p}
     */
    public static double[] bonferroni(double[] p) {
        int n = checkedOrder(p).length;
        double[] adjusted = p.clone();
        if (n <= 1) {
            return adjusted;
        }
        for (int i = 0; i < p.length; i++) {
            adjusted[i] = Math.min(1, n * p[i]);
        }
        return adjusted;
    }

    /**
     * Hochberg's step-up adjustment, controlling the family-wise error rate for independent tests (Hochberg
     * 1988): R {@code p.adjust(p, "hochberg")}. The i-th smallest of n p-values becomes min over j &gt;= i of
     * min(1, (n + 1 - j) p_(j)).
     *
     * @param p the p-values, each in [0, 1] or NaN
     * @return the adjusted p-values, in the order of {@code p}
     */
    public static double[] hochberg(double[] p) {
        return stepUp(p, (n, i) -> n + 1.0 - i);
    }

    /**
     * The Benjamini-Yekutieli step-up adjustment, controlling the false discovery rate under any dependence
     * (Benjamini &amp; Yekutieli 2001): R {@code p.adjust(p, "BY")}. With q = 1 + 1/2 + ... + 1/n, the i-th
     * smallest of n p-values becomes min over j &gt;= i of min(1, q n/j p_(j)).
     *
     * @param p the p-values, each in [0, 1] or NaN
     * @return the adjusted p-values, in the order of {@code p}
     */
    public static double[] benjaminiYekutieli(double[] p) {
        int n = checkedOrder(p).length;
        double q = 0;
        for (int i = 1; i <= n; i++) {
            q += 1.0 / i;
        }
        double harmonic = q;
        return stepUp(p, (count, i) -> harmonic * count / i);
    }

    /**
     * Hommel's adjustment, controlling the family-wise error rate for independent or positively dependent
     * tests (Hommel 1988; Wright 1992): R {@code p.adjust(p, "hommel")}, computed by R's algorithm; for two
     * p-values it is Hochberg's, as in R. It needs O(n²) steps.
     *
     * @param p the p-values, each in [0, 1] or NaN
     * @return the adjusted p-values, in the order of {@code p}
     */
    public static double[] hommel(double[] p) {
        int[] order = checkedOrder(p);
        int n = order.length;
        if (n == 2) {
            return hochberg(p);
        }
        double[] adjusted = p.clone();
        if (n <= 1) {
            return adjusted;
        }
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = p[order[i]];
        }
        double start = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            start = Math.min(start, n * sorted[i] / (i + 1));
        }
        double[] q = new double[n];
        double[] pa = new double[n];
        Arrays.fill(q, start);
        Arrays.fill(pa, start);
        for (int m = n - 1; m >= 2; m--) {
            // R: i1 = 1..(n - m + 1), i2 = (n - m + 2)..n, q1 = min(m p[i2] / (2..m))
            double q1 = Double.POSITIVE_INFINITY;
            for (int k = n - m + 1; k < n; k++) {
                q1 = Math.min(q1, m * sorted[k] / (k - (n - m + 1) + 2));
            }
            for (int k = 0; k <= n - m; k++) {
                q[k] = Math.min(m * sorted[k], q1);
            }
            for (int k = n - m + 1; k < n; k++) {
                q[k] = q[n - m];
            }
            for (int k = 0; k < n; k++) {
                pa[k] = Math.max(pa[k], q[k]);
            }
        }
        for (int i = 0; i < n; i++) {
            adjusted[order[i]] = Math.max(pa[i], sorted[i]);
        }
        return adjusted;
    }

    /** The factor by which the i-th smallest (from 1) of n p-values is multiplied in a step-up method. */
    private interface Factor {
        double of(int n, int i);
    }

    /** A step-up method as R's p.adjust computes it: {@code pmin(1, cummin(factor * p[o]))} from the largest p. */
    private static double[] stepUp(double[] p, Factor factor) {
        int[] order = checkedOrder(p);
        int n = order.length;
        double[] adjusted = p.clone();
        if (n <= 1) {
            return adjusted;
        }
        double running = Double.POSITIVE_INFINITY;
        for (int i = n - 1; i >= 0; i--) {
            int at = order[i];
            running = Math.min(running, factor.of(n, i + 1) * p[at]);
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
