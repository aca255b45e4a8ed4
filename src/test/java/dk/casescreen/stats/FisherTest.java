package dk.casescreen.stats;

import static dk.casescreen.stats.CategoricalCases.R;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.stats.CategoricalCases.Case;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fisher's exact test of 2 x 2 tables against R 4.2.2 (src/test/R/categorical.R):
 * {@code fisher.test(x, conf.level = level)} for the p-value; for the conditional MLE and the
 * interval, R's own equations (fisher.test's mle(), ncp.L(), ncp.U(): same dhyper densities and
 * tail sums) re-solved with {@code uniroot(tol = 1e-15)} on log(ncp) ({@code fisher_estimate},
 * {@code fisher_low}, {@code fisher_high}), because fisher.test's uniroot stops at about 1e-4.
 * The script checks that those agree with fisher.test's own values within its uniroot tolerance;
 * this test checks it again ({@code fisher_r_*}).
 */
class FisherTest {

    static List<Case> twoByTwo() {
        return CategoricalCases.twoByTwo();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoByTwo")
    void pValueMatchesFisherTest(Case c) {
        TestResult result = Tests.fisher(c.table());
        R.assertClose(c.name(), "fisher_p", result.pValue(), 1e-9);
        R.assertClose(c.name(), "fisher_p_enumerated", result.pValue(), 1e-9);
        assertEquals(Alternative.TWO_SIDED, result.alternative());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoByTwo")
    void oddsRatioAndIntervalMatchRsEquationsToFullPrecision(Case c) {
        TestResult result = Tests.oddsRatioExact(c.table(), c.level());
        R.assertClose(c.name(), "fisher_p", result.pValue(), 1e-9);
        R.assertClose(c.name(), "fisher_estimate", result.estimate(), 1e-9);
        R.assertClose(c.name(), "fisher_low", result.confLow(), 1e-9);
        R.assertClose(c.name(), "fisher_high", result.confHigh(), 1e-9);
        assertEquals(c.level(), result.confLevel());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoByTwo")
    void oddsRatioAndIntervalAgreeWithFisherTestWithinItsUnirootTolerance(Case c) {
        TestResult result = Tests.oddsRatioExact(c.table(), c.level());
        assertWithinUniroot(R.value(c.name(), "fisher_r_estimate"), result.estimate());
        assertWithinUniroot(R.value(c.name(), "fisher_r_low"), result.confLow());
        assertWithinUniroot(R.value(c.name(), "fisher_r_high"), result.confHigh());
    }

    /** fisher.test solves for ncp in (0, 1) or for 1 / ncp in (0, 1) with uniroot's default tol of about 1.2e-4. */
    private static void assertWithinUniroot(double r, double actual) {
        if (!Double.isFinite(r) || r == 0) {
            assertEquals(r, actual);
        } else if (r <= 1) {
            assertEquals(r, actual, 5e-4);
        } else {
            assertEquals(1 / r, 1 / actual, 5e-4);
        }
    }

    @Test
    void zeroCellGivesEstimateZeroOrInfinityAsR() {
        // R: fisher.test(matrix(c(0, 7, 5, 3), 2, byrow = TRUE)): odds ratio 0, interval [0, 0.879...]
        TestResult zero = Tests.fisher(CategoricalCases.get("t2x2_zero_cell_or_0").table());
        assertEquals(0, zero.estimate());
        assertEquals(0, zero.confLow());
        TestResult infinite = Tests.fisher(CategoricalCases.get("t2x2_zero_cell_or_inf").table());
        assertEquals(Double.POSITIVE_INFINITY, infinite.estimate());
        assertEquals(Double.POSITIVE_INFINITY, infinite.confHigh());
    }

    @Test
    void emptyRowGivesPOneAndRsDegenerateEstimateWithAWarning() {
        TestResult result = Tests.fisher(CategoricalCases.get("t2x2_zero_row").table());
        assertEquals(1, result.pValue());
        assertEquals(0, result.estimate());
        assertEquals(0, result.confLow());
        assertEquals(Double.POSITIVE_INFINITY, result.confHigh());
        assertEquals(1, result.warnings().size());
    }

    @Test
    void methodNamesTheEstimateAndTheLevel() {
        TestResult result = Tests.oddsRatioExact(CategoricalCases.get("t2x2_level_90").table(), 0.9);
        assertTrue(result.method().contains("conditional maximum likelihood odds ratio"), result.method());
        assertTrue(result.method().contains("90%"), result.method());
        assertFalse(result.method().contains("simulated"));
    }

    @Test
    void exactOddsRatioNeedsATwoByTwoTable() {
        assertThrows(IllegalArgumentException.class,
                () -> Tests.oddsRatioExact(CategoricalCases.get("t2x3_tiny_n5").table()));
        assertThrows(IllegalArgumentException.class,
                () -> Tests.oddsRatioExact(CategoricalCases.get("t2x2_basic").table(), 1.0));
    }
}
