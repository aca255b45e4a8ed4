package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks between two screening rounds of the same citizens: gender and age. */
class RoundChecksTest {

    @TempDir
    Path dir;

    private final CaseRows rows = new CaseRows(ScreeningSheet.builtIn());

    /** Case 7 of Aarhus, screened on {@code date}, with the given gender label and age. */
    private CaseTable one(String name, String date, String gender, int age) throws IOException {
        Map<String, String> row = rows.valid("7", 0);
        row.put(CaseRows.DATE, date);
        row.put("gender", gender);
        row.put("age", Integer.toString(age));
        Path file = TableFormat.CSV.write(dir, name, rows.table(List.of(rows.valid("6", 1), row)));
        LoadResult result = Cases.csv(file).load();
        assertEquals(0, result.report().errorCount(), () -> ValidationText.render(result, Language.EN));
        return result.cases();
    }

    @Test
    void genderChangedIsAWarningAtTheLaterRecordNamingTheEarlier() throws IOException {
        CaseTable earlier = one("r1", "01-10-2022", "Mand", 40);
        CaseTable later = one("r2", "02-10-2023", "Kvinde", 41);

        List<Problem> problems = RoundChecks.between(earlier, later);

        assertEquals(1, problems.size());
        Problem p = problems.getFirst();
        assertEquals(Rule.GENDER_CHANGED, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(dir.resolve("r2.csv").toString(), p.location().file());
        assertEquals(3, p.location().row());
        assertEquals(Optional.of("female"), p.value());
        assertEquals(Optional.of("q1 gender"), p.question());
        String da = p.describe(Language.DA);
        String en = p.describe(Language.EN);
        assertTrue(da.contains("r2.csv, række 3 (spørgsmål 1): køn er 'Kvinde' her, men var 'Mand' i den tidligere runde (")
                && da.contains("r1.csv, række 3)"), da);
        assertTrue(en.contains("r2.csv, row 3 (q1 gender): gender is 'Female' here but was 'Male' in the earlier round (")
                && en.contains("r1.csv, row 3)"), en);
    }

    @Test
    void ageNotGrownByTheYearsBetweenIsAWarningWithBothLocations() throws IOException {
        CaseTable earlier = one("r1", "01-10-2020", "Mand", 40);
        CaseTable later = one("r2", "01-10-2023", "Mand", 40);

        List<Problem> problems = RoundChecks.between(earlier, later);

        assertEquals(1, problems.size());
        Problem p = problems.getFirst();
        assertEquals(Rule.AGE_NOT_GROWN, p.rule());
        assertEquals(Optional.of("40"), p.value());
        assertEquals(3, p.location().row());
        assertTrue(p.message().da().contains("alderen er 40 her, men var 40 i den tidligere runde (")
                && p.message().da().contains("r1.csv, række 3); med 3 hele år mellem screeningerne ventes 42–44"), p.message().da());
        assertTrue(p.message().en().contains("age is 40 here but was 40 in the earlier round (")
                && p.message().en().contains("r1.csv, row 3); with 3 whole years between the screenings 42–44 is expected"), p.message().en());
    }

    @ParameterizedTest(name = "{0} to {1}: age {2} to {3}")
    @CsvSource({"01-10-2022, 02-10-2023, 40, 41", "01-10-2022, 02-10-2024, 40, 42", "01-10-2022, 02-10-2023, 40, 40",
            "01-10-2022, 02-10-2023, 40, 42", "01-10-2021, 30-09-2023, 40, 41", "01-10-2021, 30-09-2023, 40, 42"})
    void ageGrownByTheWholeYearsGiveOrTakeOneGivesNothing(String from, String to, int before, int after) throws IOException {
        List<Problem> problems = RoundChecks.between(one("r1", from, "Mand", before), one("r2", to, "Mand", after));

        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0} to {1}: age {2} to {3}")
    @CsvSource({"01-10-2022, 02-10-2023, 40, 39", "01-10-2022, 02-10-2023, 40, 43", "01-10-2021, 30-09-2023, 40, 43"})
    void ageMovedOutsideTheWholeYearsGiveOrTakeOneIsAWarning(String from, String to, int before, int after) throws IOException {
        List<Problem> problems = RoundChecks.between(one("r1", from, "Mand", before), one("r2", to, "Mand", after));

        assertEquals(List.of(Rule.AGE_NOT_GROWN), problems.stream().map(Problem::rule).toList());
    }

    @Test
    void ageWithoutADateIsNotChecked() throws IOException {
        List<Problem> problems = RoundChecks.between(one("r1", "", "Mand", 40), one("r2", "01-10-2023", "Mand", 60));

        assertEquals(List.of(), problems);
    }

    @Test
    void citizensOnlyInOneRoundAreNotCompared() throws IOException {
        CaseTable earlier = one("r1", "01-10-2022", "Mand", 40);
        Map<String, String> other = rows.valid("8", 0);
        other.put(CaseRows.DATE, "02-10-2023");
        other.put("gender", "Kvinde");
        CaseTable later = Cases.csv(TableFormat.CSV.write(dir, "r2", rows.table(List.of(other)))).load().cases();

        assertEquals(List.of(), RoundChecks.between(earlier, later));
    }
}
