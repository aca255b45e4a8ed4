package dk.casescreen.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Cochran-Armitage test for a linear trend in proportions over ordered groups (Armitage 1955;
 * Agresti 2013, §3.4), in the chi-squared form of R's {@code prop.trend.test(x, n, score)}:
 * with p = Σx / Σn and s̄ = Σ n s / Σn,
 * X² = [Σ x (s - s̄)]² / (p (1 - p) Σ n (s - s̄)²), referred to chi-squared with 1 df. The
 * variance uses N, not N - 1 (R's weighted-regression form; Armitage's exact-variance version
 * multiplies X² by (N - 1) / N). The signed form is z = Σ x (s - s̄) / sqrt(p (1 - p) Σ n (s - s̄)²),
 * with z² = X², positive when the share of events grows with the score.
 */
final class CochranArmitage {

    private CochranArmitage() {
    }

    /**
     * The test for a 2 x k table (groups are columns, row 1 counts events) or a k x 2 table (groups
     * are rows, column 1 counts events); which outcome counts as the event does not change X², nor,
     * for a 2 x 2 table, whether the groups are its rows or its columns (X² is N times the squared
     * correlation of group and outcome). Groups with no cases are left out, as R's {@code lm} leaves
     * out their undefined proportions.
     */
    static TestResult test(ContingencyTable table, double[] scores) {
        if (table.rows() != 2 && table.columns() != 2) {
            throw new IllegalArgumentException("the trend test needs a 2 x k or k x 2 table, not " + table.rows() + " x "
                    + table.columns());
        }
        TrendOrientation orientation = table.rows() == 2 ? TrendOrientation.EVENTS_IN_ROW_1
                : TrendOrientation.EVENTS_IN_COLUMN_1;
        long[][] groups = groups(table, scores, orientation);
        String method = "Chi-squared Test for Trend in Proportions (Cochran-Armitage, scores " + format(scores) + ")";
        Sums sums = Sums.of(groups[0], groups[1], scores);
        if (sums.problem() != null) {
            return TestResult.test(method, Double.NaN, 1, Double.NaN, Alternative.TWO_SIDED, sums.n(),
                    List.of(sums.problem()));
        }
        double statistic = sums.numerator() * sums.numerator() / sums.variance();
        double pValue = ChiSquaredDistribution.of(1).survivalProbability(statistic);
        return TestResult.test(method, statistic, 1, pValue, Alternative.TWO_SIDED, sums.n(), List.of());
    }

    /** The signed test on a table whose groups and events are where {@code orientation} says. */
    static TestResult signed(ContingencyTable table, double[] scores, TrendOrientation orientation,
                             Alternative alternative) {
        if (orientation.groupsAreColumns() ? table.rows() != 2 : table.columns() != 2) {
            throw new IllegalArgumentException(orientation + " needs a " + (orientation.groupsAreColumns() ? "2 x k"
                    : "k x 2") + " table, not a " + table.rows() + " x " + table.columns() + " table");
        }
        long[][] groups = groups(table, scores, orientation);
        return signed(groups[0], groups[1], scores, orientation.words() + ", ", alternative);
    }

    /** The signed test on events and group sizes, as R's {@code prop.trend.test(x, n, score)} takes them. */
    static TestResult signed(long[] events, long[] sizes, double[] scores, String where, Alternative alternative) {
        if (events.length != sizes.length || events.length != scores.length) {
            throw new IllegalArgumentException("events, sizes and scores must have the same length: " + events.length
                    + ", " + sizes.length + " and " + scores.length);
        }
        for (int g = 0; g < events.length; g++) {
            if (events[g] < 0 || events[g] > sizes[g]) {
                throw new IllegalArgumentException("group " + (g + 1) + " has " + events[g] + " events of " + sizes[g]
                        + " cases");
            }
        }
        String method = "Cochran-Armitage test for trend in proportions (signed z, " + where + "scores "
                + format(scores) + ")";
        Sums sums = Sums.of(events, sizes, scores);
        if (sums.problem() != null) {
            return TestResult.test(method, Double.NaN, Double.NaN, Double.NaN, alternative, sums.n(),
                    List.of(sums.problem()));
        }
        double z = sums.numerator() / Math.sqrt(sums.variance());
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double p = switch (alternative) {
            case TWO_SIDED -> 2 * normal.survivalProbability(Math.abs(z));
            case GREATER -> normal.survivalProbability(z);
            case LESS -> normal.cumulativeProbability(z);
        };
        return TestResult.test(method, z, Double.NaN, p, alternative, sums.n(), List.of());
    }

    /** The events and the sizes of the groups, in the order of the scores. */
    private static long[][] groups(ContingencyTable table, double[] scores, TrendOrientation orientation) {
        boolean groupsAreColumns = orientation.groupsAreColumns();
        int k = groupsAreColumns ? table.columns() : table.rows();
        if (scores.length != k) {
            throw new IllegalArgumentException("the table has " + k + " groups but " + scores.length + " scores were given");
        }
        int e = orientation.eventIndex();
        long[] events = new long[k];
        long[] sizes = new long[k];
        for (int g = 0; g < k; g++) {
            events[g] = groupsAreColumns ? table.count(e, g) : table.count(g, e);
            sizes[g] = groupsAreColumns ? table.count(0, g) + table.count(1, g) : table.count(g, 0) + table.count(g, 1);
        }
        return new long[][] {events, sizes};
    }

    /**
     * The numerator Σ x (s - s̄) and its null variance p (1 - p) Σ n (s - s̄)², or the reason there is no test.
     */
    private record Sums(long n, double numerator, double variance, String problem) {

        static Sums of(long[] events, long[] sizes, double[] scores) {
            long n = 0;
            long x = 0;
            double scoreSum = 0;
            for (int g = 0; g < events.length; g++) {
                if (!Double.isFinite(scores[g])) {
                    throw new IllegalArgumentException("score " + (g + 1) + " is " + scores[g]);
                }
                n += sizes[g];
                x += events[g];
                scoreSum += sizes[g] * scores[g];
            }
            if (n == 0 || x == 0 || x == n) {
                return new Sums(n, Double.NaN, Double.NaN, "All cases fall in one outcome: the trend test is undefined.");
            }
            double p = (double) x / n;
            double mean = scoreSum / n;
            double numerator = 0;
            double spread = 0;
            for (int g = 0; g < events.length; g++) {
                double centred = scores[g] - mean;
                numerator += events[g] * centred;
                spread += sizes[g] * centred * centred;
            }
            if (spread == 0) {
                return new Sums(n, Double.NaN, Double.NaN,
                        "All groups with cases have the same score: the trend test is undefined.");
            }
            return new Sums(n, numerator, p * (1 - p) * spread, null);
        }
    }

    /** The default scores 1, 2, ..., k (R's {@code seq_along(x)}). */
    static double[] defaultScores(ContingencyTable table) {
        int k = table.rows() == 2 ? table.columns() : table.rows();
        double[] s = new double[k];
        for (int g = 0; g < k; g++) {
            s[g] = g + 1;
        }
        return s;
    }

    private static String format(double[] scores) {
        return String.join(", ", Arrays.stream(scores).mapToObj(CochranArmitage::format).toList());
    }

    private static String format(double score) {
        return score == Math.rint(score) && Math.abs(score) < 1e15 ? Long.toString((long) score) : Double.toString(score);
    }
}
