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
 * Woolf's odds ratio interval against R 4.2.2 (src/test/R/categorical.R): the group coefficient of
 * {@code glm(cbind(events, nonevents) ~ group, family = binomial, control = glm.control(epsilon = 1e-15))}
 * and its Wald interval {@code exp(coef + c(-1, 1) * qnorm((1 + level) / 2) * se)}, on the counts
 * plus 0.5 when a cell is zero. The script checks that the fit equals the closed form to 1e-10.
 */
class OddsRatioWoolfTest {

    static List<Case> twoByTwo() {
        return CategoricalCases.twoByTwo();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoByTwo")
    void matchesTheLogisticRegressionWaldInterval(Case c) {
        TestResult result = Tests.oddsRatioWoolf(c.table(), c.level());
        R.assertClose(c.name(), "woolf_estimate", result.estimate(), 1e-9);
        R.assertClose(c.name(), "woolf_low", result.confLow(), 1e-9);
        R.assertClose(c.name(), "woolf_high", result.confHigh(), 1e-9);
        assertEquals(c.level(), result.confLevel());
        assertTrue(Double.isNaN(result.pValue()));
    }

    @Test
    void halfIsAddedOnlyWhenACellIsZeroAndTheMethodSaysSo() {
        TestResult plain = Tests.oddsRatioWoolf(CategoricalCases.get("t2x2_basic").table());
        assertEquals(12.0 * 9 / (5 * 3), plain.estimate(), 1e-15);
        assertFalse(plain.method().contains("Haldane"));
        TestResult corrected = Tests.oddsRatioWoolf(CategoricalCases.get("t2x2_zero_cell_or_0").table());
        assertEquals(0.5 * 3.5 / (7.5 * 5.5), corrected.estimate(), 1e-15);
        assertTrue(corrected.method().contains("0.5 added to every cell"), corrected.method());
    }

    @Test
    void needsATwoByTwoTable() {
        assertThrows(IllegalArgumentException.class,
                () -> Tests.oddsRatioWoolf(CategoricalCases.get("t2x3_tiny_n5").table()));
    }
}
