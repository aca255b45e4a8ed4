package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-squared test of independence (Agresti 2013, §3.2) and Cramér's V, computed as
 * R's {@code chisq.test} computes them, on the table without its empty rows and columns.
 */
final class PearsonChiSquare {

    /** R's warning for expected counts under 5. */
    static final String SMALL_EXPECTED = "Chi-squared approximation may be incorrect";

    private PearsonChiSquare() {
    }

    /** R: {@code chisq.test(x, correct = yates)} on {@code x} without empty rows and columns. */
    static TestResult test(ContingencyTable table, boolean yates) {
        ContingencyTable t = table.withoutEmptyRowsAndColumns();
        String dropped = droppedText(table, t);
        List<String> warnings = new ArrayList<>();
        if (t.rows() < 2 || t.columns() < 2) {
            warnings.add("Fewer than two non-empty rows or columns: there is no association to test.");
            return TestResult.test("Pearson's Chi-squared test" + dropped, Double.NaN, Double.NaN, Double.NaN,
                    Alternative.TWO_SIDED, table.n(), warnings);
        }
        double[][] expected = t.expectedCounts();
        double correction = 0;
        if (yates && t.rows() == 2 && t.columns() == 2) {
            correction = 0.5;
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    correction = Math.min(correction, Math.abs(t.count(i, j) - expected[i][j]));
                }
            }
        }
        double statistic = 0;
        boolean small = false;
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                double d = Math.abs(t.count(i, j) - expected[i][j]) - correction;
                statistic += d * d / expected[i][j];
                small |= expected[i][j] < 5;
            }
        }
        if (small) {
            warnings.add(SMALL_EXPECTED);
        }
        int df = (t.rows() - 1) * (t.columns() - 1);
        double p = ChiSquaredDistribution.of(df).survivalProbability(statistic);
        String method = "Pearson's Chi-squared test" + (correction > 0 ? " with Yates' continuity correction" : "")
                + dropped;
        return TestResult.test(method, statistic, df, p, Alternative.TWO_SIDED, t.n(), warnings);
    }

    /**
     * Cramér's V = sqrt(X² / (n (min(r, c) - 1))) from the uncorrected chi-squared statistic
     * (Cramér 1946; in R {@code sqrt(chisq.test(x, correct = FALSE)$statistic / (n * (min(dim(x)) - 1)))}),
     * with the chi-squared test's statistic, df and p-value alongside.
     */
    static TestResult cramersV(ContingencyTable table) {
        TestResult chi = test(table, false);
        ContingencyTable t = table.withoutEmptyRowsAndColumns();
        double v = Double.NaN;
        if (t.rows() >= 2 && t.columns() >= 2) {
            v = Math.sqrt(chi.statistic() / (t.n() * (Math.min(t.rows(), t.columns()) - 1.0)));
        }
        return new TestResult("Cramér's V (from " + chi.method() + ")", chi.statistic(), chi.df(), chi.pValue(), v,
                Double.NaN, Double.NaN, Double.NaN, Alternative.TWO_SIDED, chi.n(), chi.warnings());
    }

    /** " (2 empty rows and 1 empty column left out)" or "". */
    static String droppedText(ContingencyTable original, ContingencyTable tested) {
        int rows = original.rows() - tested.rows();
        int columns = original.columns() - tested.columns();
        if (rows == 0 && columns == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (rows > 0) {
            parts.add(rows + (rows == 1 ? " empty row" : " empty rows"));
        }
        if (columns > 0) {
            parts.add(columns + (columns == 1 ? " empty column" : " empty columns"));
        }
        return " (" + String.join(" and ", parts) + " left out)";
    }
}
