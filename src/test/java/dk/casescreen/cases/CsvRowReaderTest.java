package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte-level reader splits rows exactly as a plain character-by-character reading of the text does. */
class CsvRowReaderTest {

    @TempDir
    Path dir;

    /** The rules the reader follows, one character at a time: the reference to compare with. */
    private static List<List<String>> reference(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(cells);
                cells = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    /** The rows' cells, checking on the way that a cell's id in its column always stands for one text, never blank. */
    private List<List<String>> read(Path file) {
        List<List<String>> rows = new ArrayList<>();
        java.util.Map<String, String> textOfId = new java.util.HashMap<>();
        try (CsvRowReader reader = CsvRowReader.open(file, "x.csv", new InputLimits(2L << 30, 10_000_000, 16_384, 5_000_000, 1L << 30, 200))) {
            for (RawRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(List.of(row.cells()));
                assertEquals(rows.size(), row.number());
                for (int c = 0; c < row.cells().length; c++) {
                    if (row.id(c) != CellCache.NONE) {
                        String cell = row.cells()[c];
                        assertEquals(false, dk.casescreen.sheet.Tokens.isBlank(cell), "a numbered cell is not blank");
                        assertEquals(cell, textOfId.computeIfAbsent(c + ":" + row.id(c), k -> cell), "the text of id " + c + ":" + row.id(c));
                    }
                }
            }
            assertNull(reader.next());
        }
        return rows;
    }

    private static String randomText(Random random, int rows) {
        String[] pieces = {"Ja", "Nej", "Ved ikke", "æøå", "Ærø – 2,5 mio. kr.", "😀", "\"", "\"\"", ";", "\n", "\r\n", "\r",
                " ", "S-0001", "x".repeat(70_000 / 10)};
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            int cells = 1 + random.nextInt(6);
            for (int c = 0; c < cells; c++) {
                if (c > 0) {
                    s.append(';');
                }
                int n = random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    s.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            s.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return s.toString();
    }

    @Test
    void splitsLikeTheCharacterByCharacterRules() throws Exception {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            String text = "a;b;c\n" + randomText(random, 50 + random.nextInt(400));
            Charset charset = trial % 4 == 3 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
            if (charset != StandardCharsets.UTF_8) {
                text = text.replace("😀", "").replace("–", "-");
            }
            Path file = Files.write(dir.resolve("t" + trial + ".csv"), text.getBytes(charset));
            List<List<String>> expected = reference(text, ';');
            List<List<String>> actual = read(file);
            assertEquals(expected.size(), actual.size(), "rows, trial " + trial);
            for (int r = 0; r < expected.size(); r++) {
                assertArrayEquals(expected.get(r).toArray(), actual.get(r).toArray(), "trial " + trial + ", row " + (r + 1));
            }
        }
    }

    @Test
    void repeatedCellsShareTheirText() throws Exception {
        Path file = Files.writeString(dir.resolve("r.csv"), "a;b\nJa;Nej\nJa;Nej\n");
        try (CsvRowReader reader = CsvRowReader.open(file, "r.csv", InputLimits.DEFAULT)) {
            reader.next();
            RawRow first = reader.next();
            RawRow second = reader.next();
            assertEquals("Ja", first.cells()[0]);
            assertEquals(first.cells()[0], second.cells()[0]);
            org.junit.jupiter.api.Assertions.assertSame(first.cells()[1], second.cells()[1]);
            assertEquals(first.id(1), second.id(1));
            org.junit.jupiter.api.Assertions.assertNotEquals(CellCache.NONE, first.id(0));
        }
    }

    @Test
    void theCellLimitCountsCharactersNotBytes() throws Exception {
        InputLimits ten = new InputLimits(2L << 30, 10, 16_384, 5_000_000, 1L << 30, 200);
        for (String cell : List.of("æ".repeat(10), "😀".repeat(5), "x".repeat(10), "\"" + "æ".repeat(10) + "\"")) {
            Path ok = Files.writeString(dir.resolve("ok.csv"), "a;b\n" + cell + ";1\n");
            try (CsvRowReader reader = CsvRowReader.open(ok, "ok.csv", ten)) {
                reader.next();
                assertEquals(cell.replace("\"", ""), reader.next().cells()[0]);
            }
        }
        for (String cell : List.of("æ".repeat(11), "😀".repeat(5) + "x", "x".repeat(11), "\"" + "æ".repeat(11), "\"æ" + "x".repeat(100_000))) {
            Path bad = Files.writeString(dir.resolve("bad.csv"), "a;b\n" + cell + ";1\n");
            try (CsvRowReader reader = CsvRowReader.open(bad, "bad.csv", ten)) {
                reader.next();
                CaseLoadException e = org.junit.jupiter.api.Assertions.assertThrows(CaseLoadException.class, reader::next);
                assertEquals(2, e.problem().location().row());
                assertEquals(java.util.Optional.of("1"), e.problem().location().column());
            }
        }
    }

    @Test
    void theRowsBeforeABadOneComeFirstThenItsErrorAlsoReadAhead() throws Exception {
        InputLimits limits = new InputLimits(2L << 30, 100, 3, 2_000, 1L << 30, 200);
        StringBuilder text = new StringBuilder("a;b\n");
        for (int r = 2; r <= 1_500; r++) {
            text.append("Ja;").append(r).append('\n');
        }
        // a cell too long; a row of four cells, one more than the limit of three (the last cell ended by the
        // line break counts too); more than 2,000 rows
        List<String> files = List.of(text + "x".repeat(101) + ";1\nJa;1\n", text + "1;2;3;4\nJa;1\n", text.toString().repeat(2));
        List<Long> badRows = List.of(1_501L, 1_501L, 2_001L);
        for (int f = 0; f < files.size(); f++) {
            Path file = Files.writeString(dir.resolve("b" + f + ".csv"), files.get(f));
            for (boolean ahead : new boolean[] {false, true}) {
                long rows = 0;
                RowReader reader = CsvRowReader.open(file, "b.csv", limits);
                try (RowReader r = ahead ? new PrefetchingRowReader(reader) : reader) {
                    CaseLoadException e = null;
                    try {
                        for (RawRow row = r.next(); row != null; row = r.next()) {
                            rows++;
                            assertEquals(rows, row.number());
                        }
                    } catch (CaseLoadException thrown) {
                        e = thrown;
                    }
                    org.junit.jupiter.api.Assertions.assertNotNull(e, "file " + f);
                    assertEquals(badRows.get(f), e.problem().location().row(), "file " + f);
                }
                assertEquals(badRows.get(f) - 1, rows, "rows before the bad one, file " + f + (ahead ? ", read ahead" : ""));
            }
        }
    }
}
