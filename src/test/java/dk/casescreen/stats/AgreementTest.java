package dk.casescreen.stats;

import static dk.casescreen.stats.PairedCases.R;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.stats.PairedCases.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cohen's kappa against R 4.2.2 (src/test/R/paired.R): kappa, the non-null and null standard errors of
 * Fleiss, Cohen &amp; Everitt (1969) by their formulas (as vcd::Kappa and psych::cohen.kappa compute them),
 * the Wald interval with {@code qnorm((1 + level) / 2)}, z = kappa / ASE0 and {@code 2 * pnorm(-abs(z))}.
 */
class AgreementTest {

    private static final double TOLERANCE = 1e-9;

    static List<Table> tables() {
        return PairedCases.tables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void kappaMatchesTheFleissCohenEverittFormulasInR(Table t) {
        TestResult result = Agreement.cohensKappa(t.counts(), t.level());
        R.assertClose(t.name(), "kappa_estimate", result.estimate(), TOLERANCE);
        R.assertClose(t.name(), "kappa_low", result.confLow(), TOLERANCE);
        R.assertClose(t.name(), "kappa_high", result.confHigh(), TOLERANCE);
        R.assertClose(t.name(), "kappa_statistic", result.statistic(), TOLERANCE);
        R.assertClose(t.name(), "kappa_p", result.pValue(), TOLERANCE);
        R.assertClose(t.name(), "kappa_ase", Agreement.kappaStandardError(t.counts()), TOLERANCE);
        assertEquals(t.level(), result.confLevel());
        assertEquals(SquareTables.total(t.counts()), result.n());
        assertTrue(Double.isNaN(result.df()));
    }

    @Test
    void perfectAgreementGivesKappaOneWithAZeroStandardError() {
        long[][] table = PairedCases.table("t3_all_diagonal").counts();
        TestResult result = Agreement.cohensKappa(table, 0.95);
        assertEquals(1, result.estimate(), 1e-15);
        assertEquals(0, Agreement.kappaStandardError(table));
        assertEquals(result.estimate(), result.confLow());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void kappaIsUndefinedWhenBothRatingsUseOneCategory() {
        TestResult result = Agreement.cohensKappa(PairedCases.table("t3_one_category").counts(), 0.95);
        assertTrue(Double.isNaN(result.estimate()) && Double.isNaN(result.pValue()), result::toString);
        assertEquals(List.of(Agreement.ONE_CATEGORY), result.warnings());
        TestResult empty = Agreement.cohensKappa(new long[2][2], 0.95);
        assertEquals(List.of(Agreement.NO_OBSERVATIONS), empty.warnings());
        assertTrue(Double.isNaN(empty.estimate()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void swappingTheRatingsKeepsKappaAndItsStandardErrors(Table t) {
        TestResult original = Agreement.cohensKappa(t.counts(), 0.95);
        TestResult swapped = Agreement.cohensKappa(t.transposed(), 0.95);
        for (double[] pair : new double[][] {{original.estimate(), swapped.estimate()},
                {original.confLow(), swapped.confLow()}, {original.statistic(), swapped.statistic()}}) {
            if (Double.isNaN(pair[0])) {
                assertTrue(Double.isNaN(pair[1]));
            } else {
                assertEquals(pair[0], pair[1], 1e-12 * Math.max(1, Math.abs(pair[0])));
            }
        }
    }

    @Test
    void theIntervalIsSymmetricAroundKappaAndWidensWithTheLevel() {
        long[][] table = PairedCases.table("t4_n105").counts();
        TestResult narrow = Agreement.cohensKappa(table, 0.8);
        TestResult wide = Agreement.cohensKappa(table, 0.99);
        assertEquals(narrow.estimate() - narrow.confLow(), narrow.confHigh() - narrow.estimate(), 1e-12);
        assertTrue(wide.confLow() < narrow.confLow() && wide.confHigh() > narrow.confHigh());
        assertEquals(narrow.pValue(), wide.pValue());
    }

    @Test
    void badInputFailsNamingTheValue() {
        var level = assertThrows(IllegalArgumentException.class, () -> Agreement.cohensKappa(new long[][] {{1, 2}, {3, 4}}, 1.5));
        assertTrue(level.getMessage().contains("1.5"), level.getMessage());
        var negative = assertThrows(IllegalArgumentException.class,
                () -> Agreement.kappaStandardError(new long[][] {{1, -2}, {3, 4}}));
        assertTrue(negative.getMessage().contains("row 1, column 2 is -2"), negative.getMessage());
        var square = assertThrows(IllegalArgumentException.class,
                () -> Agreement.cohensKappa(new long[][] {{1, 2, 3}, {3, 4, 5}}, 0.95));
        assertTrue(square.getMessage().contains("row 1 has 3 columns"), square.getMessage());
    }
}
