package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * How concentrated spending is on few cases: the Lorenz curve, the Gini coefficient with a bootstrap
 * interval, and the share of the total held by the most expensive cases (Lorenz 1905; Gini 1912; Cowell
 * 2011, <i>Measuring Inequality</i>, 3rd ed., ch. 2 and 3). Amounts are non-negative numbers, at least one
 * positive, in any order; every measure is invariant to their order and to multiplying them all by a
 * positive constant. The definitions are those of R's {@code ineq} package ({@code Lc}, {@code Gini}).
 */
public final class Concentration {

    /**
     * One point of a Lorenz curve.
     *
     * @param caseShare   the share of cases, the cheapest first ({@code i / n})
     * @param amountShare the share of the total amount those cases hold
     */
    public record Point(double caseShare, double amountShare) {
    }

    /**
     * The Lorenz curve of amounts: the n + 1 points {@code (i / n, sum of the i smallest / total)} for
     * i = 0..n, from (0, 0) to (1, 1), joined by straight lines; R's {@code ineq::Lc(x)} ({@code p}, {@code L}).
     *
     * @param points the points, ascending
     */
    public record Lorenz(List<Point> points) {

        /** Creates a curve; the list is copied. */
        public Lorenz {
            points = List.copyOf(points);
        }

        /**
         * The curve's height at {@code caseShare} in [0, 1], interpolated linearly between its points:
         * the share of the total held by that share of the cheapest cases.
         */
        public double at(double caseShare) {
            if (!(caseShare >= 0 && caseShare <= 1)) {
                throw new IllegalArgumentException("The share of cases must lie in [0, 1], not " + caseShare);
            }
            int n = points.size() - 1;
            double m = caseShare * n;
            int i = Math.min((int) Math.floor(m), n - 1);
            double low = points.get(i).amountShare();
            return low + (m - i) * (points.get(i + 1).amountShare() - low);
        }

        /** The points as a Tablesaw table with the columns case.share and amount.share. */
        public Table asTable() {
            return Table.create("Lorenz curve",
                    DoubleColumn.create("case.share", points.stream().mapToDouble(Point::caseShare).toArray()),
                    DoubleColumn.create("amount.share", points.stream().mapToDouble(Point::amountShare).toArray()));
        }
    }

    private Concentration() {
    }

    /**
     * The Lorenz curve of the amounts (R: {@code ineq::Lc(amounts)}).
     *
     * @throws IllegalArgumentException when there are no amounts, one is negative or not finite (naming
     *                                  the first and its index), or all are 0
     */
    public static Lorenz lorenz(double[] amounts) {
        double[] sorted = checkedSorted(amounts);
        int n = sorted.length;
        double total = sum(sorted);
        List<Point> points = new ArrayList<>(n + 1);
        points.add(new Point(0, 0));
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += sorted[i];
            points.add(new Point((i + 1.0) / n, i == n - 1 ? 1 : cumulative / total));
        }
        return new Lorenz(points);
    }

    /**
     * The sample Gini coefficient {@code G = sum_i (2i - n - 1) x_(i) / (n * sum x)} over the amounts
     * sorted ascending (i = 1..n), twice the area between the diagonal and the {@link #lorenz Lorenz
     * curve}: 0 when all amounts are equal, (n - 1) / n when one case holds everything. R's
     * {@code ineq::Gini(amounts)} (its default {@code corr = FALSE}); see {@link #giniCorrected} for the
     * small-sample version.
     *
     * @throws IllegalArgumentException as {@link #lorenz} does
     */
    public static double gini(double[] amounts) {
        return giniOfSorted(checkedSorted(amounts));
    }

    /**
     * The Gini coefficient corrected for small samples, {@code n / (n - 1)} times {@link #gini}, so that
     * one case holding everything gives 1: R's {@code ineq::Gini(amounts, corr = TRUE)}.
     *
     * @throws IllegalArgumentException as {@link #lorenz} does, or with fewer than 2 amounts
     */
    public static double giniCorrected(double[] amounts) {
        double[] sorted = checkedSorted(amounts);
        if (sorted.length < 2) {
            throw new IllegalArgumentException("The corrected Gini coefficient needs at least 2 amounts, got 1");
        }
        return giniOfSorted(sorted) * sorted.length / (sorted.length - 1);
    }

    /**
     * The share of the total held by the most expensive {@code fraction} of the cases, read off the
     * {@link #lorenz Lorenz curve} with linear interpolation: {@code 1 - L(1 - fraction)}. With
     * {@code m = fraction * n}, this is the sum of the {@code floor(m)} largest amounts plus the fractional
     * part of m times the next largest, over the total; so equal amounts give exactly {@code fraction},
     * and the share is continuous in the fraction rather than jumping as whole cases are counted
     * (n = 25, fraction 0.1: the two largest amounts and half of the third).
     *
     * @param fraction the share of cases, in (0, 1]
     * @throws IllegalArgumentException as {@link #lorenz} does, or when the fraction is outside (0, 1]
     */
    public static double topShare(double[] amounts, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("The share of cases must lie in (0, 1], not " + fraction);
        }
        double[] sorted = checkedSorted(amounts);
        int n = sorted.length;
        double m = fraction * n;
        int whole = Math.min((int) Math.floor(m), n);
        double top = 0;
        for (int i = 0; i < whole; i++) {
            top += sorted[n - 1 - i];
        }
        if (whole < n) {
            top += (m - whole) * sorted[n - 1 - whole];
        }
        return Math.min(1, top / sum(sorted));
    }

    /**
     * The {@link #gini Gini coefficient} with a nonparametric bootstrap interval (Davison &amp; Hinkley
     * 1997, §5.3): the cases are resampled {@code replicates} times with {@link Resampling#bootstrap}, and
     * the interval is the BCa interval of {@link BootstrapReplicates#bca}, as R's
     * {@code boot.ci(boot(x, function(x, i) ineq::Gini(x[i]), R), type = "bca", L = jackknife influence)}.
     * When the BCa interval cannot be computed (the observed Gini lies outside all replicates, or the
     * influence values are all 0) the percentile interval is given instead, and the method and a warning
     * say so. Resamples whose amounts are all 0 have no Gini and are left out with a warning.
     *
     * @param replicates the number of bootstrap resamples (at least 1000 advised for BCa)
     * @param seed       the seed of the resamples
     * @param confLevel  the confidence level, in (0, 1)
     * @return estimate = the Gini coefficient, confLow and confHigh the interval, n the number of amounts
     * @throws IllegalArgumentException as {@link #lorenz} does, with fewer than 2 amounts, fewer than 1
     *                                  replicate or a confidence level outside (0, 1)
     */
    public static TestResult giniInterval(double[] amounts, int replicates, long seed, double confLevel) {
        double[] sorted = checkedSorted(amounts);
        if (replicates < 1) {
            throw new IllegalArgumentException("The bootstrap needs at least 1 replicate, not " + replicates);
        }
        if (!(confLevel > 0 && confLevel < 1)) {
            throw new IllegalArgumentException("The confidence level must lie between 0 and 1, not " + confLevel);
        }
        BootstrapReplicates b = Resampling.bootstrap(amounts, Concentration::giniOfResample, replicates, seed);
        TestResult bca = b.bca(confLevel);
        TestResult chosen = bca;
        String kind = "BCa";
        List<String> warnings = new ArrayList<>(bca.warnings());
        if (Double.isNaN(bca.confLow()) || Double.isNaN(bca.confHigh())) {
            chosen = b.percentile(confLevel);
            kind = "percentile (BCa not computable)";
            warnings = new ArrayList<>(chosen.warnings());
            warnings.add("the BCa interval could not be computed; the percentile interval is given instead");
        }
        String method = String.format(Locale.ROOT, "Gini coefficient (sample Gini, ineq::Gini) with bootstrap %s "
                + "interval (%d replicates, seed %d)", kind, replicates, seed);
        return new TestResult(method, Double.NaN, Double.NaN, Double.NaN, giniOfSorted(sorted), chosen.confLow(),
                chosen.confHigh(), confLevel, Alternative.TWO_SIDED, sorted.length, warnings);
    }

    /** The Gini of a bootstrap resample (sorted in place), NaN when its amounts are all 0. */
    private static double giniOfResample(double[] resample) {
        Arrays.sort(resample);
        return sum(resample) > 0 ? giniOfSorted(resample) : Double.NaN;
    }

    private static double giniOfSorted(double[] sorted) {
        int n = sorted.length;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return weighted / (n * sum(sorted));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double[] checkedSorted(double[] amounts) {
        if (amounts.length == 0) {
            throw new IllegalArgumentException("There are no amounts to measure the concentration of");
        }
        boolean positive = false;
        for (int i = 0; i < amounts.length; i++) {
            if (!(amounts[i] >= 0) || Double.isInfinite(amounts[i])) {
                throw new IllegalArgumentException("Amount " + (i + 1) + " (index " + i + ") is " + amounts[i]
                        + ": amounts must be finite and not negative");
            }
            positive |= amounts[i] > 0;
        }
        if (!positive) {
            throw new IllegalArgumentException("All " + amounts.length + " amounts are 0: there is no total to share");
        }
        double[] sorted = amounts.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
