package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the row parser works out from a cell's id (the option an answer means, its date, that it is not
 * blank) is what it works out from the cell's text: the reference cases with answers spoiled at random
 * (other case, spaces around, blanks of spaces, unknown answers, bands without their unit, answers to
 * questions that do not apply) parse to the same answers and the same problems with the ids the CSV
 * reader gives and with the ids taken away.
 */
class CellIdsTest {

    @TempDir
    Path dir;

    private static final String[] SPOILERS = {"ja", " Ja ", "NEJ", "   ", "Måske", "2,5–3,0", "2,5-3,0 mio", "Ved ikke ", "\u00a0",
        "Mand", "Kvinde", "Udviklingshæmning", "4 eller flere", "01-01-2022", "2022-13-01", "31.12.2021"};

    @Test
    void answersAndProblemsAreTheSameWithAndWithoutIds() throws Exception {
        String text;
        try (InputStream in = ReferenceData.resource("cases.csv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Random random = new Random(11);
        StringBuilder spoiled = new StringBuilder();
        String[] lines = text.split("\n", -1);
        spoiled.append(lines[0]).append('\n');
        for (int copy = 0; copy < 6; copy++) {
            for (int l = 1; l < lines.length; l++) {
                if (lines[l].isEmpty()) {
                    continue;
                }
                String[] cells = lines[l].split(";", -1);
                for (int c = 2; c < cells.length - 1; c++) {
                    if (c != 3 && random.nextInt(12) == 0) {
                        cells[c] = SPOILERS[random.nextInt(SPOILERS.length)];
                    }
                }
                cells[1] = cells[1] + "-" + copy;
                spoiled.append(String.join(";", cells)).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("spoiled.csv"), spoiled.toString());

        List<RawRow> withIds = new ArrayList<>();
        int numbered = 0;
        try (CsvRowReader reader = CsvRowReader.open(file, "spoiled.csv", InputLimits.DEFAULT)) {
            for (RawRow row = reader.next(); row != null; row = reader.next()) {
                withIds.add(row);
                for (int c = 0; c < row.cells().length; c++) {
                    numbered += row.id(c) != CellCache.NONE ? 1 : 0;
                }
            }
        }
        assertTrue(numbered > withIds.size() * 30, "most cells have ids: " + numbered);
        List<RawRow> withoutIds = withIds.stream().map(r -> new RawRow(r.number(), r.cells().clone())).toList();

        Parsed a = parse(withIds);
        Parsed b = parse(withoutIds);
        for (int i = 0; i < Math.min(a.problems().size(), b.problems().size()); i++) {
            assertEquals(b.problems().get(i), a.problems().get(i), "problem " + i);
        }
        assertEquals(b.problems().size(), a.problems().size());
        assertEquals(b.records().size, a.records().size);
        for (dk.casescreen.sheet.Question q : ScreeningSheet.builtIn().questions()) {
            String key = q.key();
            AnswerColumn x = a.records().answers(key);
            AnswerColumn y = b.records().answers(key);
            for (int i = 0; i < y.size(); i++) {
                assertEquals(y.option(i), x.option(i), key + ", record " + i);
                if (y.option(i) == AnswerColumn.NUMBER) {
                    assertEquals(y.number(i), x.number(i), key + ", record " + i);
                }
            }
        }
        assertTrue(b.problems().stream().anyMatch(p -> p.contains("UNKNOWN_ANSWER")), "the spoiled answers are problems");
        assertTrue(b.problems().stream().anyMatch(p -> p.contains("INVALID_DATE")), "the spoiled dates are problems");
    }

    private record Parsed(List<String> problems, CaseColumns records) {
    }

    private static Parsed parse(List<RawRow> rows) {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        ReferenceData reference = ReferenceData.builtIn();
        Municipalities registry = Municipalities.of(reference.populations().stream().map(MunicipalityPopulation::municipality).toList());
        Held reader = new Held(rows);
        ColumnLayout layout = ColumnLayout.find(reader, new HeaderResolver(sheet));
        RecordParser parser = new RecordParser(sheet, registry, layout, reader, Set.of(), null);
        CaseColumns.Builder records = new CaseColumns.Builder(sheet, 16);
        List<String> problems = new ArrayList<>();
        for (RawRow row = reader.next(); row != null; row = reader.next()) {
            for (Problem p : parser.parse(row, records)) {
                problems.add(row.number() + " " + p);
            }
        }
        return new Parsed(problems, records.build());
    }

    /** Rows held in memory, as a reader. */
    private static final class Held implements RowReader {
        private final List<RawRow> rows;
        private int next;

        Held(List<RawRow> rows) {
            this.rows = rows;
        }

        @Override
        public RawRow next() {
            return next < rows.size() ? rows.get(next++) : null;
        }

        @Override
        public Location location() {
            return Location.ofFile("spoiled.csv");
        }

        @Override
        public String columnName(int index) {
            return Integer.toString(index + 1);
        }

        @Override
        public void close() {
        }
    }
}
