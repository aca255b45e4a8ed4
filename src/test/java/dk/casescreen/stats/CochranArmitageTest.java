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
 * The Cochran-Armitage trend test against R 4.2.2's {@code prop.trend.test(x, n, score)}
 * (src/test/R/categorical.R), x being row 1 of a 2 x k table or column 1 of a k x 2 table and n
 * the group totals.
 */
class CochranArmitageTest {

    static List<Case> withScores() {
        return CategoricalCases.withScores();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withScores")
    void matchesPropTrendTest(Case c) {
        TestResult result = Tests.cochranArmitage(c.table(), c.scores());
        R.assertClose(c.name(), "trend_statistic", result.statistic(), 1e-9);
        R.assertClose(c.name(), "trend_p", result.pValue(), 1e-9);
        assertEquals(1, result.df());
        assertTrue(result.method().startsWith("Chi-squared Test for Trend in Proportions (Cochran-Armitage, scores "),
                result.method());
    }

    @Test
    void eventsInTheOtherRowOrTheTransposedTableGiveTheSameStatistic() {
        Case c = CategoricalCases.get("trend_2x4_scores");
        long[][] counts = c.table().counts();
        ContingencyTable swapped = ContingencyTable.of(new long[][] {counts[1], counts[0]});
        double statistic = Tests.cochranArmitage(c.table(), c.scores()).statistic();
        assertEquals(statistic, Tests.cochranArmitage(swapped, c.scores()).statistic(), 1e-12 * statistic);
        assertEquals(statistic, Tests.cochranArmitage(c.table().transpose(), c.scores()).statistic(), 1e-12 * statistic);
    }

    @Test
    void defaultScoresAreOneToK() {
        // R: prop.trend.test(c(3, 7, 9, 15), c(30, 30, 30, 30)) uses score = 1:4
        ContingencyTable table = ContingencyTable.of(new long[][] {{3, 7, 9, 15}, {27, 23, 21, 15}});
        assertEquals(Tests.cochranArmitage(table, new double[] {1, 2, 3, 4}), Tests.cochranArmitage(table));
        assertTrue(Tests.cochranArmitage(table).method().endsWith("scores 1, 2, 3, 4)"));
    }

    @Test
    void refusesTablesWithoutTwoOutcomesAndWrongScores() {
        ContingencyTable threeByThree = CategoricalCases.get("t3x3_tiny_n6").table();
        assertThrows(IllegalArgumentException.class, () -> Tests.cochranArmitage(threeByThree));
        ContingencyTable twoByFour = CategoricalCases.get("trend_2x4_scores").table();
        assertThrows(IllegalArgumentException.class, () -> Tests.cochranArmitage(twoByFour, new double[] {1, 2, 3}));
    }

    @Test
    void noEventsGivesNoTest() {
        TestResult result = Tests.cochranArmitage(ContingencyTable.of(new long[][] {{0, 0, 0}, {4, 5, 6}}));
        assertTrue(Double.isNaN(result.pValue()));
        assertEquals(1, result.warnings().size());
    }
}
