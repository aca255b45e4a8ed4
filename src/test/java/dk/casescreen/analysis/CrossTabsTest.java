package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.stats.ContingencyTable;
import dk.casescreen.stats.FisherOptions;
import dk.casescreen.stats.FisherResult;
import dk.casescreen.stats.TestResult;
import dk.casescreen.stats.Tests;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Cross-tabulating the 683 synthetic reference cases: sheet order, exclusions by reason, totals. */
class CrossTabsTest {

    private static final CaseTable CASES = ReferenceData.builtIn().cases();

    private static long count(Predicate<CaseRecord> p) {
        return CASES.records().stream().filter(p).count();
    }

    private static boolean dontKnow(CaseRecord r, String key) {
        return r.code(key).map(code -> CASES.sheet().require(key).isDontKnow(code)).orElse(false);
    }

    private static boolean usable(CaseRecord r, String key, boolean keepDontKnow) {
        return r.answer(key) instanceof Answer.Choice && (keepDontKnow || !dontKnow(r, key));
    }

    @Test
    void keepsTheSheetsOrderAndLeavesOutDontKnow() {
        ContingencyTable table = CrossTabs.of(CASES, "cost_trend", "gender");
        assertEquals(List.of("rising", "unchanged", "falling"), table.rowLabels());
        assertEquals(List.of("male", "female"), table.columnLabels());
        assertEquals("cost_trend", table.rowVariable());
        assertEquals("gender", table.columnVariable());
        ContingencyTable kept = CrossTabs.of(CASES, "cost_trend", "gender", true);
        assertEquals(List.of("rising", "unchanged", "falling", "dont_know"), kept.rowLabels());
        assertEquals(0, kept.rowExclusions().dontKnow());
    }

    @Test
    void countsEveryExclusionByReasonAndVariable() {
        String row = "behaviour_type";
        String column = "use_of_force";
        ContingencyTable table = CrossTabs.of(CASES, row, column);
        for (var e : List.of(table.rowExclusions(), table.columnExclusions())) {
            String key = e.variable();
            assertEquals(count(r -> dontKnow(r, key)), e.dontKnow(), key);
            assertEquals(count(r -> r.answer(key) instanceof Answer.NotAnswered), e.notAnswered(), key);
            assertEquals(count(r -> r.answer(key) instanceof Answer.NotApplicable), e.notApplicable(), key);
        }
        // behaviour_type only applies when behaviour is decisive, and use_of_force has "Ved ikke":
        assertTrue(table.rowExclusions().notApplicable() > 0);
        assertTrue(table.columnExclusions().dontKnow() > 0);
        assertEquals(count(r -> !usable(r, row, false) || !usable(r, column, false)), table.excludedCases());
        assertEquals(CASES.size(), table.n() + table.excludedCases());
    }

    @Test
    void countsAndTotalsAddUpToTheCases() {
        for (boolean keep : new boolean[] {false, true}) {
            ContingencyTable table = CrossTabs.of(CASES, "target_group", "cost_trend", keep);
            assertEquals(CASES.size(), table.n() + table.excludedCases());
            assertEquals(count(r -> usable(r, "target_group", keep) && usable(r, "cost_trend", keep)), table.n());
            assertEquals(table.n(), java.util.Arrays.stream(table.rowTotals()).sum());
            assertEquals(table.n(), java.util.Arrays.stream(table.columnTotals()).sum());
            for (int i = 0; i < table.rows(); i++) {
                String target = table.rowLabels().get(i);
                for (int j = 0; j < table.columns(); j++) {
                    String trend = table.columnLabels().get(j);
                    assertEquals(count(r -> r.code("target_group").filter(target::equals).isPresent()
                            && r.code("cost_trend").filter(trend::equals).isPresent()), table.count(i, j));
                }
            }
        }
    }

    @Test
    void theTablesTestsRun() {
        ContingencyTable table = CrossTabs.of(CASES, "cost_band", "target_group");
        assertEquals(8, table.rows());
        assertEquals(6, table.columns());
        TestResult chi = Tests.chiSquare(table);
        assertEquals(table.withoutEmptyRowsAndColumns().n(), chi.n());
        assertTrue(chi.pValue() >= 0 && chi.pValue() <= 1);
        FisherResult fisher = Tests.fisherExact(table, FisherOptions.defaults().withReplicates(2000));
        assertTrue(fisher.result().pValue() > 0 && fisher.result().pValue() <= 1);
    }

    @Test
    void refusesNumbersAndTheSameQuestionTwice() {
        IllegalArgumentException age = assertThrows(IllegalArgumentException.class,
                () -> CrossTabs.of(CASES, "age", "gender"));
        assertTrue(age.getMessage().contains("age"));
        assertThrows(IllegalArgumentException.class, () -> CrossTabs.of(CASES, "gender", "gender"));
        assertThrows(IllegalArgumentException.class, () -> CrossTabs.of(CASES, "gender", "no_such_question"));
    }
}
