package dk.casescreen.stats;

import static dk.casescreen.stats.CategoricalCases.R;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.stats.CategoricalCases.Case;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Binomial intervals against R 4.2.2 (src/test/R/categorical.R):
 * {@code prop.test(x, n, correct = FALSE, conf.level = level)},
 * {@code prop.test(x, n, correct = TRUE, conf.level = level)} and
 * {@code binom.test(x, n, conf.level = level)}.
 */
class IntervalsTest {

    static List<Case> binomials() {
        return CategoricalCases.binomials();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binomials")
    void wilsonMatchesPropTestWithoutCorrection(Case c) {
        TestResult result = Intervals.wilson(c.counts()[0], c.counts()[1], c.level());
        R.assertClose(c.name(), "wilson_estimate", result.estimate(), 1e-9);
        R.assertClose(c.name(), "wilson_low", result.confLow(), 1e-9);
        R.assertClose(c.name(), "wilson_high", result.confHigh(), 1e-9);
        assertEquals(c.level(), result.confLevel());
        assertEquals(c.counts()[1], result.n());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binomials")
    void wilsonMatchesPropTestWithContinuityCorrection(Case c) {
        TestResult result = Intervals.wilson(c.counts()[0], c.counts()[1], c.level(), true);
        R.assertClose(c.name(), "wilson_estimate", result.estimate(), 1e-9);
        R.assertClose(c.name(), "wilson_cc_low", result.confLow(), 1e-9);
        R.assertClose(c.name(), "wilson_cc_high", result.confHigh(), 1e-9);
        assertEquals(c.level(), result.confLevel());
        assertEquals(c.counts()[1], result.n());
    }

    @Test
    void theCorrectedIntervalContainsTheUncorrectedOneAndEqualsItAtHalf() {
        for (long[] xn : new long[][] {{0, 7}, {1, 7}, {3, 7}, {4, 9}, {6, 7}, {7, 7}, {50, 683}}) {
            TestResult plain = Intervals.wilson(xn[0], xn[1], 0.95);
            TestResult corrected = Intervals.wilson(xn[0], xn[1], 0.95, true);
            assertTrue(corrected.confLow() <= plain.confLow() && corrected.confHigh() >= plain.confHigh(),
                    xn[0] + " of " + xn[1]);
        }
        // R: prop.test(5, 10)$conf.int equals prop.test(5, 10, correct = FALSE)$conf.int (YATES = |x - n/2| = 0)
        assertEquals(Intervals.wilson(5, 10, 0.95).confLow(), Intervals.wilson(5, 10, 0.95, true).confLow());
        assertEquals(Intervals.wilson(3, 8, 0.9), Intervals.wilson(3, 8, 0.9, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binomials")
    void clopperPearsonMatchesBinomTest(Case c) {
        TestResult result = Intervals.clopperPearson(c.counts()[0], c.counts()[1], c.level());
        R.assertClose(c.name(), "cp_low", result.confLow(), 1e-9);
        R.assertClose(c.name(), "cp_high", result.confHigh(), 1e-9);
        assertEquals((double) c.counts()[0] / c.counts()[1], result.estimate());
    }

    @Test
    void methodsNameTheIntervalAndLevel() {
        assertEquals("Wilson score interval without continuity correction (90%)", Intervals.wilson(3, 8, 0.9).method());
        assertEquals("Wilson score interval with continuity correction (95%)",
                Intervals.wilson(3, 8, 0.95, true).method());
        assertEquals("Clopper-Pearson exact interval (99.5%)", Intervals.clopperPearson(3, 8, 0.995).method());
    }

    @Test
    void refusesImpossibleCountsAndLevels() {
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(4, 3, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(0, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Intervals.clopperPearson(1, 3, 95));
    }
}
