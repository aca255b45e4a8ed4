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
 * the group totals; the signed z against the formula in categorical.R, whose square that script
 * checks against {@code prop.trend.test}'s X-squared, with {@code pnorm(z)} for one-sided p-values.
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("withScores")
    void signedZMatchesRInEveryOrientation(Case c) {
        boolean twoRows = c.table().rows() == 2;
        TrendOrientation first = twoRows ? TrendOrientation.EVENTS_IN_ROW_1 : TrendOrientation.EVENTS_IN_COLUMN_1;
        TrendOrientation second = twoRows ? TrendOrientation.EVENTS_IN_ROW_2 : TrendOrientation.EVENTS_IN_COLUMN_2;
        for (Alternative a : Alternative.values()) {
            for (TrendOrientation o : List.of(first, second)) {
                String side = o == first ? "first" : "second";
                TestResult z = Tests.cochranArmitage(c.table(), c.scores(), o, a);
                R.assertClose(c.name(), "trend_z_" + side, z.statistic(), 1e-9);
                R.assertClose(c.name(), "trend_z_" + side + "_p_" + a.rName(), z.pValue(), 1e-9);
                assertEquals(a, z.alternative());
                assertTrue(Double.isNaN(z.df()));
                assertEquals(c.table().n(), z.n());
            }
            // the transposed table, said so, is the same test
            TrendOrientation transposed = twoRows ? TrendOrientation.EVENTS_IN_COLUMN_1 : TrendOrientation.EVENTS_IN_ROW_1;
            R.assertClose(c.name(), "trend_z_first",
                    Tests.cochranArmitage(c.table().transpose(), c.scores(), transposed, a).statistic(), 1e-9);
        }
        R.assertClose(c.name(), "trend_p",
                Tests.cochranArmitage(c.table(), c.scores(), first, Alternative.TWO_SIDED).pValue(), 1e-9);
    }

    @Test
    void signedZFromCountsIsPropTrendTestsArguments() {
        // R: prop.trend.test(c(9, 4), c(12, 14), c(1, 2)): the share falls from 9/12 to 4/14
        Case c = CategoricalCases.get("trend_2x2_decreasing");
        TestResult z = Tests.cochranArmitage(new long[] {9, 4}, new long[] {12, 14}, new double[] {1, 2},
                Alternative.LESS);
        R.assertClose(c.name(), "trend_z_first", z.statistic(), 1e-9);
        R.assertClose(c.name(), "trend_z_first_p_less", z.pValue(), 1e-9);
        assertTrue(z.statistic() < 0);
        assertEquals("Cochran-Armitage test for trend in proportions (signed z, scores 1, 2)", z.method());
        assertEquals("Cochran-Armitage test for trend in proportions (signed z, events in row 2, scores 1, 2)",
                Tests.cochranArmitage(c.table(), new double[] {1, 2}, TrendOrientation.EVENTS_IN_ROW_2,
                        Alternative.TWO_SIDED).method());
    }

    @Test
    void theOrientationMustFitTheTableAndTheCountsMustBeCounts() {
        ContingencyTable twoByFour = CategoricalCases.get("trend_2x4_scores").table();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tests.cochranArmitage(
                twoByFour, new double[] {1, 2, 3, 4}, TrendOrientation.EVENTS_IN_COLUMN_1, Alternative.TWO_SIDED));
        assertEquals("EVENTS_IN_COLUMN_1 needs a k x 2 table, not a 2 x 4 table", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tests.cochranArmitage(new long[] {5, 3}, new long[] {4, 6},
                new double[] {1, 2}, Alternative.TWO_SIDED));
        assertThrows(IllegalArgumentException.class, () -> Tests.cochranArmitage(new long[] {1, 3}, new long[] {4, 6},
                new double[] {1, 2, 3}, Alternative.TWO_SIDED));
    }

    @Test
    void aTwoByTwoTableGivesTheSameChiSquareWhicheverMarginHoldsTheGroups() {
        Case c = CategoricalCases.get("trend_2x2_decreasing");
        double byColumns = Tests.cochranArmitage(c.table(), new double[] {1, 2}).statistic();
        double byRows = Tests.cochranArmitage(c.table(), new double[] {1, 2}, TrendOrientation.EVENTS_IN_COLUMN_1,
                Alternative.TWO_SIDED).statistic();
        assertEquals(byColumns, byRows * byRows, 1e-12 * byColumns);
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
