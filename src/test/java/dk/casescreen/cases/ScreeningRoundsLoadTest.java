package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening rounds in the loader: the same case numbers in several rounds, duplicates within a round,
 * undated rows, the {@code --round} default date, input order, and the rounds in the case table and
 * the validation report.
 */
class ScreeningRoundsLoadTest {

    @TempDir
    Path dir;

    private final CaseRows rows = new CaseRows(ScreeningSheet.builtIn());

    /** Cases 1..n of Aarhus screened on {@code date} (dd-MM-yyyy, or "" for none), aged {@code age}. */
    private Path round(String name, String date, int n, int age) throws IOException {
        return round(name, date, n, age, "");
    }

    /** As {@link #round(String, String, int, int)}, the case numbers prefixed. */
    private Path round(String name, String date, int n, int age, String prefix) throws IOException {
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Map<String, String> row = rows.valid(prefix + i, i);
            row.put(CaseRows.DATE, date);
            row.put("age", Integer.toString(age + i));
            data.add(row);
        }
        return TableFormat.CSV.write(dir, name, rows.table(data));
    }

    private static List<Rule> rules(LoadResult result) {
        return result.report().problems().stream().map(Problem::rule).toList();
    }

    @Test
    void sameCaseNumbersInTwoRoundsAreAcceptedWithoutDuplicateErrors() throws IOException {
        Path first = round("r1", "01-10-2022", 3, 30);
        Path second = round("r2", "02-10-2023", 3, 31);

        LoadResult result = Cases.files(List.of(first, second)).load();

        assertEquals(List.of(), rules(result));
        assertEquals(6, result.cases().size());
        assertEquals(List.of(new ScreeningRound(1, Optional.of(LocalDate.of(2022, 10, 1)), Optional.of(LocalDate.of(2022, 10, 1)), 3),
                new ScreeningRound(2, Optional.of(LocalDate.of(2023, 10, 2)), Optional.of(LocalDate.of(2023, 10, 2)), 3)),
                result.cases().rounds());
        assertEquals(result.cases().rounds(), result.report().rounds());
        assertEquals(List.of(List.of(1), List.of(2)), result.report().files().stream().map(FileAccount::rounds).toList());
    }

    @Test
    void sameCaseNumberTwiceInOneRoundIsStillADuplicate() throws IOException {
        Path early = round("early", "01-10-2022", 2, 30);
        Path spread = round("spread", "15-12-2022", 2, 30);
        Path later = round("later", "01-10-2023", 1, 31);

        LoadResult result = Cases.files(List.of(early, spread, later)).load();

        assertEquals(List.of(Rule.DUPLICATE_CASE_NUMBER, Rule.DUPLICATE_CASE_NUMBER), rules(result));
        Problem p = result.report().problems().getFirst();
        assertEquals(spread.toString(), p.location().file());
        assertTrue(p.message().en().contains("in the same screening round"), p.message().en());
        assertTrue(p.message().da().contains("i samme screeningsrunde"), p.message().da());
        assertEquals(List.of(2, 1), result.cases().rounds().stream().map(ScreeningRound::cases).toList());
        assertEquals(Optional.of(LocalDate.of(2022, 12, 15)), result.cases().rounds().getFirst().lastDate());
    }

    @Test
    void aDuplicateNamesTheFirstCaseOfItsMunicipalityCaseNumberAndRoundWhereverTheRoundsInterleave() throws IOException {
        // rows of two municipalities and two rounds in random order, case numbers from a pool of six: a row is a
        // duplicate of the first row with its municipality, case number and round, not of an earlier row of another
        // round or municipality (those share the case number but are no duplicates)
        java.util.Random random = new java.util.Random(18);
        String[] dates = {"01-10-2022", "20-10-2022", "01-10-2023"};
        List<Map<String, String>> data = new ArrayList<>();
        Map<String, Integer> firstRow = new java.util.HashMap<>();
        Map<Integer, Integer> expected = new java.util.TreeMap<>();
        for (int i = 0; i < 80; i++) {
            String caseNumber = "K" + random.nextInt(6);
            String municipality = random.nextBoolean() ? "Aarhus" : "Aalborg";
            String date = dates[random.nextInt(dates.length)];
            Map<String, String> row = rows.valid(caseNumber, i);
            row.put(CaseRows.MUNICIPALITY, municipality);
            row.put(CaseRows.DATE, date);
            data.add(row);
            int csvRow = i + 2; // after the heading row
            String key = municipality + "|" + caseNumber + "|" + (date.endsWith("2022") ? 1 : 2);
            Integer first = firstRow.putIfAbsent(key, csvRow);
            if (first != null) {
                expected.put(csvRow, first);
            }
        }
        Path file = TableFormat.CSV.write(dir, "interleaved", rows.table(data));

        LoadResult result = Cases.csv(file).load();

        Map<Integer, Integer> found = new java.util.TreeMap<>();
        for (Problem p : result.report().problems(Severity.ERROR)) {
            assertEquals(Rule.DUPLICATE_CASE_NUMBER, p.rule());
            java.util.regex.Matcher first = java.util.regex.Pattern.compile(", row (\\d+)\\)$").matcher(p.message().en());
            assertTrue(first.find(), p.message().en());
            found.put((int) p.location().row(), Integer.parseInt(first.group(1)));
        }
        assertTrue(expected.size() > 30, "the pool makes many duplicates: " + expected.size());
        assertEquals(expected, found);
        assertEquals(80 - expected.size(), result.cases().size());
    }

    @Test
    void duplicateInALoadWithoutDatesIsAnErrorAsBefore() throws IOException {
        Path a = round("a", "", 2, 30);
        Path b = round("b", "", 1, 30);

        LoadResult result = Cases.files(List.of(a, b)).load();

        List<Problem> duplicates = result.report().problems(Severity.ERROR);
        assertEquals(1, duplicates.size());
        assertEquals(Rule.DUPLICATE_CASE_NUMBER, duplicates.getFirst().rule());
        assertFalse(duplicates.getFirst().message().en().contains("round"), duplicates.getFirst().message().en());
        assertFalse(rules(result).contains(Rule.UNDATED_ROWS));
        assertEquals(List.of(new ScreeningRound(1, Optional.empty(), Optional.empty(), 2)), result.cases().rounds());
        assertFalse(result.report().hasDatedRounds());
        assertFalse(ValidationText.render(result, Language.DA).contains("Screeningsrunder"));
    }

    @Test
    void threeRoundsAreNumberedInDateOrder() throws IOException {
        Path r1 = round("r1", "01-10-2021", 2, 30);
        Path r2 = round("r2", "01-10-2022", 2, 31);
        Path r3 = round("r3", "01-10-2023", 2, 32);

        LoadResult result = Cases.files(List.of(r1, r2, r3)).load();

        assertEquals(List.of(), rules(result));
        assertEquals(List.of("2021-10-01", "2022-10-01", "2023-10-01"),
                result.cases().rounds().stream().map(ScreeningRound::label).toList());
        List<CaseTable> byRound = result.cases().byRound();
        assertEquals(3, byRound.size());
        for (int k = 0; k < 3; k++) {
            CaseTable t = byRound.get(k);
            assertEquals(2, t.size());
            assertEquals(List.of(k + 1), t.rounds().stream().map(ScreeningRound::number).toList());
            assertEquals(List.of("1", "2"), List.of(t.caseNumber(0), t.caseNumber(1)));
            assertEquals(result.cases().origin(), t.origin());
        }
        assertEquals(3, result.cases().round(5).number());
        assertEquals(2, result.cases().inRound(result.cases().rounds().get(1)).round(0).number());
    }

    @Test
    void undatedRowsBesideDatedRoundsGetOneWarningPerFile() throws IOException {
        Path dated = round("dated", "01-10-2022", 2, 30);
        Path undated = round("undated", "", 3, 31);

        LoadResult result = Cases.files(List.of(dated, undated)).load();

        List<Problem> warnings = result.report().problems().stream().filter(p -> p.rule() == Rule.UNDATED_ROWS).toList();
        assertEquals(1, warnings.size());
        Problem w = warnings.getFirst();
        assertEquals(Location.ofFile(undated.toString()), w.location());
        assertTrue(w.message().en().startsWith("3 rows have no date"), w.message().en());
        assertTrue(w.message().da().startsWith("3 rækker har ingen dato"), w.message().da());
        assertTrue(w.message().en().contains("--round"), w.message().en());
        assertEquals(List.of("2022-10-01", "uden dato"), result.cases().rounds().stream().map(ScreeningRound::label).toList());
        assertEquals(5, result.cases().size());
        assertEquals(0, result.report().errorCount());
    }

    @Test
    void aRowWithoutADateInADatedFileJoinsTheFilesRoundAndCanBeADuplicateThere() throws IOException {
        Path first = round("r1", "01-10-2022", 2, 30);
        List<Map<String, String>> data = new ArrayList<>();
        for (String number : List.of("1", "2", "1")) {
            Map<String, String> row = rows.valid(number, Integer.parseInt(number));
            row.put(CaseRows.DATE, data.size() == 2 ? "" : "02-10-2023");
            data.add(row);
        }
        Path second = TableFormat.CSV.write(dir, "r2", rows.table(data));

        LoadResult result = Cases.files(List.of(first, second)).load();

        assertEquals(List.of(Rule.MISSING_DATE, Rule.DUPLICATE_CASE_NUMBER),
                rules(result).stream().filter(r -> r != Rule.AGE_NOT_GROWN).toList());
        assertEquals(4, result.report().problems(Severity.ERROR).getFirst().location().row());
        assertEquals(List.of("2022-10-01", "2023-10-02"), result.cases().rounds().stream().map(ScreeningRound::label).toList());
    }

    @Test
    void roundDefaultFillsEmptyDatesAndMakesTheFilesSeparateRounds() throws IOException {
        Path dated = round("dated", "01-10-2022", 2, 30);
        Path empty = round("empty", "", 2, 31);

        LoadResult result = Cases.files(List.of(dated, empty)).defaultScreeningDate(LocalDate.of(2023, 10, 3)).load();

        assertEquals(List.of(), rules(result));
        assertEquals(List.of("2022-10-01", "2023-10-03"), result.cases().rounds().stream().map(ScreeningRound::label).toList());
        assertEquals(Optional.of(LocalDate.of(2023, 10, 3)), result.cases().record(3).screeningDate());
        assertEquals(Optional.of(LocalDate.of(2022, 10, 1)), result.cases().record(0).screeningDate());
    }

    @Test
    void anInputDatedEarlierThanTheOneBeforeItGetsAWarning() throws IOException {
        Path later = round("later", "01-10-2023", 1, 31);
        Path earlier = round("earlier", "01-10-2022", 1, 30);

        LoadResult result = Cases.files(List.of(later, earlier)).load();

        assertEquals(List.of(Rule.ROUND_OUT_OF_ORDER), rules(result));
        Problem p = result.report().problems().getFirst();
        assertEquals(Location.ofFile(earlier.toString()), p.location());
        assertTrue(p.message().en().contains("2022-10-01") && p.message().en().contains("2023-10-01")
                && p.message().en().contains(later.toString()), p.message().en());
        assertTrue(p.message().da().contains("ligger før"), p.message().da());
        assertEquals(List.of(2, 1), result.report().files().stream().map(f -> f.rounds().getFirst()).toList());
    }

    @Test
    void inputsInDateOrderGetNoOrderWarning() throws IOException {
        LoadResult result = Cases.files(List.of(round("a", "01-10-2022", 1, 30), round("b", "01-10-2023", 1, 31))).load();

        assertFalse(rules(result).contains(Rule.ROUND_OUT_OF_ORDER));
    }

    @Test
    void contradictionsBetweenRoundsAreWarningsOfTheLoad() throws IOException {
        Path first = round("r1", "01-10-2020", 2, 30);
        Path second = round("r2", "02-10-2023", 2, 30);

        LoadResult result = Cases.files(List.of(first, second)).load();

        assertEquals(List.of(Rule.AGE_NOT_GROWN, Rule.AGE_NOT_GROWN), rules(result));
        assertEquals(0, result.report().errorCount());
        assertEquals(4, result.cases().size());
    }

    @Test
    void caseTableHasARoundColumnWithTheRoundsFirstDate() throws IOException {
        Path first = round("r1", "01-10-2022", 1, 30);
        Path spread = round("r1b", "20-11-2022", 1, 30, "B");
        Path undated = round("none", "", 1, 30, "C");
        LoadResult result = Cases.files(List.of(first, spread, undated)).load();

        Table t = result.cases().table();

        assertEquals(List.of("2022-10-01", "2022-10-01", ""), t.stringColumn("round").asList());
    }

    @Test
    void validationTextAndJsonTellTheRounds() throws IOException {
        LoadResult result = Cases.files(List.of(round("a", "01-10-2022", 2, 30), round("b", "15-11-2022", 1, 30),
                round("c", "01-10-2023", 3, 31))).load();

        String da = ValidationText.render(result, Language.DA);
        String en = ValidationText.render(result, Language.EN);
        assertTrue(da.contains("Screeningsrunder\n  Runde 1: 1. oktober 2022 – 15. november 2022, 2 sager\n  Runde 2: 1. oktober 2023, 3 sager\n"), da);
        assertTrue(en.contains("Screening rounds\n  Round 1: 1 October 2022 – 15 November 2022, 2 cases\n  Round 2: 1 October 2023, 3 cases\n"), en);
        assertTrue(da.contains("[runde 2]"), da);
        JsonNode json = JsonMapper.builder().build().readTree(ValidationJson.render(result.report()));
        JsonNode rounds = json.get("rounds");
        assertEquals(2, rounds.size());
        assertEquals(1, rounds.get(0).get("number").asInt());
        assertEquals("2022-10-01", rounds.get(0).get("date").asString());
        assertEquals("2022-11-15", rounds.get(0).get("last_date").asString());
        assertEquals(2, rounds.get(0).get("cases").asInt());
        assertEquals(3, rounds.get(1).get("cases").asInt());
        assertEquals(2, json.get("files").get(2).get("rounds").get(0).asInt());
        assertEquals(6, json.get("summary").get("read").asInt());
    }
}
