package dk.casescreen.stats;

import static dk.casescreen.stats.CategoricalCases.R;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.stats.CategoricalCases.Case;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fisher's exact test of r x c tables against R 4.2.2 (src/test/R/categorical.R): exact p-values
 * against {@code fisher.test(x, workspace = 2e8)} (FEXACT) and, where the tables can be listed,
 * against every table with the margins enumerated in R ({@code fisher_p_enumerated}); the Monte
 * Carlo fallback ({@code fisher.test(x, simulate.p.value = TRUE)}'s definition) against the exact
 * value.
 */
class FisherRxCTest {

    static List<Case> largerTables() {
        return CategoricalCases.tables().stream().filter(c -> !c.is2x2() && R.has(c.name(), "fisher_p")).toList();
    }

    /**
     * FEXACT merges past path values within 3.45e-7 of each other on the log scale; for
     * t2x3_large_n5000 that puts its p-value 1.8e-9 (relative) from the enumerated one, which this
     * code matches to 1e-12. Where the enumeration exists it is the 1e-9 reference and fisher.test
     * is held to 1e-8; elsewhere fisher.test is held to 1e-9.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("largerTables")
    void exactPValueMatchesFisherTestAndTheEnumeration(Case c) {
        FisherResult result = Tests.fisherExact(c.table(), FisherOptions.defaults());
        assertTrue(result.exact(), result.result().method());
        boolean enumerated = R.has(c.name(), "fisher_p_enumerated");
        if (enumerated) {
            R.assertClose(c.name(), "fisher_p_enumerated", result.result().pValue(), 1e-9);
        }
        R.assertClose(c.name(), "fisher_p", result.result().pValue(), enumerated ? 1e-8 : 1e-9);
        assertTrue(result.result().method().contains("network algorithm of Mehta & Patel 1983"));
        assertTrue(Double.isNaN(result.standardError()));
    }

    @Test
    void hugeTableFallsBackToAMonteCarloPValue() {
        ContingencyTable huge = CategoricalCases.get("t5x6_large_n5000").table();
        FisherResult result = Tests.fisherExact(huge, FisherOptions.defaults());
        assertFalse(result.exact());
        assertEquals(FisherOptions.DEFAULT_REPLICATES, result.replicates());
        assertEquals(FisherOptions.DEFAULT_WORKSPACE, result.work());
        assertTrue(result.result().method().contains("with simulated p-value (based on 100000 replicates"),
                result.result().method());
        assertEquals(1, result.result().warnings().size());
        assertTrue(result.result().warnings().getFirst().contains("workspace"));
        // chisq.test gives p = 1.6e-58 for this table: no random table is as improbable as the observed one.
        assertEquals(1.0 / (FisherOptions.DEFAULT_REPLICATES + 1), result.result().pValue(), 1e-15);
        assertEquals(5000, result.result().n());
    }

    @Test
    void tooSmallAWorkspaceFallsBackToMonteCarlo() {
        ContingencyTable table = CategoricalCases.get("t3x4_n200").table();
        FisherResult result = Tests.fisherExact(table, FisherOptions.defaults().withWorkspace(1000));
        assertFalse(result.exact());
        assertTrue(result.result().warnings().getFirst().contains("workspace of 1000 work units"));
    }

    static List<Case> tractable() {
        return List.of(CategoricalCases.get("t3x4_sparse"), CategoricalCases.get("t4x4_sparse"),
                CategoricalCases.get("t4x4_n105"), CategoricalCases.get("t2x5_sparse"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tractable")
    void forcedMonteCarloPValueLiesWithinFourStandardErrorsOfTheExactOne(Case c) {
        double exact = Tests.fisher(c.table()).pValue();
        FisherResult simulated = Tests.fisherExact(c.table(), FisherOptions.defaults().simulated().withReplicates(20_000));
        assertFalse(simulated.exact());
        assertTrue(simulated.result().warnings().isEmpty());
        assertEquals(20_000, simulated.replicates());
        assertEquals(Math.sqrt(simulated.result().pValue() * (1 - simulated.result().pValue()) / 20_000),
                simulated.standardError(), 1e-15);
        assertTrue(Math.abs(simulated.result().pValue() - exact) <= 4 * simulated.standardError(),
                () -> "simulated " + simulated.result().pValue() + " exact " + exact + " se " + simulated.standardError());
    }

    @Test
    void monteCarloIsReproducibleForASeedAndVariesWithIt() {
        ContingencyTable table = CategoricalCases.get("t4x4_sparse").table();
        FisherOptions options = FisherOptions.defaults().simulated().withReplicates(5000).withSeed(42);
        assertEquals(Tests.fisherExact(table, options), Tests.fisherExact(table, options));
        assertNotEquals(Tests.fisherExact(table, options).result().pValue(),
                Tests.fisherExact(table, options.withSeed(43)).result().pValue());
        assertTrue(Tests.fisherExact(table, options).result().method().contains("seed 42"));
    }

    @Test
    void patefieldTablesKeepTheMarginsAndAverageToTheExpectedCounts() {
        int[] rows = {7, 3, 12, 1};
        int[] columns = {5, 0, 9, 4, 5};
        FisherMonteCarlo sampler = new FisherMonteCarlo(rows, columns);
        SplittableRandom random = new SplittableRandom(1);
        int draws = 40_000;
        double[][] sum = new double[4][5];
        int[][] table = new int[4][5];
        for (int b = 0; b < draws; b++) {
            sampler.draw(random, table);
            int[] r = new int[4];
            int[] c = new int[5];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 5; j++) {
                    assertTrue(table[i][j] >= 0);
                    r[i] += table[i][j];
                    c[j] += table[i][j];
                    sum[i][j] += table[i][j];
                }
            }
            assertArrayEquals(rows, r);
            assertArrayEquals(columns, c);
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 5; j++) {
                double expected = rows[i] * (double) columns[j] / 23;
                // a cell is hypergeometric: variance below its mean
                double se = Math.sqrt(expected / draws);
                assertEquals(expected, sum[i][j] / draws, 5 * se + 1e-12, "cell " + i + "," + j);
            }
        }
    }

    @Test
    void emptyRowsAndColumnsDoNotChangeTheExactPValueAndAreNamed() {
        // R: fisher.test(x) is the same with and without the empty row (FEXACT skips zero margins)
        Case c = CategoricalCases.get("t3x4_zero_row");
        TestResult result = Tests.fisher(c.table());
        R.assertClose(c.name(), "fisher_p", result.pValue(), 1e-9);
        assertTrue(result.method().endsWith("(1 empty row left out)"), result.method());
        assertEquals(result.pValue(), Tests.fisher(c.table().withoutEmptyRowsAndColumns()).pValue(), 1e-15);
    }

    @Test
    void networkAgreesWithBruteForceEnumerationOnRandomSmallTables() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int k = 0; k < 60; k++) {
            int rows = 2 + random.nextInt(3);
            int columns = 2 + random.nextInt(4);
            int n = 4 + random.nextInt(14);
            long[][] counts = new long[rows][columns];
            for (int m = 0; m < n; m++) {
                counts[random.nextInt(rows)][random.nextInt(columns)]++;
            }
            ContingencyTable table = ContingencyTable.of(counts).withoutEmptyRowsAndColumns();
            if (table.rows() < 2 || table.columns() < 2 || table.rows() == 2 && table.columns() == 2) {
                continue;
            }
            double expected = bruteForce(table.counts());
            double actual = Tests.fisher(table).pValue();
            assertEquals(expected, actual, 1e-12 * expected, table::toString);
        }
    }

    /** Sums P(table) over every table with the margins that is at most P(observed) (1 + 1e-7). */
    private static double bruteForce(long[][] x) {
        int r = x.length;
        int c = x[0].length;
        int[] rows = new int[r];
        int[] columns = new int[c];
        int n = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                rows[i] += (int) x[i][j];
                columns[j] += (int) x[i][j];
                n += (int) x[i][j];
            }
        }
        double[] lf = new double[n + 1];
        for (int k = 2; k <= n; k++) {
            lf[k] = lf[k - 1] + Math.log(k);
        }
        double constant = -lf[n];
        for (int t : rows) {
            constant += lf[t];
        }
        for (int t : columns) {
            constant += lf[t];
        }
        double observed = constant;
        for (long[] row : x) {
            for (long v : row) {
                observed -= lf[(int) v];
            }
        }
        double[] total = {0};
        fill(0, 0, rows.clone(), columns.clone(), constant, observed + Math.log1p(1e-7), lf, total);
        return total[0];
    }

    private static void fill(int i, int j, int[] rowsLeft, int[] columnsLeft, double logP, double limit, double[] lf,
                             double[] total) {
        int r = rowsLeft.length;
        int c = columnsLeft.length;
        if (i == r - 1) {
            double p = logP;
            for (int k = 0; k < c; k++) {
                p -= lf[columnsLeft[k]];
            }
            if (p <= limit) {
                total[0] += Math.exp(p);
            }
            return;
        }
        if (j == c - 1) {
            int v = rowsLeft[i];
            if (v > columnsLeft[j]) {
                return;
            }
            columnsLeft[j] -= v;
            fill(i + 1, 0, rowsLeft, columnsLeft, logP - lf[v], limit, lf, total);
            columnsLeft[j] += v;
            return;
        }
        for (int v = 0; v <= Math.min(rowsLeft[i], columnsLeft[j]); v++) {
            rowsLeft[i] -= v;
            columnsLeft[j] -= v;
            fill(i, j + 1, rowsLeft, columnsLeft, logP - lf[v], limit, lf, total);
            rowsLeft[i] += v;
            columnsLeft[j] += v;
        }
    }

    @Test
    void aTableWithOneNonEmptyColumnHasPOne() {
        TestResult result = Tests.fisher(ContingencyTable.of(new long[][] {{3, 0, 0}, {5, 0, 0}}));
        assertEquals(1, result.pValue());
        assertEquals(1, result.warnings().size());
    }
}
