package dk.casescreen.stats;

import static dk.casescreen.stats.CategoricalCases.R;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.casescreen.stats.CategoricalCases.Case;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Binomial intervals against R 4.2.2 (src/test/R/categorical.R):
 * {@code prop.test(x, n, correct = FALSE, conf.level = level)} and
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
    void clopperPearsonMatchesBinomTest(Case c) {
        TestResult result = Intervals.clopperPearson(c.counts()[0], c.counts()[1], c.level());
        R.assertClose(c.name(), "cp_low", result.confLow(), 1e-9);
        R.assertClose(c.name(), "cp_high", result.confHigh(), 1e-9);
        assertEquals((double) c.counts()[0] / c.counts()[1], result.estimate());
    }

    @Test
    void methodsNameTheIntervalAndLevel() {
        assertEquals("Wilson score interval without continuity correction (90%)", Intervals.wilson(3, 8, 0.9).method());
        assertEquals("Clopper-Pearson exact interval (99.5%)", Intervals.clopperPearson(3, 8, 0.995).method());
    }

    @Test
    void refusesImpossibleCountsAndLevels() {
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(4, 3, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(0, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Intervals.clopperPearson(1, 3, 95));
    }
}
