package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.casescreen.sheet.ScreeningSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColumnsBuildTest {

    /** A builder of {@code n} records with distinct fields and answers. */
    private static CaseColumns.Builder records(int n) {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        CaseColumns.Builder records = new CaseColumns.Builder(sheet, 16);
        Location file = Location.ofFile("cases.csv");
        for (int i = 0; i < n; i++) {
            records.start(i % 2 == 0 ? "751" : "851", "S-" + i, LocalDate.of(2024, 1, 1).plusDays(i % 300),
                    i % 5 == 0 ? null : BigDecimal.valueOf(2_000_000L + i), i % 7 == 0 ? "note " + i : null, file, i + 2);
            for (int q = 0; q < sheet.questions().size(); q++) {
                var question = sheet.questions().get(q);
                boolean number = !question.type().isChoice();
                records.answers(q).add(number ? AnswerColumn.NUMBER : (i + q) % question.options().size(),
                        number ? question.min() + i % (question.max() - question.min() + 1) : 0);
            }
        }
        return records;
    }

    private static void assertSameColumns(CaseColumns expected, CaseColumns actual) {
        assertEquals(expected.size, actual.size);
        for (int i = 0; i < expected.size; i++) {
            assertEquals(expected.record(i), actual.record(i), "record " + i);
            assertEquals(expected.source(i), actual.source(i), "record " + i);
        }
    }

    @Test
    void aLargeLoadIsBuiltOnAThreadOfItsOwnToTheSameColumns() {
        CaseColumns.Builder records = records(ColumnsBuild.OWN_THREAD_FROM + 17);
        CaseColumns built = new ColumnsBuild(records).get();
        assertSameColumns(records.build(), built);
    }

    @Test
    void aSmallLoadIsBuiltWhenAskedForToTheSameColumns() {
        CaseColumns.Builder records = records(300);
        assertSameColumns(records.build(), new ColumnsBuild(records).get());
    }
}
