package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.CrossTabs;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.ContingencyTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The column store behind a case table says what the records say. */
class CaseTableColumnsTest {

    private static final CaseTable CASES = ReferenceData.builtIn().cases();
    private static final ScreeningSheet SHEET = CASES.sheet();

    @Test
    void everyColumnAgreesWithTheRecords() {
        List<CaseRecord> records = CASES.records();
        for (Question q : SHEET.questions()) {
            AnswerColumn column = CASES.column(q.key());
            assertEquals(CASES.size(), column.size());
            for (int i = 0; i < CASES.size(); i++) {
                CaseRecord r = records.get(i);
                assertEquals(r.answer(q.key()), column.answer(i), q.key());
                assertEquals(r.code(q.key()).orElse(null), column.code(i), q.key());
                int option = column.option(i);
                if (option >= 0) {
                    assertEquals(q.options().get(option).code(), r.code(q.key()).orElseThrow());
                }
            }
        }
        for (int i = 0; i < CASES.size(); i++) {
            assertEquals(records.get(i).municipalityCode(), CASES.municipalityCode(i));
            assertEquals(records.get(i).caseNumber(), CASES.caseNumber(i));
            assertEquals(records.get(i), CASES.record(i));
        }
    }

    @Test
    void aLoadedTableGivesTheSameRecordObjectsOnEveryCall() {
        CaseTable loaded = ReferenceData.builtIn().cases();
        java.util.Set<CaseRecord> byIdentity = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < loaded.size(); i += 2) {
            byIdentity.add(loaded.records().get(i));
        }
        assertTrue(loaded.records() == loaded.records(), "one list");
        long found = loaded.records().stream().filter(byIdentity::contains).count();
        assertEquals((loaded.size() + 1) / 2, found, "a set of records by identity finds them again");
        assertTrue(loaded.record(4) == loaded.records().get(4));
        assertEquals(byIdentity.size(), loaded.filter(byIdentity::contains).size());
    }

    @Test
    void recordsOfTwoLoadsOfTheSameFileAreEqualByValue() {
        List<CaseRecord> first = ReferenceData.builtIn().cases().records();
        List<CaseRecord> second = ReferenceData.builtIn().cases().records();
        assertTrue(first.getFirst() != second.getFirst(), "two loads make their own records");
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(new java.util.HashSet<>(first), new java.util.HashSet<>(second));
    }

    @Test
    void aTableRebuiltFromItsRecordsIsTheSame() {
        List<CaseRecord> copy = List.copyOf(CASES.records());
        CaseTable rebuilt = new CaseTable(SHEET, copy);
        assertEquals(copy, rebuilt.records());
        assertEquals(CASES.records(), rebuilt.records());
        assertEquals(CASES.table().toString(), rebuilt.table().toString());
        for (Question q : SHEET.questions()) {
            assertEquals(CASES.frequencies(q.key()).toString(), rebuilt.frequencies(q.key()).toString());
        }
    }

    @Test
    void filteringKeepsOrderAndRecords() {
        CaseTable men = CASES.filter(r -> r.code("gender").filter("male"::equals).isPresent());
        List<CaseRecord> expected = CASES.records().stream().filter(r -> r.code("gender").filter("male"::equals).isPresent()).toList();
        assertEquals(expected, men.records());
        AnswerColumn gender = CASES.column("gender");
        assertEquals(expected, CASES.rows(i -> gender.option(i) == 0).records());
    }

    private static CaseRecord withAnswer(CaseRecord r, String key, Answer answer) {
        Map<String, Answer> answers = new HashMap<>(r.answers());
        answers.put(key, answer);
        return new CaseRecord(r.municipalityCode(), r.caseNumber(), r.screeningDate(), r.annualCost(), r.remark(),
                answers, r.source());
    }

    @Test
    void answersThatAreNoneOfTheOptionsAreKeptAsGiven() {
        List<CaseRecord> records = new ArrayList<>(CASES.records().subList(0, 20));
        records.set(3, withAnswer(records.get(3), "gender", new Answer.Choice("unknown_code")));
        records.set(5, withAnswer(records.get(5), "gender", new Answer.WholeNumber(7)));
        records.set(6, withAnswer(records.get(6), "age", new Answer.Choice("old")));
        CaseTable odd = new CaseTable(SHEET, records);
        assertEquals(AnswerColumn.OTHER, odd.column("gender").option(3));
        assertEquals(new Answer.Choice("unknown_code"), odd.column("gender").answer(3));
        assertEquals("unknown_code", odd.column("gender").code(3));
        assertEquals(new Answer.WholeNumber(7), odd.column("gender").answer(5));
        assertNull(odd.column("gender").code(5));
        assertEquals(AnswerColumn.OTHER, odd.column("age").option(6));
        assertEquals(new Answer.Choice("old"), odd.column("age").answer(6));
        assertEquals(records, odd.records());
        assertEquals(records.subList(3, 6), odd.select(new int[] {3, 4, 5}).records());
        assertEquals(new Answer.WholeNumber(7), odd.select(new int[] {3, 4, 5}).column("gender").answer(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossTabs.of(odd, "gender", "provider_type"));
        assertTrue(e.getMessage().contains("'unknown_code' is not an answer"), e.getMessage());
    }

    @Test
    void aRecordWithoutSomeAnswersCountsThemAsNotAnswered() {
        CaseRecord first = CASES.records().get(0);
        Map<String, Answer> fewer = new HashMap<>(first.answers());
        fewer.remove("gender");
        CaseRecord r = new CaseRecord(first.municipalityCode(), first.caseNumber(), Optional.empty(), Optional.empty(),
                Optional.empty(), fewer, first.source());
        CaseTable one = new CaseTable(SHEET, List.of(r));
        assertEquals(AnswerColumn.NOT_ANSWERED, one.column("gender").option(0));
        assertEquals(List.of(r), one.records());
    }
}
