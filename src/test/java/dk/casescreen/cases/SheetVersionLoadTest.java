package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.Profiles;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sheet version a load is read with, and what a retired question's answers become. */
class SheetVersionLoadTest {

    @TempDir
    Path dir;

    private final CaseRows rows = new CaseRows(ScreeningSheet.builtIn());

    /** Three valid cases screened on {@code date} (dd-mm-yyyy), q27/q28 answered Ja/Nej. */
    private List<Map<String, String>> cases(String date, String prefix) {
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, String> row = rows.valid(prefix + i, i);
            row.put(CaseRows.DATE, date);
            data.add(row);
        }
        return data;
    }

    private Path csv(String stem, List<Map<String, String>> data) throws Exception {
        return TableFormat.CSV.write(dir, stem, rows.table(data));
    }

    private static List<Problem> of(LoadResult result, Rule rule) {
        return result.report().problems().stream().filter(p -> p.rule() == rule).toList();
    }

    @Test
    void aFileDated2025IsReadWith200AndItsRetiredAnswersAreKeptWithALocatedWarning() throws Exception {
        Path file = csv("screening-2025", cases("15-03-2025", "N"));
        LoadResult result = Cases.csv(file).named("screening-2025.csv").load();
        assertEquals("2.0.0", result.cases().sheet().version());
        assertEquals(0, result.report().errorCount(), result.report().problems().toString());
        assertEquals(3, result.report().accepted());
        List<Problem> retired = of(result, Rule.RETIRED_ANSWER);
        assertEquals(6, retired.size(), retired.toString());
        Problem first = retired.getFirst();
        assertEquals(Severity.WARNING, first.severity());
        // the header is row 1; q27 is the 27th question after the five record fields: column 32
        assertEquals(new Location("screening-2025.csv", Optional.empty(), 2, Optional.of("32")), first.location());
        assertEquals(Optional.of("q27 special_place_tried"), first.question());
        assertEquals(Optional.of("Ja"), first.value());
        assertTrue(first.message().da().contains("udgået i skemaversion 2.0.0 for screeninger fra 1. juli 2024"),
                first.message().da());
        assertTrue(first.message().en().contains("from 1 July 2024") && first.message().en().contains("long-term regional offer"),
                first.message().en());
        assertEquals("screening-2025.csv, row 2, column 32 (q27 special_place_tried)", first.describe(Language.EN)
                .substring(0, first.describe(Language.EN).indexOf(':')));
        // accepted: the answers are still in the table, but the profile leaves them out
        assertEquals("yes", result.cases().column("special_place_tried").code(0));
        Profile profile = Profiles.of(result.cases(), "all");
        for (QuestionProfile q : profile.questions()) {
            boolean retiredQuestion = List.of("special_place_tried", "special_place_refused").contains(q.question().key());
            assertEquals(retiredQuestion, q.retired(), q.question().key());
            if (retiredQuestion) {
                assertTrue(q.answers().stream().allMatch(a -> a.n() == 0 && Double.isNaN(a.estimate())), q.toString());
                assertEquals(3, q.answers().stream().mapToLong(a -> a.count()).sum());
            }
        }
        assertFalse(profile.questions().stream().filter(q -> q.question().key().equals("psychiatry_treated"))
                .findFirst().orElseThrow().answers().stream().anyMatch(a -> Double.isNaN(a.estimate())));
    }

    @Test
    void aFileDated2022IsReadWith100Unchanged() throws Exception {
        Path file = csv("screening-2022", cases("01-10-2022", "O"));
        LoadResult inferred = Cases.csv(file).load();
        LoadResult explicit = Cases.csv(file).screeningSheet(ScreeningSheet.builtIn("1.0.0")).load();
        assertEquals("1.0.0", inferred.cases().sheet().version());
        assertTrue(of(inferred, Rule.RETIRED_ANSWER).isEmpty());
        assertEquals(explicit.report().problems(), inferred.report().problems());
        assertEquals(0, inferred.report().errorCount());
        assertFalse(Profiles.of(inferred.cases(), "all").questions().stream().anyMatch(QuestionProfile::retired));
    }

    @Test
    void theDayOfTheChangeCountsAsAfter() throws Exception {
        assertEquals("2.0.0", Cases.csv(csv("day", cases("01-07-2024", "D"))).load().cases().sheet().version());
        assertEquals("1.0.0", Cases.csv(csv("eve", cases("30-06-2024", "E"))).load().cases().sheet().version());
    }

    @Test
    void aFileWithDatesOnBothSidesIsReadWholeWith200AndSaysSo() throws Exception {
        List<Map<String, String>> data = new ArrayList<>(cases("01-10-2022", "A"));
        data.addAll(cases("02-09-2024", "B"));
        LoadResult result = Cases.csv(csv("mixed", data)).named("mixed.csv").load();
        assertEquals("2.0.0", result.cases().sheet().version());
        List<Problem> across = of(result, Rule.DATES_ACROSS_VERSIONS);
        assertEquals(1, across.size());
        assertEquals(Location.ofFile("mixed.csv"), across.getFirst().location());
        assertTrue(across.getFirst().message().da().contains("1. juli 2024") && across.getFirst().message().da()
                .contains("2. september 2024"), across.getFirst().message().da());
        // the 2022 rows are an earlier screening round, asked under 1.0.0: only the 2024 rows' answers are warned
        assertEquals(2, result.cases().rounds().size());
        assertEquals(6, of(result, Rule.RETIRED_ANSWER).size());
    }

    @Test
    void filesOfTwoVersionsInOneRoundAreReadWithTheNewerAndTheOlderFileIsWarned() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("both"));
        TableFormat.CSV.write(folder, "a-2024-06", rows.table(cases("15-06-2024", "A")));
        TableFormat.CSV.write(folder, "b-2024-07", rows.table(cases("15-07-2024", "B")));
        LoadResult result = Cases.folder(folder).load();
        assertEquals(1, result.cases().rounds().size());
        assertEquals("2.0.0", result.cases().sheet().version());
        List<Problem> mixed = of(result, Rule.SHEET_VERSIONS_MIXED);
        assertEquals(1, mixed.size(), mixed.toString());
        assertTrue(mixed.getFirst().location().file().endsWith("a-2024-06.csv"), mixed.getFirst().location().toString());
        List<Problem> retired = of(result, Rule.RETIRED_ANSWER);
        assertEquals(12, retired.size());
        assertTrue(retired.stream().anyMatch(p -> p.location().file().endsWith("a-2024-06.csv")), retired.toString());
    }

    @Test
    void anEarlierRoundOfAnOlderVersionIsNotWarnedAboutTheNewerOne() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("rounds"));
        TableFormat.CSV.write(folder, "a-2022", rows.table(cases("01-10-2022", "A")));
        TableFormat.CSV.write(folder, "b-2025", rows.table(cases("01-10-2025", "B")));
        LoadResult result = Cases.folder(folder).load();
        assertEquals(2, result.cases().rounds().size());
        assertEquals("2.0.0", result.cases().sheet().version());
        assertEquals(List.of(), of(result, Rule.SHEET_VERSIONS_MIXED));
        List<Problem> retired = of(result, Rule.RETIRED_ANSWER);
        assertEquals(6, retired.size());
        assertTrue(retired.stream().allMatch(p -> p.location().file().endsWith("b-2025.csv")), retired.toString());
    }

    @Test
    void anExplicitSheetDefinitionBeatsTheDates() throws Exception {
        Path file = csv("screening-2025", cases("15-03-2025", "N"));
        LoadResult old = Cases.csv(file).screeningSheet(ScreeningSheet.builtIn("1.0.0")).load();
        assertEquals("1.0.0", old.cases().sheet().version());
        assertTrue(of(old, Rule.RETIRED_ANSWER).isEmpty());
        Path older = csv("screening-2022", cases("01-10-2022", "O"));
        LoadResult newer = Cases.csv(older).screeningSheet(ScreeningSheet.builtIn("2.0.0")).load();
        assertEquals("2.0.0", newer.cases().sheet().version());
        assertEquals(6, of(newer, Rule.RETIRED_ANSWER).size());
        assertTrue(of(newer, Rule.SHEET_VERSIONS_MIXED).isEmpty());
    }

    @Test
    void aFileOf200WithoutTheRetiredColumnsOrWithThemBlankIsNotWarnedOfThem() throws Exception {
        List<String> header = new ArrayList<>(rows.header());
        header.removeAll(List.of("special_place_tried", "special_place_refused"));
        Path without = TableFormat.CSV.write(dir, "without", CaseRows.table(header, cases("01-10-2025", "W")));
        LoadResult result = Cases.csv(without).load();
        assertEquals("2.0.0", result.cases().sheet().version());
        assertTrue(result.report().problems().isEmpty(), result.report().problems().toString());
        List<Map<String, String>> blank = cases("01-10-2025", "B");
        blank.forEach(r -> r.put("special_place_tried", ""));
        LoadResult blanks = Cases.csv(csv("blank", blank)).load();
        assertTrue(of(blanks, Rule.MISSING_ANSWER).isEmpty(), blanks.report().problems().toString());
        assertEquals(3, of(blanks, Rule.RETIRED_ANSWER).size());
        // the same blanks in 2022 are not answered
        List<Map<String, String>> blank2022 = cases("01-10-2022", "C");
        blank2022.forEach(r -> r.put("special_place_tried", ""));
        assertEquals(3, of(Cases.csv(csv("blank2022", blank2022)).load(), Rule.MISSING_ANSWER).size());
    }

    @Test
    void theSyntheticReferenceDated2022LoadsWith100AndNoErrorsWithoutBeingTold() throws Exception {
        ReferenceData reference = ReferenceData.builtIn();
        assertEquals("1.0.0", reference.cases().sheet().version());
        assertEquals(0, reference.load().report().errorCount());
        Path copy = dir.resolve("cases.csv");
        try (InputStream in = ReferenceData.class.getResourceAsStream("/dk/casescreen/reference/synthetic/cases.csv")) {
            Files.copy(in, copy);
        }
        Municipalities registry = Municipalities.of(reference.populations().stream()
                .map(MunicipalityPopulation::municipality).toList());
        LoadResult inferred = Cases.csv(copy).municipalities(registry).load();
        assertEquals("1.0.0", inferred.cases().sheet().version());
        assertEquals(0, inferred.report().errorCount());
        assertEquals(reference.cases().size(), inferred.cases().size());
        assertTrue(of(inferred, Rule.RETIRED_ANSWER).isEmpty());
    }
}
