package dk.casescreen.stats;

import static dk.casescreen.stats.CategoricalCases.R;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.stats.CategoricalCases.Case;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pearson's chi-squared test and Cramér's V against R 4.2.2 (src/test/R/categorical.R):
 * {@code chisq.test(x, correct = FALSE)}, {@code chisq.test(x)} and
 * {@code sqrt(chisq.test(x, correct = FALSE)$statistic / (sum(x) * (min(dim(x)) - 1)))}, with
 * empty rows and columns dropped from x first.
 */
class ChiSquareTest {

    static List<Case> tables() {
        return CategoricalCases.tables();
    }

    private static boolean untestable(Case c) {
        return Double.isNaN(R.value(c.name(), "chi_p"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void matchesChisqTestWithoutCorrection(Case c) {
        TestResult result = Tests.chiSquare(c.table(), false);
        if (untestable(c)) {
            assertTrue(Double.isNaN(result.pValue()) && Double.isNaN(result.statistic()));
            return;
        }
        R.assertClose(c.name(), "chi_statistic", result.statistic(), 1e-9);
        R.assertClose(c.name(), "chi_df", result.df(), 0);
        R.assertClose(c.name(), "chi_p", result.pValue(), 1e-9);
        assertEquals(R.value(c.name(), "chi_warning") == 1, result.warnings().contains(PearsonChiSquare.SMALL_EXPECTED),
                () -> result.warnings().toString());
        assertFalse(result.method().contains("Yates"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void matchesChisqTestWithItsDefaultContinuityCorrection(Case c) {
        TestResult result = Tests.chiSquare(c.table());
        if (untestable(c)) {
            assertTrue(Double.isNaN(result.pValue()));
            return;
        }
        R.assertClose(c.name(), "yates_statistic", result.statistic(), 1e-9);
        R.assertClose(c.name(), "yates_p", result.pValue(), 1e-9);
        assertEquals(R.value(c.name(), "yates_applied") == 1, result.method().contains("with Yates' continuity correction"),
                result.method());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void cramersVMatchesR(Case c) {
        TestResult result = Tests.cramersV(c.table());
        if (untestable(c)) {
            assertTrue(Double.isNaN(result.estimate()));
            return;
        }
        R.assertClose(c.name(), "cramers_v", result.estimate(), 1e-9);
        R.assertClose(c.name(), "chi_statistic", result.statistic(), 1e-9);
        R.assertClose(c.name(), "chi_p", result.pValue(), 1e-9);
        assertTrue(result.method().startsWith("Cramér's V (from Pearson's Chi-squared test"), result.method());
    }

    @Test
    void yatesCorrectionNeverExceedsTheSmallestDeviation() {
        // R: chisq.test(matrix(c(5, 5, 5, 6), 2, byrow = TRUE)) gives X-squared = 0 and p = 1,
        // because min(0.5, abs(x - E)) equals every |O - E| in a 2 x 2 table.
        TestResult result = Tests.chiSquare(CategoricalCases.get("t2x2_yates_below_half").table());
        assertEquals(0, result.statistic());
        assertEquals(1, result.pValue());
    }

    @Test
    void saysWhichEmptyRowsAndColumnsWereLeftOut() {
        TestResult row = Tests.chiSquare(CategoricalCases.get("t3x4_zero_row").table());
        assertEquals("Pearson's Chi-squared test (1 empty row left out)", row.method());
        assertEquals(3, row.df());
        TestResult column = Tests.chiSquare(CategoricalCases.get("t3x3_zero_column").table());
        assertEquals("Pearson's Chi-squared test (1 empty column left out)", column.method());
    }

    @Test
    void aTableWithOneNonEmptyRowHasNoTest() {
        TestResult result = Tests.chiSquare(ContingencyTable.of(new long[][] {{0, 0}, {4, 6}}));
        assertTrue(Double.isNaN(result.pValue()));
        assertEquals(1, result.warnings().size());
        assertEquals(10, result.n());
    }
}
