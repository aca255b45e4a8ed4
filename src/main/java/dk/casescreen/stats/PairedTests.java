package dk.casescreen.stats;

import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Tests for paired data: the same cases rated twice (two screening rounds, two raters). Square tables
 * have the first rating in the rows and the second in the columns ({@code table[i][j]} counts the cases
 * rated i first and j second), as R's {@code table(first, second)}. Each test computes what the named R
 * call computes and says every choice in {@link TestResult#method()}; where R gives NaN the result is
 * NaN with a warning, so that a caller can leave it out of a multiplicity adjustment.
 */
public final class PairedTests {

    /** The warning of McNemar's and Bowker's tests when no case changed category. */
    public static final String NO_DISCORDANT_PAIRS = "no discordant pairs";

    private static final double DEFAULT_CONF_LEVEL = 0.95;

    private PairedTests() {
    }

    /**
     * McNemar's test of a 2 x 2 table (Agresti 2013, §11.1): R {@code mcnemar.test(table, correct = correct)}.
     * With b = {@code table[0][1]} and c = {@code table[1][0]} the statistic is (b - c)^2 / (b + c), or with
     * the continuity correction (|b - c| - 1)^2 / (b + c), on 1 df. As in R, the correction is applied (and
     * named in the method) only when b != c. With b + c = 0 R gives NaN: so does this, with the warning
     * {@value #NO_DISCORDANT_PAIRS}.
     *
     * @param table   the 2 x 2 counts, first rating in the rows
     * @param correct R's {@code correct}: the continuity correction
     * @return the test; n is the number of pairs
     */
    public static TestResult mcnemar(long[][] table, boolean correct) {
        SquareTables.check2x2(table, "McNemar's test");
        long b = table[0][1];
        long c = table[1][0];
        String method = "McNemar's Chi-squared test";
        double difference = Math.abs((double) b - c);
        if (correct && b != c) {
            difference -= 1;
            method += " with continuity correction";
        }
        long n = SquareTables.total(table);
        if (b + c == 0) {
            return TestResult.test(method, Double.NaN, 1, Double.NaN, Alternative.TWO_SIDED, n,
                    List.of(NO_DISCORDANT_PAIRS));
        }
        double statistic = difference * difference / (b + c);
        return TestResult.test(method, statistic, 1, chiSquareP(statistic, 1), Alternative.TWO_SIDED, n, List.of());
    }

    /**
     * The exact McNemar test with a 95% interval: see {@link #mcnemarExact(long[][], double)}.
     *
     * @param table the 2 x 2 counts, first rating in the rows
     * @return the test with the conditional odds ratio b / c and its interval
     */
    public static TestResult mcnemarExact(long[][] table) {
        return mcnemarExact(table, DEFAULT_CONF_LEVEL);
    }

    /**
     * The exact McNemar test (Agresti 2013, §11.1.4): the binomial test of b = {@code table[0][1]} of the
     * b + c discordant pairs against 1/2, R {@code binom.test(b, b + c, 0.5, conf.level = confLevel)}. The
     * estimate is the conditional (paired) odds ratio b / c, with the interval p / (1 - p) at the limits p
     * of the Clopper-Pearson interval of b / (b + c) (0 or infinite at the edges). The statistic is b (R's
     * "number of successes"), without df. With b + c = 0 everything is NaN, with the warning
     * {@value #NO_DISCORDANT_PAIRS}.
     *
     * @param table     the 2 x 2 counts, first rating in the rows
     * @param confLevel the confidence level, strictly between 0 and 1
     * @return the test with the conditional odds ratio and its interval; n is the number of pairs
     */
    public static TestResult mcnemarExact(long[][] table, double confLevel) {
        SquareTables.check2x2(table, "Exact McNemar test");
        Intervals.checkLevel(confLevel);
        long b = table[0][1];
        long c = table[1][0];
        long n = SquareTables.total(table);
        String method = "Exact McNemar test (binomial test of b of the b + c discordant pairs against 1/2), conditional"
                + " odds ratio b / c with Clopper-Pearson interval (" + Intervals.percent(confLevel) + ")";
        if (b + c == 0) {
            return new TestResult(method, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    confLevel, Alternative.TWO_SIDED, n, List.of(NO_DISCORDANT_PAIRS));
        }
        TestResult share = Intervals.clopperPearson(b, b + c, confLevel);
        return new TestResult(method, b, Double.NaN, binomialTwoSidedHalf(b, b + c), (double) b / c,
                share.confLow() / (1 - share.confLow()), share.confHigh() / (1 - share.confHigh()), confLevel,
                Alternative.TWO_SIDED, n, List.of());
    }

    /**
     * Bowker's test of symmetry of a k x k table (Bowker 1948; Agresti 2013, §11.4.1): the sum over the
     * pairs i &lt; j of (n_ij - n_ji)^2 / (n_ij + n_ji), without continuity correction, on as many df as
     * pairs. R's {@code mcnemar.test(table)} on a k x k table gives NaN as soon as one pair has
     * n_ij + n_ji = 0; here, as in SAS and most texts, such empty pairs contribute nothing and are not
     * counted in df, and the method says how many pairs were used. Without empty pairs the result is R's
     * {@code mcnemar.test(table, correct = FALSE)}; for k = 2 it is {@code mcnemar(table, false)} (note that
     * R's {@code mcnemar.test} corrects a 2 x 2 table by default). With no pair observed at all the result is
     * NaN on 0 df, with the warning {@value #NO_DISCORDANT_PAIRS}.
     *
     * @param table the k x k counts (k at least 2), first rating in the rows
     * @return the test; n is the number of pairs (cases)
     */
    public static TestResult bowker(long[][] table) {
        int k = SquareTables.check(table, "Bowker's test");
        double statistic = 0;
        int used = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                long sum = table[i][j] + table[j][i];
                if (sum > 0) {
                    double difference = table[i][j] - table[j][i];
                    statistic += difference * difference / sum;
                    used++;
                }
            }
        }
        int pairs = k * (k - 1) / 2;
        String method = "Bowker's test of symmetry (" + (used == pairs ? used + " pairs with observations)"
                : used + " of " + pairs + " pairs with observations; empty pairs left out)");
        long n = SquareTables.total(table);
        if (used == 0) {
            return TestResult.test(method, Double.NaN, 0, Double.NaN, Alternative.TWO_SIDED, n,
                    List.of(NO_DISCORDANT_PAIRS));
        }
        return TestResult.test(method, statistic, used, chiSquareP(statistic, used), Alternative.TWO_SIDED, n,
                List.of());
    }

    /**
     * The Stuart-Maxwell test of marginal homogeneity of a k x k table (Stuart 1955, Maxwell 1970; Agresti
     * 2013, §11.3.1): with d the row margins minus the column margins and S their covariance
     * (S_ii = n_i. + n_.i - 2 n_ii, S_ij = -(n_ij + n_ji)), the statistic d' S^-1 d on k - 1 categories, df
     * k - 1. R has no base function (coin's {@code mh_test} computes it). Categories without discordant
     * pairs (empty, or with counts only on the diagonal) are dropped. If the other categories still fall in
     * separate groups, with no case moving between groups, S is singular and the test is the
     * generalized-inverse one, d' S^+ d on df = rank(S): the textbook statistic within each group, summed,
     * with df = (categories with discordant pairs) - (groups); the method says so, with a warning. Without
     * discordant pairs the result is NaN on 0 df with a warning.
     *
     * @param table the k x k counts (k at least 2), first rating in the rows
     * @return the test; n is the number of pairs (cases)
     */
    public static TestResult stuartMaxwell(long[][] table) {
        return StuartMaxwell.test(table);
    }

    /**
     * The two-sided Wilcoxon signed rank test of paired samples: R
     * {@code wilcox.test(x, y, paired = TRUE, exact = exact, correct = correct)}. See
     * {@link #wilcoxonSignedRank(double[], double[], Alternative, RankTests.Exact, boolean)}.
     *
     * @param x       the first value of each pair; NaN marks a missing value
     * @param y       the second value of each pair, in the same order
     * @param exact   R's {@code exact = TRUE} (exact if no ties and no zeros) or {@code FALSE}
     * @param correct R's {@code correct}: continuity correction in the normal approximation
     * @return the test
     */
    public static TestResult wilcoxonSignedRank(double[] x, double[] y, boolean exact, boolean correct) {
        return wilcoxonSignedRank(x, y, Alternative.TWO_SIDED, exact, correct);
    }

    /**
     * The Wilcoxon signed rank test of paired samples: R
     * {@code wilcox.test(x, y, paired = TRUE, alternative = alternative, exact = exact, correct = correct)}.
     * See {@link #wilcoxonSignedRank(double[], double[], Alternative, RankTests.Exact, boolean)}.
     *
     * @param x           the first value of each pair; NaN marks a missing value
     * @param y           the second value of each pair, in the same order
     * @param alternative the alternative; "greater" means x tends to exceed y
     * @param exact       R's {@code exact = TRUE} (exact if no ties and no zeros) or {@code FALSE}
     * @param correct     R's {@code correct}: continuity correction in the normal approximation
     * @return the test
     */
    public static TestResult wilcoxonSignedRank(double[] x, double[] y, Alternative alternative, boolean exact,
                                                boolean correct) {
        return wilcoxonSignedRank(x, y, alternative, exact ? RankTests.Exact.EXACT : RankTests.Exact.APPROXIMATE,
                correct);
    }

    /**
     * The Wilcoxon signed rank test of paired samples (Hollander &amp; Wolfe 1999, §3.1), as R's
     * {@code wilcox.test(x, y, paired = TRUE, alternative, exact, correct)} computes it. Pairs with a
     * missing (NaN) value are dropped (R's {@code complete.cases}); the differences x - y that are zero are
     * dropped too, and the absolute differences ranked, ties getting average ranks. The statistic is V, the
     * sum of the ranks of the positive differences. The p-value is exact (R's {@code psignrank}) when asked
     * for, or by default ({@link RankTests.Exact#AUTO}) when there are fewer than 50 non-zero differences, and
     * there are neither ties nor zeros; otherwise it comes from the normal approximation with the variance
     * corrected for ties and, if {@code correct}, a continuity correction of 1/2. Where an exact p-value was
     * asked for but ties or zeros prevent it, the result carries R's warnings ("cannot compute exact p-value
     * with ties", "... with zeroes"). If every difference is zero the two-sided p-value is NaN, as in R,
     * with a warning. No estimate is computed (R gives the pseudo-median only with {@code conf.int = TRUE}):
     * the estimate is NaN. An exact p-value for more than 2000 differences is refused.
     *
     * @param x           the first value of each pair; NaN marks a missing value
     * @param y           the second value of each pair, in the same order
     * @param alternative the alternative; "greater" means x tends to exceed y
     * @param exact       R's {@code exact}
     * @param correct     R's {@code correct}: continuity correction in the normal approximation
     * @return the test; n is the number of non-zero differences (R's n)
     */
    public static TestResult wilcoxonSignedRank(double[] x, double[] y, Alternative alternative, RankTests.Exact exact,
                                                boolean correct) {
        return WilcoxonSignedRank.test(x, y, alternative, exact, correct);
    }

    /**
     * The two-sided Wilcoxon signed rank test with R's defaults, {@code wilcox.test(x, y, paired = TRUE)}:
     * exact below 50 non-zero differences without ties or zeros, else the normal approximation with continuity
     * correction. See {@link #wilcoxonSignedRank(double[], double[], Alternative, RankTests.Exact, boolean)}.
     *
     * @param x the first value of each pair; NaN marks a missing value
     * @param y the second value of each pair, in the same order
     * @return the test
     */
    public static TestResult wilcoxonSignedRank(double[] x, double[] y) {
        return wilcoxonSignedRank(x, y, Alternative.TWO_SIDED, RankTests.Exact.AUTO, true);
    }

    static double chiSquareP(double statistic, int df) {
        return ChiSquaredDistribution.of(df).survivalProbability(statistic);
    }

    /** R's {@code binom.test(x, n, 0.5)$p.value}: with p = 1/2 the distribution is symmetric. */
    private static double binomialTwoSidedHalf(long x, long n) {
        if (2 * x == n) {
            return 1;
        }
        BinomialDistribution binomial = BinomialDistribution.of(Math.toIntExact(n), 0.5);
        double tail = 2 * x < n ? binomial.cumulativeProbability(Math.toIntExact(x))
                : binomial.survivalProbability(Math.toIntExact(x - 1));
        return Math.min(1, 2 * tail);
    }
}
