package dk.casescreen.stats;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The Wilcoxon rank sum (Mann-Whitney) test with the quantities R computes on the way and does not return:
 * the U of both samples, their rank sums and the normal score with and without continuity correction. The
 * test itself ({@link #method}, {@link #statistic}, {@link #pValue}, {@link #warnings}) is R's
 * {@code wilcox.test(x, y, alternative, exact, correct)}, as {@link RankTests#mannWhitney(double[], double[],
 * Alternative, RankTests.Exact, boolean)} computes it.
 *
 * @param method      the test, in R's words ("Wilcoxon rank sum test with continuity correction")
 * @param statistic   R's W, the U of x: {@code wilcox.test(x, y)$statistic}
 * @param pValue      the p-value of the test as asked for (exact or normal, corrected or not)
 * @param alternative the alternative hypothesis ({@code GREATER}: x tends to be larger than y)
 * @param n           the observations used, n_x + n_y
 * @param nX          the observations of x used (NaN dropped)
 * @param nY          the observations of y used (NaN dropped)
 * @param uX          U of x = (rank sum of x) - n_x (n_x + 1) / 2, the number of pairs with x above y (ties
 *                    counting 1/2)
 * @param uY          U of y = n_x n_y - U of x: {@code wilcox.test(y, x)$statistic}
 * @param rankSumX    the sum of the mid-ranks of x in the pooled sample ({@code sum(rank(c(x, y))[seq_along(x)])})
 * @param rankSumY    the sum of the mid-ranks of y in the pooled sample
 * @param z           (U of x - n_x n_y / 2) / sigma, sigma with R's correction for ties: the normal score without
 *                    continuity correction, positive when x tends to be larger
 * @param zCorrected  the normal score with R's continuity correction for {@code alternative} (1/2 towards 0 when
 *                    two-sided, -1/2 for greater, +1/2 for less), as {@code wilcox.test(correct = TRUE)} uses it
 * @param warnings    R's warnings for the test
 */
public record MannWhitneyResult(String method, double statistic, double pValue, Alternative alternative, long n,
                                long nX, long nY, double uX, double uY, double rankSumX, double rankSumY, double z,
                                double zCorrected, List<String> warnings) {

    /** Creates a result; the warnings are copied. */
    public MannWhitneyResult {
        warnings = List.copyOf(warnings);
    }

    /**
     * The test alone, as {@link RankTests#mannWhitney(double[], double[], Alternative, RankTests.Exact, boolean)}
     * returns it.
     *
     * @return the test as a {@link TestResult}
     */
    public TestResult test() {
        return TestResult.test(method, statistic, Double.NaN, pValue, alternative, n, warnings);
    }

    /**
     * This result as a one-row Tablesaw table: broom's columns for {@code wilcox.test} (statistic, p.value,
     * method, alternative) and n, then n.x, n.y, u.x, u.y, rank.sum.x, rank.sum.y, z and z.corrected.
     *
     * @return the table, named by the method
     */
    public Table asTable() {
        return Table.create(method,
                DoubleColumn.create("statistic", statistic),
                DoubleColumn.create("p.value", pValue),
                StringColumn.create("method", method),
                StringColumn.create("alternative", alternative.rName()),
                DoubleColumn.create("n", (double) n),
                DoubleColumn.create("n.x", (double) nX),
                DoubleColumn.create("n.y", (double) nY),
                DoubleColumn.create("u.x", uX),
                DoubleColumn.create("u.y", uY),
                DoubleColumn.create("rank.sum.x", rankSumX),
                DoubleColumn.create("rank.sum.y", rankSumY),
                DoubleColumn.create("z", z),
                DoubleColumn.create("z.corrected", zCorrected));
    }

    /** A short line: the method, U of both samples, z and the p-value. */
    @Override
    public String toString() {
        return method + ": U(x) = " + uX + ", U(y) = " + uY + ", z = " + z + ", p = " + pValue + " ("
                + alternative.rName() + ", n = " + nX + " + " + nY + ")";
    }

    /** Computes the result; {@code test} is R's test on the same samples and options. */
    static MannWhitneyResult of(double[] x, double[] y, Alternative alternative, TestResult test) {
        double[] xs = Ranks.withoutNaN(x);
        double[] ys = Ranks.withoutNaN(y);
        double[] all = new double[xs.length + ys.length];
        System.arraycopy(xs, 0, all, 0, xs.length);
        System.arraycopy(ys, 0, all, xs.length, ys.length);
        Ranks ranks = Ranks.of(all);
        double rankSumX = 0;
        double rankSumY = 0;
        for (int i = 0; i < all.length; i++) {
            if (i < xs.length) {
                rankSumX += ranks.ranks()[i];
            } else {
                rankSumY += ranks.ranks()[i];
            }
        }
        double nx = xs.length;
        double ny = ys.length;
        double uX = rankSumX - nx * (nx + 1) / 2;
        double centred = uX - nx * ny / 2;
        double sigma = Math.sqrt((nx * ny / 12) * ((nx + ny + 1) - ranks.tieSum() / ((nx + ny) * (nx + ny - 1))));
        double correction = switch (alternative) {
            case TWO_SIDED -> Math.signum(centred) * 0.5;
            case GREATER -> 0.5;
            case LESS -> -0.5;
        };
        return new MannWhitneyResult(test.method(), test.statistic(), test.pValue(), alternative, test.n(), xs.length,
                ys.length, uX, nx * ny - uX, rankSumX, rankSumY, centred / sigma, (centred - correction) / sigma,
                test.warnings());
    }
}
