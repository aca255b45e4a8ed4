package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tolerant where people are predictable, strict elsewhere (issue 17, point 4), in CSV, Excel and
 * JSON alike: dash variants are equal, a cost band typed without its unit is read when exactly one
 * option matches (and noted once per column), an ambiguous one is an error naming the candidates,
 * and a near miss of a municipality name is rejected with a suggestion, never read as it.
 */
class TolerantInputTest {

    @TempDir
    Path dir;

    private final ScreeningSheet sheet = ScreeningSheet.builtIn();
    private final CaseRows rows = new CaseRows(sheet);

    private LoadResult load(TableFormat format, ScreeningSheet definition, List<Map<String, String>> data)
            throws IOException {
        Path file = format.write(dir, "cases", rows.table(data));
        return format.loader(file).screeningSheet(definition).load();
    }

    private LoadResult loadBands(TableFormat format, String... typed) throws IOException {
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < typed.length; i++) {
            Map<String, String> row = rows.valid(Integer.toString(i + 1), 0);
            row.put("cost_band", typed[i]);
            data.add(row);
        }
        return load(format, sheet, data);
    }

    private static String band(LoadResult result, String caseNumber) {
        CaseRecord r = result.cases().records().stream().filter(c -> c.caseNumber().equals(caseNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseNumber + " not accepted: " + result.report().problems()));
        return ((Answer.Choice) r.answer("cost_band")).code();
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void everyDashInABandIsReadAsTheBandWithoutANote(TableFormat format) throws IOException {
        LoadResult result = loadBands(format, "2,0-2,5 mio. kr.", "2,0\u22122,5 mio. kr.", "2,0\u20112,5 mio. kr.",
                "2,0\u20142,5 mio. kr.", "2,0\u20102,5 mio. kr.");

        assertEquals(List.of(), result.report().problems());
        for (int i = 1; i <= 5; i++) {
            assertEquals("band_2_0_2_5", band(result, Integer.toString(i)));
        }
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void aBandWithoutItsUnitIsReadAndNotedOnceInDanishAndEnglish(TableFormat format) throws IOException {
        LoadResult result = loadBands(format, "over 10", "2,0-2,5", "Over 10", "2,5 - 3,0 mio", "over 10");

        assertEquals(5, result.cases().size());
        assertEquals(0, result.report().rejected());
        assertEquals(List.of("band_over_10", "band_2_0_2_5", "band_over_10", "band_2_5_3_0", "band_over_10"),
                List.of(band(result, "1"), band(result, "2"), band(result, "3"), band(result, "4"), band(result, "5")));
        assertEquals(1, result.report().problems().size(), () -> "one note for the column: " + result.report().problems());
        Problem p = result.report().problems().getFirst();
        assertAll(
                () -> assertEquals(Rule.ANSWER_READ_AS, p.rule()),
                () -> assertEquals(Severity.WARNING, p.severity()),
                () -> assertEquals(Optional.of("q3 cost_band"), p.question()),
                () -> assertEquals(Optional.of("over 10"), p.value()),
                () -> assertEquals(format.rowOf(0), p.location().row()),
                () -> assertEquals("'over 10' er læst som 'Over 10 mio. kr.'; det nævnes kun første gang i kolonnen."
                        + " Skriv gerne svaret, som det står i skemaet", p.message().da()),
                () -> assertEquals("'over 10' was read as 'Over 10 mio. kr.'; this is noted only the first time in the"
                        + " column. Preferably write the answer as the sheet has it", p.message().en()));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void aBandWithoutUnitThatMatchesNoOptionIsStillAnUnknownAnswer(TableFormat format) throws IOException {
        LoadResult result = loadBands(format, "over 11");

        assertEquals(0, result.cases().size());
        Problem p = result.report().problems().getFirst();
        assertEquals(Rule.UNKNOWN_ANSWER, p.rule());
        assertEquals(Optional.of("over 11"), p.value());
        assertTrue(p.message().da().startsWith("'over 11' er ikke et af svarene: Under 2,0 mio. kr."), p.message().da());
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void aBandWithoutUnitThatReadsLikeTwoOptionsIsAnErrorNamingBoth(TableFormat format) throws IOException {
        String json = Files.readString(Path.of("data-schema/screening-sheet.json"))
                .replace("\"da\": \"2,5–3,0 mio. kr.\"", "\"da\": \"2,0–2,5 kr.\"");
        Path definition = dir.resolve("ambiguous-sheet.json");
        Files.writeString(definition, json);
        ScreeningSheet ambiguous = ScreeningSheet.load(definition);
        Map<String, String> row = new CaseRows(ambiguous).valid("1", 0);
        row.put("cost_band", "2,0-2,5");

        LoadResult result = load(format, ambiguous, List.of(row));

        assertEquals(0, result.cases().size());
        assertEquals(1, result.report().rejected());
        assertEquals(1, result.report().problems().size(), () -> "problems: " + result.report().problems());
        Problem p = result.report().problems().getFirst();
        assertAll(
                () -> assertEquals(Rule.AMBIGUOUS_ANSWER, p.rule()),
                () -> assertEquals(Severity.ERROR, p.severity()),
                () -> assertEquals(Optional.of("2,0-2,5"), p.value()),
                () -> assertEquals(format.rowOf(0), p.location().row()),
                () -> assertEquals("'2,0-2,5' kan være flere af svarene: 2,0–2,5 mio. kr. eller 2,0–2,5 kr.;"
                        + " skriv svaret helt, som det står i skemaet", p.message().da()),
                () -> assertEquals("'2,0-2,5' could be more than one of the answers: 2.0–2.5 mio. kr. or 2.5–3.0 mio. kr.;"
                        + " write the answer in full, as the sheet has it", p.message().en()));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void aNearMissOfAMunicipalityIsRejectedWithASuggestion(TableFormat format) throws IOException {
        Map<String, String> aarhus = rows.valid("1", 0);
        aarhus.put(CaseRows.MUNICIPALITY, "Århus");
        Map<String, String> copenhagen = rows.valid("2", 0);
        copenhagen.put(CaseRows.MUNICIPALITY, "Kobenhavn");

        LoadResult result = load(format, sheet, List.of(aarhus, copenhagen));

        assertEquals(0, result.cases().size(), "a suggestion is never read as the municipality");
        assertEquals(2, result.report().rejected());
        List<Problem> problems = result.report().problems();
        assertEquals(List.of(Rule.UNKNOWN_MUNICIPALITY, Rule.UNKNOWN_MUNICIPALITY), problems.stream().map(Problem::rule).toList());
        assertEquals("'Århus' er hverken navn eller kode på en kendt kommune; mente du Aarhus?", problems.get(0).message().da());
        assertEquals("'Århus' is neither the name nor the code of a known municipality; did you mean Aarhus?",
                problems.get(0).message().en());
        assertEquals("'Kobenhavn' er hverken navn eller kode på en kendt kommune; mente du København?",
                problems.get(1).message().da());
        assertEquals("'Kobenhavn' is neither the name nor the code of a known municipality; did you mean København?",
                problems.get(1).message().en());
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void aMunicipalityFarFromEveryNameGetsNoSuggestion(TableFormat format) throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(CaseRows.MUNICIPALITY, "Atlantis");

        LoadResult result = load(format, sheet, List.of(row));

        Problem p = result.report().problems().getFirst();
        assertEquals(Rule.UNKNOWN_MUNICIPALITY, p.rule());
        assertEquals("'Atlantis' er hverken navn eller kode på en kendt kommune", p.message().da());
        assertFalse(p.message().en().contains("did you mean"), p.message().en());
    }
}
