package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.casescreen.stats.CategoricalCases.Case;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that hold whatever the data: the tests do not depend on which variable is in the rows
 * or on the order of the categories; identical rows show no association; shares add up to 1.
 */
class CategoricalInvariantsTest {

    static List<Case> tables() {
        return CategoricalCases.tables();
    }

    /** The tables whose exact Fisher p-value is in reach (R computed it). */
    static List<Case> exactTables() {
        return CategoricalCases.tables().stream().filter(c -> CategoricalCases.R.has(c.name(), "fisher_p")).toList();
    }

    private static ContingencyTable permuted(ContingencyTable table) {
        long[][] counts = table.counts();
        int r = counts.length;
        int c = counts[0].length;
        long[][] out = new long[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                // rows reversed, columns rotated by one
                out[r - 1 - i][(j + 1) % c] = counts[i][j];
            }
        }
        return ContingencyTable.of(out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void chiSquareIgnoresTranspositionAndTheOrderOfCategories(Case c) {
        TestResult original = Tests.chiSquare(c.table(), false);
        for (ContingencyTable other : List.of(c.table().transpose(), permuted(c.table()), permuted(c.table().transpose()))) {
            TestResult result = Tests.chiSquare(other, false);
            assertClose(original.statistic(), result.statistic());
            assertClose(original.pValue(), result.pValue());
            assertEquals(original.df(), result.df());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactTables")
    void fisherIgnoresTranspositionAndTheOrderOfCategories(Case c) {
        double original = Tests.fisher(c.table()).pValue();
        for (ContingencyTable other : List.of(c.table().transpose(), permuted(c.table()), permuted(c.table().transpose()))) {
            assertClose(original, Tests.fisher(other).pValue());
        }
    }

    /** Equal to 1e-12 relative, or both NaN (a table with one non-empty row has no chi-squared test). */
    private static void assertClose(double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertEquals(expected, actual);
        } else {
            assertEquals(expected, actual, 1e-12 * Math.abs(expected));
        }
    }

    @Test
    void identicalRowsGiveChiSquareZeroAndPOne() {
        ContingencyTable table = ContingencyTable.of(new long[][] {{3, 5, 2, 7}, {3, 5, 2, 7}, {3, 5, 2, 7}});
        TestResult chi = Tests.chiSquare(table);
        assertEquals(0, chi.statistic(), 1e-15);
        assertEquals(1, chi.pValue(), 1e-15);
        assertEquals(1, Tests.fisher(table).pValue(), 1e-12);
        assertEquals(0, Tests.cramersV(table).estimate(), 1e-8);
        TestResult twoByTwo = Tests.chiSquare(ContingencyTable.of(new long[][] {{4, 6}, {4, 6}}));
        assertEquals(0, twoByTwo.statistic());
        assertEquals(1, twoByTwo.pValue());
        assertEquals(1, Tests.fisher(ContingencyTable.of(new long[][] {{4, 6}, {4, 6}})).pValue(), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void sharesOfNonEmptyRowsAndColumnsAddUpToOne(Case c) {
        ContingencyTable table = c.table();
        double[][] rows = table.rowShares();
        double[][] columns = table.columnShares();
        long[] rowTotals = table.rowTotals();
        long[] columnTotals = table.columnTotals();
        for (int i = 0; i < table.rows(); i++) {
            double sum = 0;
            for (double s : rows[i]) {
                sum += s;
            }
            assertEquals(rowTotals[i] == 0 ? Double.NaN : 1.0, sum, 1e-12);
        }
        for (int j = 0; j < table.columns(); j++) {
            double sum = 0;
            for (int i = 0; i < table.rows(); i++) {
                sum += columns[i][j];
            }
            assertEquals(columnTotals[j] == 0 ? Double.NaN : 1.0, sum, 1e-12);
        }
        double expected = 0;
        for (double[] row : table.expectedCounts()) {
            for (double e : row) {
                expected += e;
            }
        }
        assertEquals(table.n(), expected, 1e-9 * table.n());
    }
}
