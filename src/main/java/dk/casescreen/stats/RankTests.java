package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Rank-based tests, each computing what the named R function computes, with R's defaults and R's rules
 * for choosing between exact and approximate p-values. Missing values (NaN) are dropped as R drops
 * {@code NA}; {@link TestResult#n()} counts the observations used.
 */
public final class RankTests {

    /** Whether to compute an exact p-value: R's {@code exact} argument. */
    public enum Exact {
        /** R's default ({@code exact = NULL}): exact when R would be, by the rule of each test. */
        AUTO,
        /** Exact if possible ({@code exact = TRUE}); with ties the approximation is used, with a warning. */
        EXACT,
        /** The large-sample approximation ({@code exact = FALSE}). */
        APPROXIMATE
    }

    /** Largest n for which R's {@code cor.test} uses AS 89 for Spearman's rho. */
    static final int SPEARMAN_AS89_MAX_N = 1290;
    /** The most observations whose rank sums are exact in any order (each a multiple of 1/2 below 2^52). */
    private static final int MOST_COUNTED_TOGETHER = 1 << 26;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private RankTests() {
    }

    /**
     * The two-sided Wilcoxon rank sum (Mann-Whitney) test with R's defaults: R
     * {@code wilcox.test(x, y)}. See {@link #mannWhitney(double[], double[], Alternative, Exact, boolean)}.
     */
    public static TestResult mannWhitney(double[] x, double[] y) {
        return mannWhitney(x, y, Alternative.TWO_SIDED, Exact.AUTO, true);
    }

    /**
     * The Wilcoxon rank sum (Mann-Whitney) test with R's defaults for exactness and continuity correction:
     * R {@code wilcox.test(x, y, alternative = ...)}. See
     * {@link #mannWhitney(double[], double[], Alternative, Exact, boolean)}.
     */
    public static TestResult mannWhitney(double[] x, double[] y, Alternative alternative) {
        return mannWhitney(x, y, alternative, Exact.AUTO, true);
    }

    /**
     * The Wilcoxon rank sum (Mann-Whitney) test of a location shift between x and y (Hollander &amp; Wolfe
     * 1999, §4.1): R {@code wilcox.test(x, y, alternative, exact, correct)}. The statistic is
     * W = (rank sum of x) - n_x(n_x + 1)/2. The p-value is exact (the distribution of W by counting) when
     * asked for, or by default when both samples have fewer than 50 observations, and there are no ties;
     * otherwise it comes from the normal approximation with the variance corrected for ties and, if
     * {@code correct}, a continuity correction of 1/2. "Greater" means x tends to be larger than y. No
     * estimate is computed (NaN). An exact p-value for large samples (by {@link Exact#EXACT}) is refused when
     * counting its distribution would need more than about 200 MB.
     *
     * @param x           the first sample; NaN values are dropped
     * @param y           the second sample; NaN values are dropped
     * @param alternative the alternative hypothesis
     * @param exact       R's {@code exact}
     * @param correct     R's {@code correct}: continuity correction in the normal approximation
     * @return the test, with warnings where R warns
     */
    public static TestResult mannWhitney(double[] x, double[] y, Alternative alternative, Exact exact,
                                         boolean correct) {
        double[] xs = Ranks.withoutNaN(x);
        double[] ys = Ranks.withoutNaN(y);
        if (xs.length < 1) {
            throw new IllegalArgumentException("not enough (non-missing) 'x' observations: " + xs.length);
        }
        if (ys.length < 1) {
            throw new IllegalArgumentException("not enough 'y' observations: " + ys.length);
        }
        double[] all = new double[xs.length + ys.length];
        System.arraycopy(xs, 0, all, 0, xs.length);
        System.arraycopy(ys, 0, all, xs.length, ys.length);
        Ranks ranks = Ranks.of(all);
        double nx = xs.length;
        double ny = ys.length;
        double rankSumX = 0;
        for (int i = 0; i < xs.length; i++) {
            rankSumX += ranks.ranks()[i];
        }
        double w = rankSumX - nx * (nx + 1) / 2;
        boolean useExact = switch (exact) {
            case AUTO -> nx < 50 && ny < 50;
            case EXACT -> true;
            case APPROXIMATE -> false;
        };
        List<String> warnings = new ArrayList<>();
        long n = xs.length + ys.length;
        if (useExact && !ranks.hasTies()) {
            WilcoxonRankSumDistribution dist = new WilcoxonRankSumDistribution(xs.length, ys.length);
            double p = switch (alternative) {
                case TWO_SIDED -> Math.min(1, 2 * (w > nx * ny / 2 ? dist.cdf(w - 1, false) : dist.cdf(w, true)));
                case GREATER -> dist.cdf(w - 1, false);
                case LESS -> dist.cdf(w, true);
            };
            return TestResult.test("Wilcoxon rank sum exact test", w, Double.NaN, p, alternative, n, warnings);
        }
        double z = w - nx * ny / 2;
        double sigma = Math.sqrt((nx * ny / 12) * ((nx + ny + 1) - ranks.tieSum() / ((nx + ny) * (nx + ny - 1))));
        String method = "Wilcoxon rank sum test";
        double correction = 0;
        if (correct) {
            correction = alternative.continuityCorrection(z);
            method += " with continuity correction";
        }
        z = (z - correction) / sigma;
        if (useExact) {
            warnings.add("cannot compute exact p-value with ties");
        }
        if (sigma == 0) {
            warnings.add("all observations are tied: no p-value");
        }
        return TestResult.test(method, w, Double.NaN, normalP(z, alternative), alternative, n, warnings);
    }

    /**
     * The Wilcoxon rank sum (Mann-Whitney) test as {@link #mannWhitney(double[], double[], Alternative, Exact,
     * boolean)}, with U of both samples, their rank sums and the normal score with and without continuity
     * correction (R computes these inside {@code wilcox.test} and returns only W = U of x).
     *
     * @param x           the first sample; NaN values are dropped
     * @param y           the second sample; NaN values are dropped
     * @param alternative the alternative hypothesis
     * @param exact       R's {@code exact}
     * @param correct     R's {@code correct}: continuity correction in the test's normal approximation
     * @return the test with its U, rank sums and z
     */
    public static MannWhitneyResult mannWhitneyU(double[] x, double[] y, Alternative alternative, Exact exact,
                                                 boolean correct) {
        return MannWhitneyResult.of(x, y, alternative, mannWhitney(x, y, alternative, exact, correct));
    }

    /**
     * The Kruskal-Wallis rank sum test that the groups come from the same distribution (Kruskal &amp; Wallis
     * 1952; Hollander &amp; Wolfe 1999, §6.1): R {@code kruskal.test(list(...))}. The statistic is corrected
     * for ties and referred to the chi-squared distribution with k - 1 degrees of freedom.
     *
     * @param groups the samples, at least two, each with at least one non-NaN value; NaN values are dropped
     * @return the test
     */
    public static TestResult kruskalWallis(double[]... groups) {
        if (groups.length < 2) {
            throw new IllegalArgumentException("need at least 2 groups, got " + groups.length);
        }
        List<double[]> kept = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            double[] values = Ranks.withoutNaN(groups[g]);
            if (values.length == 0) {
                throw new IllegalArgumentException("all groups must contain data: group " + (g + 1) + " has none");
            }
            kept.add(values);
        }
        return kruskalWallis(kept);
    }

    /**
     * The Kruskal-Wallis rank sum test of values by group label (Kruskal &amp; Wallis 1952): R
     * {@code kruskal.test(x, g)}. Pairs with a NaN value are dropped; the groups are the labels that occur.
     *
     * @param values the observations
     * @param groups the group label of each observation
     * @return the test
     */
    public static TestResult kruskalWallis(double[] values, int[] groups) {
        if (values.length != groups.length) {
            throw new IllegalArgumentException("'x' and 'g' must have the same length: " + values.length + " and "
                    + groups.length);
        }
        TestResult counted = kruskalWallisByCounting(values, groups);
        if (counted != null) {
            return counted;
        }
        // groups in increasing order of their labels, as a TreeMap of the labels would give them
        int[] labels = distinctSorted(groups);
        int[] sizes = new int[labels.length];
        int[] groupOf = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            groupOf[i] = java.util.Arrays.binarySearch(labels, groups[i]);
            if (!Double.isNaN(values[i])) {
                sizes[groupOf[i]]++;
            }
        }
        List<double[]> kept = new ArrayList<>();
        int[] filled = new int[labels.length];
        double[][] byGroup = new double[labels.length][];
        for (int g = 0; g < labels.length; g++) {
            byGroup[g] = new double[sizes[g]];
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                int g = groupOf[i];
                byGroup[g][filled[g]++] = values[i];
            }
        }
        for (double[] g : byGroup) {
            if (g.length > 0) {
                kept.add(g);
            }
        }
        if (kept.size() < 2) {
            throw new IllegalArgumentException("all observations are in the same group");
        }
        return kruskalWallis(kept);
    }

    /**
     * The Kruskal-Wallis rank sum test of values by group label (Kruskal &amp; Wallis 1952): R
     * {@code kruskal.test(x, g)}. Pairs with a NaN value or a null label are dropped; the groups are the
     * labels that occur.
     *
     * @param values the observations
     * @param groups the group label of each observation
     * @return the test
     */
    public static TestResult kruskalWallis(double[] values, String[] groups) {
        if (values.length != groups.length) {
            throw new IllegalArgumentException("'x' and 'g' must have the same length: " + values.length + " and "
                    + groups.length);
        }
        Map<String, List<Double>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && groups[i] != null) {
                byGroup.computeIfAbsent(groups[i], k -> new ArrayList<>()).add(values[i]);
            }
        }
        return kruskalWallisOfLabels(byGroup);
    }

    private static TestResult kruskalWallisOfLabels(Map<?, List<Double>> byGroup) {
        if (byGroup.size() < 2) {
            throw new IllegalArgumentException("all observations are in the same group");
        }
        List<double[]> groups = new ArrayList<>();
        for (List<Double> values : byGroup.values()) {
            groups.add(values.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return kruskalWallis(groups);
    }

    /**
     * The distinct labels in increasing order, without boxing: marked in a table of the range between
     * the smallest and largest label when that is narrow, else a sorted copy with the repeats left out.
     */
    static int[] distinctSorted(int[] labels) {
        if (labels.length == 0) {
            return labels.clone();
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int label : labels) {
            min = Math.min(min, label);
            max = Math.max(max, label);
        }
        if ((long) max - min < Ranks.COUNTING_RANGE) {
            boolean[] present = new boolean[max - min + 1];
            int k = 0;
            for (int label : labels) {
                if (!present[label - min]) {
                    present[label - min] = true;
                    k++;
                }
            }
            int[] distinct = new int[k];
            for (int v = 0, j = 0; v < present.length; v++) {
                if (present[v]) {
                    distinct[j++] = v + min;
                }
            }
            return distinct;
        }
        int[] sorted = labels.clone();
        java.util.Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (k == 0 || sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, k);
    }

    private static TestResult kruskalWallis(List<double[]> groups) {
        int n = 0;
        for (double[] g : groups) {
            n += g.length;
        }
        if (n < 2) {
            throw new IllegalArgumentException("not enough observations: " + n);
        }
        double[] all = new double[n];
        int at = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, at, g.length);
            at += g.length;
        }
        Ranks ranks = Ranks.of(all);
        double sum = 0;
        at = 0;
        for (double[] g : groups) {
            double rankSum = 0;
            for (int i = 0; i < g.length; i++) {
                rankSum += ranks.ranks()[at + i];
            }
            at += g.length;
            sum += rankSum * rankSum / g.length;
        }
        return kruskalWallis(sum, n, ranks.tieSum(), groups.size());
    }

    /**
     * {@link #kruskalWallis(double[], int[])} of whole-number values within {@link Ranks#COUNTING_RANGE} (answer
     * positions, bands) and labels within that range, in two passes over the data where the table of
     * (group, value) pairs is small, else three, and nothing of its size allocated: the values' mid-ranks
     * by counting as {@link Ranks#of} does, each group's rank sum accumulated in the order of its
     * observations, the groups in increasing label order, so the same numbers as ranking the groups put
     * together. Null for any other data.
     */
    private static TestResult kruskalWallisByCounting(double[] values, int[] groups) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (v != Math.rint(v) || Double.isInfinite(v)) {
                return null;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
            lowest = Math.min(lowest, groups[i]);
            highest = Math.max(highest, groups[i]);
        }
        if (min > max || !(max - min < Ranks.COUNTING_RANGE) || min < -(1 << 30) || max > 1 << 30
                || (long) highest - lowest >= Ranks.COUNTING_RANGE) {
            return null;
        }
        int base = (int) min;
        int width = (int) (max - min) + 1;
        int groupCount = highest - lowest + 1;
        if ((long) width * groupCount <= Ranks.COUNTING_RANGE && values.length <= MOST_COUNTED_TOGETHER) {
            return kruskalWallisOfPairCounts(values, groups, base, width, lowest, groupCount);
        }
        int[] count = new int[width];
        int[] size = new int[groupCount];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                count[(int) values[i] - base]++;
                size[groups[i] - lowest]++;
            }
        }
        Ranks.Counted ranks = Ranks.ofCounts(count);
        double[] mid = ranks.mids();
        double[] rankSum = new double[size.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                rankSum[groups[i] - lowest] += mid[(int) values[i] - base];
            }
        }
        return kruskalWallisOfRankSums(rankSum, size, ranks);
    }

    /**
     * {@link #kruskalWallisByCounting} where the table of (group, value) pairs is small: counted in one
     * pass, each group's rank sum is then its counts times the mid-ranks. The same numbers to the last
     * bit: every rank sum is a multiple of 1/2 below 2^52 for at most {@link #MOST_COUNTED_TOGETHER}
     * observations, so it is exact in any order of summing.
     */
    private static TestResult kruskalWallisOfPairCounts(double[] values, int[] groups, int base, int width,
                                                        int lowest, int groupCount) {
        int[] count = new int[width];
        int[] size = new int[groupCount];
        int[] pairs = new int[width * groupCount];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                pairs[(groups[i] - lowest) * width + (int) v - base]++;
            }
        }
        for (int g = 0; g < size.length; g++) {
            for (int v = 0; v < width; v++) {
                count[v] += pairs[g * width + v];
                size[g] += pairs[g * width + v];
            }
        }
        Ranks.Counted ranks = Ranks.ofCounts(count);
        double[] mid = ranks.mids();
        double[] rankSum = new double[size.length];
        for (int g = 0; g < size.length; g++) {
            for (int v = 0; v < width; v++) {
                rankSum[g] += pairs[g * width + v] * mid[v];
            }
        }
        return kruskalWallisOfRankSums(rankSum, size, ranks);
    }

    /** The test from each group's rank sum and size (groups of size 0 left out) and the ranks' ties. */
    private static TestResult kruskalWallisOfRankSums(double[] rankSum, int[] size, Ranks.Counted ranks) {
        int n = 0;
        for (int t : ranks.tieSizes()) {
            n += t;
        }
        double sum = 0;
        int kept = 0;
        for (int g = 0; g < size.length; g++) {
            if (size[g] > 0) {
                sum += rankSum[g] * rankSum[g] / size[g];
                kept++;
            }
        }
        if (kept < 2) {
            throw new IllegalArgumentException("all observations are in the same group");
        }
        return kruskalWallis(sum, n, Ranks.tieSum(ranks.tieSizes()), kept);
    }

    /** The test from the groups' sum of squared rank sums over sizes, the observations, the ties and the groups. */
    private static TestResult kruskalWallis(double sum, int n, double tieSum, int groupCount) {
        double dn = n;
        double statistic = (12 * sum / (dn * (dn + 1)) - 3 * (dn + 1)) / (1 - tieSum / (dn * dn * dn - dn));
        int df = groupCount - 1;
        List<String> warnings = new ArrayList<>();
        double p;
        if (Double.isNaN(statistic)) {
            warnings.add("all observations are tied: no p-value");
            p = Double.NaN;
        } else {
            p = ChiSquaredDistribution.of(df).survivalProbability(statistic);
        }
        return TestResult.test("Kruskal-Wallis rank sum test", statistic, df, p, Alternative.TWO_SIDED, n, warnings);
    }

    /**
     * Spearman's rank correlation test with R's defaults: R {@code cor.test(x, y, method = "spearman",
     * alternative = ...)}. See {@link #spearman(double[], double[], Alternative, Exact)}.
     */
    public static TestResult spearman(double[] x, double[] y, Alternative alternative) {
        return spearman(x, y, alternative, Exact.AUTO);
    }

    /**
     * Spearman's rank correlation rho and the test that it is zero (Hollander &amp; Wolfe 1999, §8.5): R
     * {@code cor.test(x, y, method = "spearman", alternative, exact)}. The estimate is rho, the
     * correlation of the mid-ranks; the statistic is S = (n^3 - n)(1 - rho)/6. Without ties (and unless
     * {@link Exact#APPROXIMATE}) and with n &lt;= 1290 the p-value comes from Algorithm AS 89 (Best &amp;
     * Roberts 1975): exact enumeration for n &lt;= 9, an Edgeworth series above; otherwise from the t
     * approximation rho sqrt((n - 2)/(1 - rho^2)) with n - 2 degrees of freedom. With ties an exact p-value
     * is not possible and, as R, the result warns "Cannot compute exact p-value with ties". "Greater"
     * means positive association.
     *
     * @param x           the first variable; pairs with a NaN in either are dropped
     * @param y           the second variable, of the same length
     * @param alternative the alternative hypothesis
     * @param exact       R's {@code exact}; {@link Exact#AUTO} and {@link Exact#EXACT} are the same here
     * @return the test, with rho as the estimate
     */
    public static TestResult spearman(double[] x, double[] y, Alternative alternative, Exact exact) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("'x' and 'y' must have the same length: " + x.length + " and "
                    + y.length);
        }
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("not enough finite observations: " + n);
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                xs[k] = x[i];
                ys[k++] = y[i];
            }
        }
        Ranks rx = Ranks.of(xs);
        Ranks ry = Ranks.of(ys);
        List<String> warnings = new ArrayList<>();
        String method = "Spearman's rank correlation rho";
        double rho = pearson(rx.ranks(), ry.ranks());
        if (!Double.isFinite(rho)) {
            warnings.add("the standard deviation is zero");
            return new TestResult(method, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, alternative, n, warnings);
        }
        double dn = n;
        double q = (dn * dn * dn - dn) * (1 - rho) / 6;
        boolean useExact = exact != Exact.APPROXIMATE;
        if (useExact && (rx.hasTies() || ry.hasTies())) {
            useExact = false;
            warnings.add("Cannot compute exact p-value with ties");
        }
        boolean as89 = useExact && n <= SPEARMAN_AS89_MAX_N;
        double p = switch (alternative) {
            case TWO_SIDED -> Math.min(1, 2 * (q > (dn * dn * dn - dn) / 6
                    ? spearmanTail(q, n, false, as89) : spearmanTail(q, n, true, as89)));
            case GREATER -> spearmanTail(q, n, true, as89);
            case LESS -> spearmanTail(q, n, false, as89);
        };
        if (as89) {
            method += n <= SpearmanRhoDistribution.EXACT_MAX_N
                    ? ", exact p-value (AS 89 enumeration)" : ", p-value by AS 89 Edgeworth series";
        } else {
            method += ", p-value by t approximation";
        }
        return new TestResult(method, q, Double.NaN, p, rho, Double.NaN, Double.NaN, Double.NaN, alternative, n,
                warnings);
    }

    /**
     * Spearman's rank correlation test by the t approximation: t = rho sqrt((n - 2) / (1 - rho²)) on n - 2 df,
     * as R's {@code cor.test(x, y, method = "spearman", exact = FALSE)} computes its p-value (R returns S as the
     * statistic, not t). The statistic is t, df is n - 2, the estimate rho. With |rho| = 1, t is infinite (or,
     * with rho rounded just below 1 as R's {@code cor} may round it, very large); with n = 2 the p-value is NaN,
     * as in R.
     *
     * @param x           the first variable; pairs with a NaN are dropped
     * @param y           the second variable, of the same length
     * @param alternative the alternative hypothesis
     * @return the test, with t as the statistic
     */
    public static TestResult spearmanT(double[] x, double[] y, Alternative alternative) {
        TestResult s = spearman(x, y, alternative, Exact.APPROXIMATE);
        double n = s.n();
        double rho = s.estimate();
        double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
        return new TestResult(s.method(), t, n - 2,
                s.pValue(), rho, Double.NaN, Double.NaN, Double.NaN, alternative, s.n(), s.warnings());
    }

    /**
     * Spearman's rank correlation test by the normal approximation z = rho sqrt(n - 1) (Hollander &amp; Wolfe
     * 1999, §8.5; R: {@code 2 * pnorm(-abs(rho) * sqrt(n - 1))} two-sided, with rho from {@code cor.test(x, y,
     * method = "spearman")}). The statistic is z, the estimate rho; there is no df.
     *
     * @param x           the first variable; pairs with a NaN are dropped
     * @param y           the second variable, of the same length
     * @param alternative the alternative hypothesis
     * @return the test, with z as the statistic
     */
    public static TestResult spearmanNormal(double[] x, double[] y, Alternative alternative) {
        TestResult s = spearman(x, y, alternative, Exact.APPROXIMATE);
        double z = s.estimate() * Math.sqrt(s.n() - 1.0);
        return new TestResult("Spearman's rank correlation rho, p-value by normal approximation", z, Double.NaN,
                normalP(z, alternative), s.estimate(), Double.NaN, Double.NaN, Double.NaN, alternative, s.n(),
                s.warnings());
    }

    /** R's {@code pspearman} inside {@code cor.test}: P(S &lt;= q) with {@code lowerTail}, else P(S &gt;= q). */
    private static double spearmanTail(double q, int n, boolean lowerTail, boolean as89) {
        if (as89) {
            return SpearmanRhoDistribution.prho(n, Math.rint(q) + (lowerTail ? 2 : 0), lowerTail);
        }
        double dn = n;
        double den = dn * (dn * dn - 1) / 6;
        double r = 1 - q / den;
        if (n <= 2) {
            return Double.NaN;
        }
        double t = r / Math.sqrt((1 - r * r) / (dn - 2));
        TDistribution dist = TDistribution.of(dn - 2);
        return lowerTail ? dist.survivalProbability(t) : dist.cumulativeProbability(t);
    }

    /** The Pearson correlation, computed as R's {@code cor} does for complete data. */
    private static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        double n1 = n - 1;
        double r = (sxy / n1) / (Math.sqrt(sxx / n1) * Math.sqrt(syy / n1));
        return r > 1 ? 1 : r < -1 ? -1 : r;
    }

    /** The mean with R's second pass (sum of deviations from the first mean, divided by n). */
    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        double m = s / v.length;
        double t = 0;
        for (double d : v) {
            t += d - m;
        }
        return m + t / v.length;
    }

    private static double normalP(double z, Alternative alternative) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return switch (alternative) {
            case LESS -> STANDARD_NORMAL.cumulativeProbability(z);
            case GREATER -> STANDARD_NORMAL.survivalProbability(z);
            case TWO_SIDED -> 2 * Math.min(STANDARD_NORMAL.cumulativeProbability(z),
                    STANDARD_NORMAL.survivalProbability(z));
        };
    }
}
