package dk.casescreen.stats;

import static dk.casescreen.stats.CategoricalCases.R;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.stats.CategoricalCases.Case;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Counts, totals, shares and expected counts of raw tables; expected counts against R's {@code outer(rowSums(x), colSums(x)) / sum(x)}. */
class ContingencyTableTest {

    private static final ContingencyTable TABLE = ContingencyTable.of(new long[][] {{2, 1, 0, 3}, {0, 0, 0, 0}, {1, 3, 2, 0}},
            List.of("a", "b", "c"), List.of("w", "x", "y", "z"));

    static List<Case> tables() {
        return CategoricalCases.tables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void expectedCountsMatchR(Case c) {
        double[][] expected = c.table().expectedCounts();
        for (int i = 0; i < c.rows(); i++) {
            for (int j = 0; j < c.columns(); j++) {
                R.assertClose(c.name(), "expected_" + (i + 1) + "_" + (j + 1), expected[i][j], 1e-12);
            }
        }
    }

    @Test
    void totalsAndCounts() {
        assertEquals(12, TABLE.n());
        assertArrayEquals(new long[] {6, 0, 6}, TABLE.rowTotals());
        assertArrayEquals(new long[] {3, 4, 2, 3}, TABLE.columnTotals());
        assertEquals(3, TABLE.count(2, 1));
        assertEquals(3, TABLE.rows());
        assertEquals(4, TABLE.columns());
        assertEquals(List.of("a", "b", "c"), TABLE.rowLabels());
        assertEquals("row", TABLE.rowVariable());
        assertEquals(0, TABLE.excludedCases());
    }

    @Test
    void sharesOfEmptyRowsAreNaNAndTheOthersAreCountsOverTotals() {
        double[][] rows = TABLE.rowShares();
        assertEquals(2.0 / 6, rows[0][0]);
        assertTrue(Double.isNaN(rows[1][0]));
        double[][] columns = TABLE.columnShares();
        assertEquals(1.0 / 4, columns[0][1]);
        assertEquals(0, columns[1][3]);
    }

    @Test
    void emptyRowsAndColumnsStayForDisplayAndGoForTesting() {
        assertTrue(TABLE.hasEmptyRowOrColumn());
        ContingencyTable tested = TABLE.withoutEmptyRowsAndColumns();
        assertEquals(List.of("a", "c"), tested.rowLabels());
        assertEquals(List.of("w", "x", "y", "z"), tested.columnLabels());
        assertFalse(tested.hasEmptyRowOrColumn());
        assertSame(tested, tested.withoutEmptyRowsAndColumns());
    }

    @Test
    void transposeSwapsEverything() {
        ContingencyTable t = TABLE.transpose();
        assertEquals(List.of("w", "x", "y", "z"), t.rowLabels());
        assertEquals(TABLE.count(2, 1), t.count(1, 2));
        assertArrayEquals(TABLE.rowTotals(), t.columnTotals());
        assertEquals("column", t.rowVariable());
    }

    @Test
    void theCountsAreCopiedInAndOut() {
        long[][] counts = {{1, 2}, {3, 4}};
        ContingencyTable table = ContingencyTable.of(counts);
        counts[0][0] = 100;
        table.counts()[0][1] = 100;
        assertEquals(1, table.count(0, 0));
        assertEquals(2, table.count(0, 1));
        assertEquals(List.of("1", "2"), table.columnLabels());
    }

    @Test
    void badTablesAreRefusedWithThePlace() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(new long[][] {{1, 2}, {3, -4}}));
        assertEquals("row 2, column 2: count -4 is negative", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContingencyTable.of(new long[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> ContingencyTable.of(new long[0][]));
        assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(new long[][] {{1, 2}}, List.of("a", "b"), List.of("x", "y")));
    }

    @Test
    void describesItselfAsAnRMatrix() {
        assertEquals("matrix(c(1, 2, 3, 4), nrow = 2, byrow = TRUE)", ContingencyTable.of(new long[][] {{1, 2}, {3, 4}}).describe());
    }
}
