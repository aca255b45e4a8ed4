package dk.casescreen.stats;

/**
 * Tests of association in contingency tables and odds ratios, each returning a {@link TestResult}
 * that names what was computed. Each method matches an R call (named in its documentation) to
 * 1e-9 relative. Empty rows and columns of a table are left out before testing, as R would be
 * called on the table without them; the method text says when that happened.
 */
public final class Tests {

    private Tests() {
    }

    /**
     * Pearson's chi-squared test of independence with Yates' continuity correction for 2 x 2
     * tables, R's default (Agresti 2013, §3.2; R: {@code chisq.test(x)}).
     */
    public static TestResult chiSquare(ContingencyTable table) {
        return chiSquare(table, true);
    }

    /**
     * Pearson's chi-squared test of independence, X² = Σ (|O - E| - y)² / E on (r - 1)(c - 1) df
     * (Agresti 2013, §3.2; R: {@code chisq.test(x, correct = yates)}). With {@code yates} and a
     * 2 x 2 table, y = min(0.5, |O - E|) (Yates 1934, as R); otherwise y = 0. Expected counts
     * under 5 give R's warning "Chi-squared approximation may be incorrect".
     */
    public static TestResult chiSquare(ContingencyTable table, boolean yates) {
        return PearsonChiSquare.test(table, yates);
    }

    /**
     * Fisher's exact test, two-sided (Agresti 2013, §3.5; R: {@code fisher.test(x)}). For a 2 x 2
     * table: the p-value, the conditional maximum likelihood odds ratio and its exact conditional
     * 95% interval. For larger tables: the exact p-value by the network algorithm of Mehta &amp;
     * Patel (1983), or, when that needs more than the default workspace, a Monte Carlo p-value
     * (Patefield 1981; R: {@code fisher.test(x, simulate.p.value = TRUE)}), said in the method.
     */
    public static TestResult fisher(ContingencyTable table) {
        return fisherExact(table, FisherOptions.defaults()).result();
    }

    /**
     * Fisher's exact test as {@link #fisher(ContingencyTable)} with the workspace, simulation,
     * number of random tables and seed given, and with how the p-value was obtained (exact or
     * simulated, with its Monte Carlo standard error). A 2 x 2 table is always computed exactly,
     * as in R.
     */
    public static FisherResult fisherExact(ContingencyTable table, FisherOptions options) {
        return FisherExact.test(table, options);
    }

    /**
     * The Cochran-Armitage test for trend in proportions with scores 1, 2, ..., k (Armitage 1955;
     * Agresti 2013, §3.4; R: {@code prop.trend.test(x, n)}); see
     * {@link #cochranArmitage(ContingencyTable, double[])}.
     */
    public static TestResult cochranArmitage(ContingencyTable table) {
        return CochranArmitage.test(table, CochranArmitage.defaultScores(table));
    }

    /**
     * The Cochran-Armitage test for trend in proportions over k ordered groups with the given
     * scores (Armitage 1955; Agresti 2013, §3.4), in R's chi-squared form with 1 df: R's
     * {@code prop.trend.test(x, n, score)}, where x counts the events and n the cases per group.
     * For a 2 x k table the groups are the columns and row 1 counts the events; for a k x 2 table
     * the groups are the rows and column 1 counts the events (either way round gives the same X²).
     * The variance uses N, not N - 1. X² does not depend on which outcome is the event, nor, for a
     * 2 x 2 table, on whether the groups are its rows or its columns; for the direction of the trend
     * use {@link #cochranArmitage(ContingencyTable, double[], TrendOrientation, Alternative)}.
     */
    public static TestResult cochranArmitage(ContingencyTable table, double[] scores) {
        return CochranArmitage.test(table, scores.clone());
    }

    /**
     * The Cochran-Armitage test for trend in proportions as a signed z (Armitage 1955; Agresti 2013,
     * §3.4), with the groups and the events where {@code orientation} says:
     * z = Σ x (s - s̄) / sqrt(p (1 - p) Σ n (s - s̄)²), positive when the share of events grows with
     * the score. z² is R's {@code prop.trend.test(x, n, score)$statistic} and the two-sided p-value
     * its p-value; R has no function for the sign or the one-sided p-values ({@code GREATER}: the
     * share grows with the score), which are {@code pnorm(z)} of that formula. The result's
     * statistic is z, its df NaN.
     *
     * @param table       a 2 x k or k x 2 table, as {@code orientation} says
     * @param scores      the scores of the k groups, in their order
     * @param orientation where the groups and the events are
     * @param alternative the alternative hypothesis
     * @return the test, with z as the statistic
     */
    public static TestResult cochranArmitage(ContingencyTable table, double[] scores, TrendOrientation orientation,
                                             Alternative alternative) {
        return CochranArmitage.signed(table, scores.clone(), orientation, alternative);
    }

    /**
     * The Cochran-Armitage test for trend as a signed z from counts, as R's
     * {@code prop.trend.test(x, n, score)} takes them: x events among n cases in each group. See
     * {@link #cochranArmitage(ContingencyTable, double[], TrendOrientation, Alternative)}.
     *
     * @param events      the events of each group (R's {@code x})
     * @param sizes       the cases of each group (R's {@code n})
     * @param scores      the scores of the groups (R's {@code score})
     * @param alternative the alternative hypothesis ({@code GREATER}: the share of events grows with the score)
     * @return the test, with z as the statistic
     */
    public static TestResult cochranArmitage(long[] events, long[] sizes, double[] scores, Alternative alternative) {
        return CochranArmitage.signed(events.clone(), sizes.clone(), scores.clone(), "", alternative);
    }

    /**
     * The odds ratio (a d) / (b c) of a 2 x 2 table with Woolf's (1955) 95% logit interval
     * (Agresti 2013, §3.1); see {@link #oddsRatioWoolf(ContingencyTable, double)}.
     */
    public static TestResult oddsRatioWoolf(ContingencyTable table) {
        return oddsRatioWoolf(table, 0.95);
    }

    /**
     * The odds ratio (a d) / (b c) of a 2 x 2 table (a = row 1, column 1) with Woolf's (1955) logit
     * interval exp(log OR ± z sqrt(1/a + 1/b + 1/c + 1/d)) (Agresti 2013, §3.1), adding 0.5 to
     * every cell only when a cell is zero (Haldane-Anscombe), as the method then says. R: the
     * Wald interval {@code exp(coef ± qnorm((1 + level) / 2) * se)} of the group coefficient of
     * {@code glm(cbind(events, nonevents) ~ group, family = binomial)}.
     */
    public static TestResult oddsRatioWoolf(ContingencyTable table, double level) {
        return WoolfOddsRatio.estimate(table, level);
    }

    /**
     * The conditional maximum likelihood odds ratio of a 2 x 2 table with its exact conditional
     * 95% interval and Fisher's p-value (Agresti 2013, §3.5; R: {@code fisher.test(x)}).
     */
    public static TestResult oddsRatioExact(ContingencyTable table) {
        return oddsRatioExact(table, 0.95);
    }

    /**
     * The conditional maximum likelihood odds ratio of a 2 x 2 table with its exact conditional
     * interval at the given level and Fisher's two-sided p-value (Agresti 2013, §3.5; R:
     * {@code fisher.test(x, conf.level = level)}; R's {@code uniroot} gives the estimate and limits
     * to about 1e-4, they are computed here to full precision).
     */
    public static TestResult oddsRatioExact(ContingencyTable table, double level) {
        return Fisher2x2.test(table, level);
    }

    /**
     * Cramér's V = sqrt(X² / (n (min(r, c) - 1))) from Pearson's chi-squared statistic without
     * continuity correction (Cramér 1946; R:
     * {@code sqrt(chisq.test(x, correct = FALSE)$statistic / (sum(x) * (min(dim(x)) - 1)))}) as
     * the estimate, with that test's statistic, df and p-value. Empty rows and columns are left out
     * first, so they do not count in min(r, c).
     */
    public static TestResult cramersV(ContingencyTable table) {
        return PearsonChiSquare.cramersV(table);
    }
}
