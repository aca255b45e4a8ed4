package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The Cochran-Armitage test for a linear trend in proportions over ordered groups (Armitage 1955;
 * Agresti 2013, §3.4), in the chi-squared form of R's {@code prop.trend.test(x, n, score)}:
 * with p = Σx / Σn and s̄ = Σ n s / Σn,
 * X² = [Σ x (s - s̄)]² / (p (1 - p) Σ n (s - s̄)²), referred to chi-squared with 1 df. The
 * variance uses N, not N - 1 (R's weighted-regression form; Armitage's exact-variance version
 * multiplies X² by (N - 1) / N).
 */
final class CochranArmitage {

    private CochranArmitage() {
    }

    /**
     * The test for a 2 x k table (groups are columns, row 1 counts events) or a k x 2 table (groups
     * are rows, column 1 counts events); which outcome counts as the event does not change X².
     * Groups with no cases are left out, as R's {@code lm} leaves out their undefined proportions.
     */
    static TestResult test(ContingencyTable table, double[] scores) {
        boolean groupsAreColumns = table.rows() == 2;
        if (!groupsAreColumns && table.columns() != 2) {
            throw new IllegalArgumentException("the trend test needs a 2 x k or k x 2 table, not " + table.rows() + " x "
                    + table.columns());
        }
        int k = groupsAreColumns ? table.columns() : table.rows();
        if (scores.length != k) {
            throw new IllegalArgumentException("the table has " + k + " groups but " + scores.length + " scores were given");
        }
        long[] events = new long[k];
        long[] sizes = new long[k];
        for (int g = 0; g < k; g++) {
            events[g] = groupsAreColumns ? table.count(0, g) : table.count(g, 0);
            sizes[g] = events[g] + (groupsAreColumns ? table.count(1, g) : table.count(g, 1));
        }
        String method = "Chi-squared Test for Trend in Proportions (Cochran-Armitage, scores "
                + String.join(", ", Arrays.stream(scores).mapToObj(CochranArmitage::format).toList()) + ")";
        List<String> warnings = new ArrayList<>();
        long n = 0;
        long x = 0;
        double scoreSum = 0;
        for (int g = 0; g < k; g++) {
            n += sizes[g];
            x += events[g];
            scoreSum += sizes[g] * scores[g];
            if (!Double.isFinite(scores[g])) {
                throw new IllegalArgumentException("score " + (g + 1) + " is " + scores[g]);
            }
        }
        if (n == 0 || x == 0 || x == n) {
            warnings.add("All cases fall in one outcome: the trend test is undefined.");
            return TestResult.test(method, Double.NaN, 1, Double.NaN, Alternative.TWO_SIDED, n, warnings);
        }
        double p = (double) x / n;
        double mean = scoreSum / n;
        double numerator = 0;
        double spread = 0;
        for (int g = 0; g < k; g++) {
            double centred = scores[g] - mean;
            numerator += events[g] * centred;
            spread += sizes[g] * centred * centred;
        }
        if (spread == 0) {
            warnings.add("All groups with cases have the same score: the trend test is undefined.");
            return TestResult.test(method, Double.NaN, 1, Double.NaN, Alternative.TWO_SIDED, n, warnings);
        }
        double statistic = numerator * numerator / (p * (1 - p) * spread);
        double pValue = ChiSquaredDistribution.of(1).survivalProbability(statistic);
        return TestResult.test(method, statistic, 1, pValue, Alternative.TWO_SIDED, n, warnings);
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

    private static String format(double score) {
        return score == Math.rint(score) && Math.abs(score) < 1e15 ? Long.toString((long) score) : Double.toString(score);
    }
}
