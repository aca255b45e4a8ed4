package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heading rows: a title above them, a second heading row of wording below the numbers. */
class HeadingRowsTest {

    private final ScreeningSheet sheet = ScreeningSheet.builtIn();

    private List<String> answers() {
        List<String> cells = new ArrayList<>();
        for (Question q : sheet.questions()) {
            cells.add(q.type().isChoice() ? (q.isConditional() ? "" : q.options().getFirst().label().da()) : "40");
        }
        // q12 behaviour_decisive = Ja makes q13 apply; answer it.
        cells.set(12, sheet.require("behaviour_type").options().getFirst().label().da());
        cells.set(17, sheet.require("conviction_type").options().getFirst().label().da());
        cells.set(21, sheet.require("appeals_raised_cost").options().getFirst().label().da());
        return cells;
    }

    private Path write(Path dir, List<List<String>> rows) throws Exception {
        Path file = dir.resolve("cases.csv");
        StringBuilder s = new StringBuilder();
        rows.forEach(r -> s.append(String.join(";", r)).append('\n'));
        Files.writeString(file, s, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void numbersRowFollowedByWordingRowIsOneHeading(@TempDir Path dir) throws Exception {
        List<String> numbers = new ArrayList<>(List.of("Kommune", "Sag nr.", "Dato"));
        List<String> wording = new ArrayList<>(List.of("", "", ""));
        for (Question q : sheet.questions()) {
            numbers.add(Integer.toString(q.number()));
            wording.add(q.text().da());
        }
        List<String> row = new ArrayList<>(List.of("Aarhus", "A1", "01-10-2022"));
        row.addAll(answers());
        LoadResult result = Cases.csv(write(dir, List.of(numbers, wording, row))).load();
        assertEquals(1, result.report().read());
        assertEquals(1, result.report().accepted());
        assertTrue(result.report().isClean(), result.report().problems().toString());
        assertEquals(3, result.cases().records().getFirst().source().row());
    }

    @Test
    void titleRowAboveTheHeadingIsSkipped(@TempDir Path dir) throws Exception {
        List<String> heading = new ArrayList<>(List.of("Kommune", "Sag nr.", "Dato"));
        sheet.questions().forEach(q -> heading.add(q.key()));
        List<String> row = new ArrayList<>(List.of("751", "A1", "2022-10-01"));
        row.addAll(answers());
        LoadResult result = Cases.csv(write(dir, List.of(List.of("Screening af dyre enkeltsager"), List.of(""),
                heading, row))).load();
        assertEquals(1, result.report().accepted());
        assertEquals(4, result.cases().records().getFirst().source().row());
    }

    @Test
    void aDataRowIsNeverMistakenForAHeading(@TempDir Path dir) throws Exception {
        List<String> heading = new ArrayList<>(List.of("Kommune", "Sag nr.", "Dato"));
        sheet.questions().forEach(q -> heading.add(q.key()));
        List<String> row = new ArrayList<>(List.of("Aarhus", "A1", "01-10-2022"));
        row.addAll(answers());
        List<String> second = new ArrayList<>(row);
        second.set(1, "A2");
        LoadResult result = Cases.csv(write(dir, List.of(heading, row, second))).load();
        assertEquals(2, result.report().read());
        assertEquals(2, result.report().accepted());
    }
}
