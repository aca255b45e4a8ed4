package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings a load keeps compactly (one prototype per question, a row number per warning) come
 * out of the report located at their own row and column, equal on every call, with the other
 * problems in row order between them.
 */
class CompactProblemsTest {

    @TempDir
    Path dir;

    private final CaseRows rows = new CaseRows(ScreeningSheet.builtIn());

    private Question unconditional(int skip) {
        return rows.sheet().questions().stream().filter(q -> q.condition().isEmpty()).skip(skip).findFirst().orElseThrow();
    }

    private LoadResult load(List<Map<String, String>> data) throws IOException {
        Path file = dir.resolve("cases.csv");
        TableFormat.writeCsv(file, rows.table(data), ';', StandardCharsets.UTF_8, true, "\r\n");
        return Cases.csv(file).named("cases.csv").load();
    }

    @Test
    void blankAnswersAreLocatedAtTheirOwnRowAndColumn() throws IOException {
        Question first = unconditional(0);
        Question second = unconditional(1);
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            data.add(rows.valid(Integer.toString(i + 1), i));
        }
        data.get(1).put(first.key(), "");
        data.get(3).put(second.key(), "");
        data.get(3).put(first.key(), " ");
        data.get(4).put(CaseRows.DATE, "31-02-2022");
        List<String> header = rows.header();
        String firstColumn = Integer.toString(header.indexOf(first.key()) + 1);
        String secondColumn = Integer.toString(header.indexOf(second.key()) + 1);

        List<Problem> problems = load(data).report().problems();

        List<String> seen = problems.stream().map(p -> p.rule() + "@" + p.location().row() + ":" + p.location().column().orElse("")
                + ":" + p.question().orElse("")).toList();
        assertEquals(List.of(
                "MISSING_ANSWER@3:" + firstColumn + ":" + RecordParser.label(first),
                "MISSING_ANSWER@5:" + firstColumn + ":" + RecordParser.label(first),
                "MISSING_ANSWER@5:" + secondColumn + ":" + RecordParser.label(second),
                "INVALID_DATE@6:3:"), seen);
        assertEquals(new Location("cases.csv", Optional.empty(), 5, Optional.of(secondColumn)), problems.get(2).location());
        assertEquals(Rule.MISSING_ANSWER.message(), problems.get(2).message());
    }

    @Test
    void theReportGivesEqualProblemsOnEveryCallAndCannotBeChanged() throws IOException {
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, String> row = rows.valid(Integer.toString(i + 1), i);
            row.put(unconditional(0).key(), "");
            data.add(row);
        }
        List<Problem> problems = load(data).report().problems();
        assertEquals(3, problems.size());
        assertEquals(problems.get(1), problems.get(1));
        assertNotSame(problems.get(1), problems.get(1));
        assertEquals(List.copyOf(problems), problems);
        assertEquals(List.copyOf(problems).hashCode(), problems.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> problems.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> problems.get(3));
    }
}
