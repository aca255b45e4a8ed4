package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per rule the loader checks: each spoils one cell of an otherwise valid CSV file and
 * checks the problem's rule, severity, question, value, location and messages, and what became of
 * the row. Then strict and lenient mode.
 */
class ValidationRulesTest {

    @TempDir
    Path dir;

    private final ScreeningSheet sheet = ScreeningSheet.builtIn();
    private final CaseRows rows = new CaseRows(sheet);

    private Path write(String name, List<Map<String, String>> data) throws IOException {
        return TableFormat.CSV.write(dir, name, rows.table(data));
    }

    private LoadResult load(List<Map<String, String>> data) throws IOException {
        return Cases.csv(write("cases", data)).load();
    }

    private LoadResult loadOne(String heading, String value) throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(heading, value);
        return load(List.of(row));
    }

    /** The CSV column name (1-based number) of a heading of the default header. */
    private String column(String heading) {
        int index = rows.header().indexOf(heading);
        assertTrue(index >= 0, heading);
        return Integer.toString(index + 1);
    }

    /** The one problem of {@code result}, checked to be well formed. */
    private static Problem only(LoadResult result) {
        assertEquals(1, result.report().problems().size(), () -> "problems: " + result.report().problems());
        return wellFormed(result.report().problems().getFirst());
    }

    private static Problem only(LoadResult result, Rule rule) {
        List<Problem> found = result.report().problems().stream().filter(p -> p.rule() == rule).toList();
        assertEquals(1, found.size(), () -> "problems: " + result.report().problems());
        return wellFormed(found.getFirst());
    }

    private static Problem wellFormed(Problem p) {
        assertAll("well-formed " + p,
                () -> assertEquals(p.rule().severity(), p.severity()),
                () -> assertFalse(p.message().da().isBlank()),
                () -> assertFalse(p.message().en().isBlank()),
                () -> assertNotEquals(p.message().da(), p.message().en()),
                () -> assertFalse(p.message().da().contains("%"), "no unfilled template"),
                () -> assertFalse(p.message().en().contains("%"), "no unfilled template"));
        return p;
    }

    private static void assertRejected(LoadResult result) {
        assertEquals(0, result.cases().size());
        assertEquals(1, result.report().rejected());
        assertEquals(1, result.report().rejectedRows().size());
    }

    private static void assertKept(LoadResult result) {
        assertEquals(1, result.cases().size());
        assertEquals(0, result.report().rejected());
    }

    private void assertAt(Problem p, long row, String heading) {
        assertEquals(Optional.of(column(heading)), p.location().column(), "column of " + heading);
        assertEquals(row, p.location().row());
    }

    // ---- answers -----------------------------------------------------------------------------------

    @Test
    void unknownAnswerIsAnErrorNamingTheValueTheOptionsAndTheColumn() throws IOException {
        LoadResult result = loadOne("conviction", "jaa");

        Problem p = only(result);
        assertEquals(Rule.UNKNOWN_ANSWER, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of("q17 conviction"), p.question());
        assertEquals(Optional.of("jaa"), p.value());
        assertAt(p, 2, "conviction");
        assertEquals("'jaa' er ikke et af svarene: Ja, Nej", p.message().da());
        assertEquals("'jaa' is not one of Yes, No", p.message().en());
        assertTrue(p.describe(Language.EN).contains("row 2, column " + column("conviction") + " (q17 conviction)"),
                p.describe(Language.EN));
        assertRejected(result);
        assertEquals(List.of(p), result.report().rejectedRows().getFirst().errors());
    }

    @Test
    void unknownAnswerToAnOrderedQuestionListsItsOptionsInSheetOrder() throws IOException {
        Problem p = only(loadOne("cost_trend", "Svingende"));

        assertEquals("'Svingende' er ikke et af svarene: Stigende, Uændret, Faldende, Ved ikke", p.message().da());
        assertEquals("'Svingende' is not one of Rising, Unchanged, Falling, Don't know", p.message().en());
    }

    @ParameterizedTest
    @ValueSource(strings = {"atten", "34 år", "34,5", "34.0", "3 4"})
    void ageThatIsNotAWholeNumberIsAnError(String typed) throws IOException {
        LoadResult result = loadOne("age", typed);

        Problem p = only(result);
        assertEquals(Rule.NOT_A_WHOLE_NUMBER, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of("q2 age"), p.question());
        assertEquals(Optional.of(typed), p.value());
        assertAt(p, 2, "age");
        assertTrue(p.message().en().contains(typed), p.message().en());
        assertRejected(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "121", "0", "-30", "999"})
    void ageOutsideEighteenToHundredTwentyIsAnError(String typed) throws IOException {
        LoadResult result = loadOne("age", typed);

        Problem p = only(result);
        assertEquals(Rule.OUT_OF_RANGE, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of("q2 age"), p.question());
        assertEquals(Optional.of(typed), p.value());
        assertAt(p, 2, "age");
        assertEquals(Integer.parseInt(typed) + " is outside the allowed 18–120", p.message().en());
        assertEquals(Integer.parseInt(typed) + " ligger uden for det tilladte 18–120", p.message().da());
        assertRejected(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18", "120", " 45 ", "+19"})
    void agesFromEighteenToHundredTwentyAreAccepted(String typed) throws IOException {
        LoadResult result = loadOne("age", typed);

        assertEquals(List.of(), result.report().problems());
        assertEquals(new Answer.WholeNumber(Integer.parseInt(typed.strip())), result.cases().records().getFirst().answer("age"));
    }

    // ---- conditional questions -------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "behaviour_decisive, behaviour_type, Selvskadende, q13 behaviour_type, q12 behaviour_decisive",
            "conviction, conviction_type, Dom til behandling, q18 conviction_type, q17 conviction",
            "appeals_board, appeals_raised_cost, Ja, q22 appeals_raised_cost, q21 appeals_board"})
    void answeringAConditionalQuestionThatDoesNotApplyIsAnError(String parent, String child, String answer,
                                                                 String childLabel, String parentLabel) throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(parent, "Nej");
        row.put(child, answer);

        LoadResult result = load(List.of(row));

        Problem p = only(result);
        assertEquals(Rule.NOT_APPLICABLE_ANSWERED, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of(childLabel), p.question());
        assertEquals(Optional.of(answer), p.value());
        assertAt(p, 2, child);
        assertEquals("'" + answer + "' is filled in, but the question only applies when " + parentLabel + " = Yes",
                p.message().en());
        assertEquals("'" + answer + "' er udfyldt, men spørgsmålet gælder kun når " + parentLabel + " = Ja",
                p.message().da());
        assertRejected(result);
    }

    @ParameterizedTest
    @CsvSource({"behaviour_decisive, behaviour_type", "conviction, conviction_type", "appeals_board, appeals_raised_cost"})
    void blankConditionalQuestionThatDoesNotApplyIsNotApplicableWithoutWarning(String parent, String child)
            throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(parent, "Nej");
        row.put(child, "");

        LoadResult result = load(List.of(row));

        assertEquals(List.of(), result.report().problems());
        assertEquals(Answer.NOT_APPLICABLE, result.cases().records().getFirst().answer(child));
    }

    @ParameterizedTest
    @CsvSource({"behaviour_decisive, behaviour_type, q13", "conviction, conviction_type, q18",
            "appeals_board, appeals_raised_cost, q22"})
    void blankConditionalQuestionThatAppliesIsAMissingAnswer(String parent, String child, String number)
            throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(parent, "Ja");
        row.put(child, "");

        LoadResult result = load(List.of(row));

        Problem p = only(result);
        assertEquals(Rule.MISSING_ANSWER, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(Optional.of(number + " " + child), p.question());
        assertEquals(Optional.empty(), p.value());
        assertAt(p, 2, child);
        assertKept(result);
        assertEquals(Answer.NOT_ANSWERED, result.cases().records().getFirst().answer(child));
    }

    // ---- case numbers ------------------------------------------------------------------------------

    @Test
    void duplicateCaseNumberWithinAFileRejectsTheSecondRow() throws IOException {
        LoadResult result = load(List.of(rows.valid("A-1", 0), rows.valid("A-2", 1), rows.valid("A-1", 2)));

        Problem p = only(result);
        assertEquals(Rule.DUPLICATE_CASE_NUMBER, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of("A-1"), p.value());
        assertEquals(Optional.empty(), p.question());
        assertAt(p, 4, CaseRows.CASE_NUMBER);
        assertTrue(p.message().en().contains("751 Aarhus"), "names the municipality: " + p.message().en());
        assertTrue(p.message().en().contains("row 2"), "names the first occurrence: " + p.message().en());
        assertTrue(p.message().da().contains("række 2"), "names the first occurrence: " + p.message().da());
        assertEquals(List.of("A-1", "A-2"), result.cases().records().stream().map(CaseRecord::caseNumber).toList());
        assertEquals(4, result.report().rejectedRows().getFirst().location().row());
    }

    @Test
    void duplicateCaseNumberAcrossTwoFilesOfAFolderRejectsTheOneInTheLaterFile() throws IOException {
        Path a = write("a", List.of(rows.valid("A-1", 0), rows.valid("A-2", 1)));
        Path b = write("b", List.of(rows.valid("A-3", 2), rows.valid("A-1", 3)));

        LoadResult result = Cases.folder(dir).load();

        Problem p = only(result);
        assertEquals(Rule.DUPLICATE_CASE_NUMBER, p.rule());
        assertEquals(b.toString(), p.location().file());
        assertAt(p, 3, CaseRows.CASE_NUMBER);
        assertTrue(p.message().en().contains(a.getFileName().toString()), p.message().en());
        assertEquals(3, result.cases().size());
        assertEquals(List.of(2L, 2L), result.report().files().stream().map(FileAccount::read).toList());
        assertEquals(List.of(0L, 1L), result.report().files().stream().map(FileAccount::rejected).toList());
    }

    @Test
    void sameCaseNumberInTwoMunicipalitiesIsNoDuplicate() throws IOException {
        Map<String, String> odense = rows.valid("1", 1);
        odense.put(CaseRows.MUNICIPALITY, "Odense");

        LoadResult result = load(List.of(rows.valid("1", 0), odense));

        assertEquals(List.of(), result.report().problems());
        assertEquals(List.of("751", "461"), result.cases().records().stream().map(CaseRecord::municipalityCode).toList());
    }

    @Test
    void sameMunicipalityByNameAndByCodeIsADuplicate() throws IOException {
        Map<String, String> byCode = rows.valid("1", 1);
        byCode.put(CaseRows.MUNICIPALITY, "0751");

        LoadResult result = load(List.of(rows.valid("1", 0), byCode));

        assertEquals(Rule.DUPLICATE_CASE_NUMBER, only(result).rule());
    }

    @Test
    void missingCaseNumberIsAnError() throws IOException {
        LoadResult result = loadOne(CaseRows.CASE_NUMBER, "  ");

        Problem p = only(result);
        assertEquals(Rule.MISSING_CASE_NUMBER, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.empty(), p.question());
        assertEquals(Optional.empty(), p.value());
        assertAt(p, 2, CaseRows.CASE_NUMBER);
        assertRejected(result);
    }

    // ---- municipalities ----------------------------------------------------------------------------

    @Test
    void unknownMunicipalityIsAnError() throws IOException {
        LoadResult result = loadOne(CaseRows.MUNICIPALITY, " Atlantis ");

        Problem p = only(result);
        assertEquals(Rule.UNKNOWN_MUNICIPALITY, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of("Atlantis"), p.value());
        assertAt(p, 2, CaseRows.MUNICIPALITY);
        assertTrue(p.message().da().contains("'Atlantis'"), p.message().da());
        assertRejected(result);
    }

    @ParameterizedTest
    @CsvSource({"751, 751", "0751, 751", "Aarhus, 751", "aarhus kommune, 751", " AARHUS. , 751",
            "Københavns Kommune, 101", "København, 101", "101, 101", "0101, 101", "Bornholms Regionskommune, 400"})
    void municipalityIsFoundByCodeOrName(String typed, String code) throws IOException {
        LoadResult result = loadOne(CaseRows.MUNICIPALITY, typed);

        assertEquals(List.of(), result.report().problems());
        assertEquals(code, result.cases().records().getFirst().municipalityCode());
    }

    @Test
    void missingMunicipalityIsAnError() throws IOException {
        LoadResult result = loadOne(CaseRows.MUNICIPALITY, "");

        Problem p = only(result);
        assertEquals(Rule.MISSING_MUNICIPALITY, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.empty(), p.value());
        assertAt(p, 2, CaseRows.MUNICIPALITY);
        assertRejected(result);
    }

    // ---- date and cost -----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2022", "1. oktober 2022", "2022-13-01", "01-10-22", "i går"})
    void unreadableDateIsAnError(String typed) throws IOException {
        LoadResult result = loadOne(CaseRows.DATE, typed);

        Problem p = only(result);
        assertEquals(Rule.INVALID_DATE, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of(typed), p.value());
        assertAt(p, 2, CaseRows.DATE);
        assertTrue(p.message().en().contains(typed), p.message().en());
        assertRejected(result);
    }

    @Test
    void missingDateIsAWarningAndTheRowIsKept() throws IOException {
        LoadResult result = loadOne(CaseRows.DATE, "");

        Problem p = only(result);
        assertEquals(Rule.MISSING_DATE, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertAt(p, 2, CaseRows.DATE);
        assertKept(result);
        assertEquals(Optional.empty(), result.cases().records().getFirst().screeningDate());
    }

    private LoadResult loadCost(String typed, String band) throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(CaseRows.COST, typed);
        row.put("cost_band", band);
        return load(List.of(row));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mange penge", "2.500.00,00", "1.5,00", "2,500,000", "1e6x", "2.450 000", "2,45 t.kr."})
    void unreadableCostIsAnError(String typed) throws IOException {
        LoadResult result = loadOne(CaseRows.COST, typed);

        Problem p = only(result);
        assertEquals(Rule.INVALID_COST, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of(typed), p.value());
        assertAt(p, 2, CaseRows.COST);
        assertTrue(p.message().da().startsWith("'" + typed + "' er ikke et beløb i kr."), p.message().da());
        assertRejected(result);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2500000|2500000", "2.500.000|2500000", "2.500.000,50|2500000.50",
            "2500000,5|2500000.5", "2 500 000 kr.|2500000", "2500000.75|2500000.75", "2,5 mio.|2500000",
            "kr. 2.500.000|2500000", "DKK 2 500 000|2500000"})
    void readableCostsAreAccepted(String typed, String amount) throws IOException {
        LoadResult result = loadCost(typed, "band_2_5_3_0");

        assertEquals(List.of(), result.report().problems());
        assertEquals(0, new java.math.BigDecimal(amount).compareTo(result.cases().records().getFirst().annualCost().orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-2.450.000|NEGATIVE_COST|'-2.450.000' er negativ: en årlig udgift skal være over 0 kr.|'-2.450.000' is negative: an annual cost must be above 0 kr.",
        "-1,5|NEGATIVE_COST|'-1,5' er negativ|'-1,5' is negative",
        "0|ZERO_COST|'0' er nul: en årlig udgift skal være over 0 kr.|'0' is zero: an annual cost must be above 0 kr.",
        "0,00 kr.|ZERO_COST|'0,00 kr.' er nul|'0,00 kr.' is zero",
        "100.000.001|COST_ABOVE_LIMIT|'100.000.001' er 100.000.001 kr., over grænsen på 100.000.000 kr.|'100.000.001' is 100,000,001 kr., above the limit of 100,000,000 kr.",
        "1,2 mia.|COST_ABOVE_LIMIT|'1,2 mia.' er 1.200.000.000 kr., over grænsen på 100.000.000 kr.|'1,2 mia.' is 1,200,000,000 kr., above the limit",
        "2,45|COST_TOO_SMALL|'2,45' er kun 2,45 kr., og en årlig udgift i screeningen er mindst 10.000 kr.: mente du 2,45 mio. kr.?|'2,45' is only 2.45 kr., and an annual cost in the screening is at least 10,000 kr.: did you mean 2.45 mio. kr.?",
        "2.450|COST_TOO_SMALL|'2.450' er kun 2.450 kr.|did you mean 2.45 mio. kr.?",
        "9.999|COST_TOO_SMALL|mente du 9,999 mio. kr.?|did you mean 9.999 mio. kr.?"})
    void implausibleCostsAreErrorsNamingTheValueAndTheBound(String typed, Rule rule, String da, String en)
            throws IOException {
        LoadResult result = loadCost(typed, "band_2_0_2_5");

        Problem p = only(result);
        assertEquals(rule, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of(typed), p.value());
        assertEquals(Optional.empty(), p.question());
        assertAt(p, 2, CaseRows.COST);
        assertTrue(p.message().da().contains(da), p.message().da());
        assertTrue(p.message().en().contains(en), p.message().en());
        assertRejected(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.000", "100.000.000", "100 mio."})
    void theBoundsThemselvesAreAccepted(String typed) throws IOException {
        LoadResult result = loadCost(typed, typed.startsWith("10.") ? "band_under_2_0" : "band_over_10");

        assertEquals(List.of(), result.report().problems());
        assertKept(result);
    }

    @ParameterizedTest(name = "{0} kr. in {1}: warns {2}")
    @CsvSource({"2499999, band_2_0_2_5, false", "2000000, band_2_0_2_5, false", "2500000, band_2_0_2_5, true",
            "1999999, band_2_0_2_5, true", "2500000, band_2_5_3_0, false", "9000000, band_over_10, true",
            "10000000, band_over_10, false", "99000000, band_over_10, false", "1999999, band_under_2_0, false",
            "2000000, band_under_2_0, true", "5999999, band_4_6, false", "6000000, band_4_6, true"})
    void aCostOutsideItsBandIsAWarningAndTheRowIsKept(long kr, String band, boolean warns) throws IOException {
        LoadResult result = loadCost(Long.toString(kr), band);

        assertKept(result);
        assertEquals(0, java.math.BigDecimal.valueOf(kr).compareTo(result.cases().records().getFirst().annualCost().orElseThrow()));
        if (!warns) {
            assertEquals(List.of(), result.report().problems());
            return;
        }
        Problem p = only(result);
        assertEquals(Rule.COST_OUTSIDE_BAND, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(Optional.of(Long.toString(kr)), p.value());
        assertEquals(Optional.of("q3 cost_band"), p.question());
        assertAt(p, 2, CaseRows.COST);
        String label = sheet.require("cost_band").option(band).orElseThrow().label().da();
        assertTrue(p.message().da().startsWith("udgiften " + AnnualCosts.kr(java.math.BigDecimal.valueOf(kr)).da()
                + " kr. ligger ikke i udgiftsniveauet " + label), p.message().da());
        assertTrue(p.message().en().contains(sheet.require("cost_band").option(band).orElseThrow().label().en()),
                p.message().en());
    }

    @Test
    void theBandWarningNamesBothAmountAndBandInEachLanguage() throws IOException {
        Problem p = only(loadCost("3.200.000 kr.", "2,0–2,5 mio. kr."));

        assertEquals("udgiften 3.200.000 kr. ligger ikke i udgiftsniveauet 2,0–2,5 mio. kr. (svaret på q3 cost_band); "
                + "ret beløbet eller udgiftsniveauet", p.message().da());
        assertEquals("the cost 3,200,000 kr. does not lie in the cost band 2.0–2.5 mio. kr. (the answer to q3 cost_band); "
                + "correct the amount or the band", p.message().en());
    }

    @Test
    void aCostWithoutABandOrABandWithoutACostIsNotCompared() throws IOException {
        assertEquals(List.of(), loadCost("", "band_over_10").report().problems());
        LoadResult noBand = loadCost("2.450.000", "");
        assertEquals(List.of(Rule.MISSING_ANSWER), noBand.report().problems().stream().map(Problem::rule).toList());
    }

    // ---- missing answers and columns ---------------------------------------------------------------

    @Test
    void missingAnswerIsAWarningAndTheRowIsKept() throws IOException {
        LoadResult result = loadOne("viso", " ");

        Problem p = only(result);
        assertEquals(Rule.MISSING_ANSWER, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(Optional.of("q29 viso"), p.question());
        assertAt(p, 2, "viso");
        assertKept(result);
        assertEquals(Answer.NOT_ANSWERED, result.cases().records().getFirst().answer("viso"));
    }

    @Test
    void missingColumnIsOneWarningPerFile() throws IOException {
        List<String> header = new ArrayList<>(rows.header());
        header.remove("welfare_technology");
        List<Map<String, String>> data = List.of(rows.valid("1", 0), rows.valid("2", 1), rows.valid("3", 2));
        TableFormat.CSV.write(dir, "a", CaseRows.table(header, data));
        TableFormat.CSV.write(dir, "b", CaseRows.table(header, List.of(rows.valid("4", 3))));

        LoadResult result = Cases.folder(dir).load();

        List<Problem> problems = result.report().problems();
        assertEquals(2, problems.size(), () -> "problems: " + problems);
        for (Problem p : problems) {
            wellFormed(p);
            assertEquals(Rule.MISSING_COLUMN, p.rule());
            assertEquals(Severity.WARNING, p.severity());
            assertEquals(Optional.of("q30 welfare_technology"), p.question());
            assertEquals(1, p.location().row());
            assertEquals(Optional.empty(), p.location().column());
        }
        assertEquals(4, result.cases().size());
        assertTrue(result.cases().records().stream().allMatch(r -> r.answer("welfare_technology") == Answer.NOT_ANSWERED));
    }

    @Test
    void unknownColumnIsAWarningAndIsNotRead() throws IOException {
        List<String> header = new ArrayList<>(rows.header());
        header.add(2, "Sagsbehandler");
        Map<String, String> row = rows.valid("1", 0);
        row.put("Sagsbehandler", "Ja");

        LoadResult result = Cases.csv(TableFormat.CSV.write(dir, "extra", CaseRows.table(header, List.of(row)))).load();

        Problem p = only(result);
        assertEquals(Rule.UNKNOWN_COLUMN, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(Optional.of("Sagsbehandler"), p.value());
        assertEquals(1, p.location().row());
        assertEquals(Optional.of("3"), p.location().column());
        assertTrue(p.message().da().contains("'Sagsbehandler'"), p.message().da());
        assertKept(result);
    }

    // ---- fatal heading problems --------------------------------------------------------------------

    @Test
    void twoColumnsForTheSameQuestionStopTheLoad() throws IOException {
        List<String> header = new ArrayList<>(rows.header());
        header.add("17");
        Map<String, String> row = rows.valid("1", 0);
        row.put("17", "Ja");
        Path file = TableFormat.CSV.write(dir, "twice", CaseRows.table(header, List.of(row)));

        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.csv(file).load());

        Problem p = wellFormed(e.problem());
        assertEquals(Rule.DUPLICATE_COLUMN, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of("q17 conviction"), p.question());
        assertEquals(1, p.location().row());
        assertEquals("columns " + column("conviction") + " and " + header.size() + " both mean q17 conviction",
                p.message().en());
    }

    @Test
    void twoColumnsForTheSameFieldStopTheLoad() throws IOException {
        List<String> header = new ArrayList<>(rows.header());
        header.add("Kommunekode");
        Map<String, String> row = rows.valid("1", 0);
        row.put("Kommunekode", "751");
        Path file = TableFormat.CSV.write(dir, "twice", CaseRows.table(header, List.of(row)));

        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.csv(file).load());

        assertEquals(Rule.DUPLICATE_COLUMN, wellFormed(e.problem()).rule());
        assertTrue(e.getMessage().contains("municipality"), e.getMessage());
    }

    @Test
    void aFileWithoutMunicipalityAndCaseNumberHeadingsStopsTheLoad() throws IOException {
        Path file = dir.resolve("no-header.csv");
        Files.writeString(file, "Navn;Alder;Køn\nx;34;Mand\n");

        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.csv(file).load());

        Problem p = wellFormed(e.problem());
        assertEquals(Rule.NO_HEADER, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(file.toString(), p.location().file());
        assertTrue(p.message().en().contains("20"), p.message().en());
    }

    @Test
    void aHeadingRowWithTheCaseNumberButNoMunicipalityIsNoHeadingRow() throws IOException {
        List<String> header = new ArrayList<>(rows.header());
        header.set(0, "By");
        Path file = TableFormat.CSV.write(dir, "no-municipality", CaseRows.table(header, List.of(rows.valid("1", 0))));

        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.csv(file).load());

        assertEquals(Rule.NO_HEADER, e.problem().rule());
    }

    // ---- Excel formulas and CPR numbers ------------------------------------------------------------

    @Test
    void aFormulaCellIsAnError() throws IOException {
        Path file = dir.resolve("formula.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Sager");
            TableFormat.fill(sheet, 0, rows.table(List.of(rows.valid("1", 0))));
            sheet.getRow(1).createCell(rows.header().indexOf("age")).setCellFormula("30+4");
            TableFormat.save(workbook, file);
        }

        LoadResult result = Cases.excel(file).load();

        Problem p = only(result, Rule.FORMULA);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(Optional.of("Sager"), p.location().sheet());
        assertEquals(2, p.location().row());
        assertEquals(Optional.of(ColumnNames.letters(rows.header().indexOf("age"))), p.location().column());
        assertRejected(result);
    }

    @Test
    void aCellThatLooksLikeACprNumberStopsTheLoadWithoutEchoingIt() throws IOException {
        Path file = write("cpr", List.of(rows.valid("1", 0), rows.valid("010190-1234", 1)));

        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.csv(file).load());

        Problem p = wellFormed(e.problem());
        assertEquals(Rule.CPR_NUMBER, p.rule());
        assertEquals(Optional.empty(), p.value());
        assertEquals(3, p.location().row());
        assertEquals(Optional.of(column(CaseRows.CASE_NUMBER)), p.location().column());
        assertFalse(e.getMessage().contains("010190"), e.getMessage());
        assertFalse(e.describe(Language.DA).contains("010190"), e.describe(Language.DA));
    }

    @Test
    void aColumnHeadedCprStopsTheLoad() throws IOException {
        List<String> header = new ArrayList<>(rows.header());
        header.add(0, "CPR-nr.");
        Path file = TableFormat.CSV.write(dir, "cpr-column", CaseRows.table(header, List.of(rows.valid("1", 0))));

        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.csv(file).load());

        Problem p = wellFormed(e.problem());
        assertEquals(Rule.CPR_COLUMN, p.rule());
        assertEquals(1, p.location().row());
        assertEquals(Optional.of("1"), p.location().column());
    }

    // ---- strict and lenient --------------------------------------------------------------------------

    private void writeOneBadFileAndOneCleanFile() throws IOException {
        Map<String, String> bad = rows.valid("A-2", 1);
        bad.put("age", "17");
        Map<String, String> warned = rows.valid("A-3", 2);
        warned.put("viso", "");
        write("a", List.of(rows.valid("A-1", 0), bad, warned));
        write("b", List.of(rows.valid("B-1", 3), rows.valid("B-2", 4)));
    }

    @Test
    void strictModeRejectsAWholeFileWithOneBadRowAndKeepsTheCleanFile() throws IOException {
        writeOneBadFileAndOneCleanFile();

        LoadResult result = Cases.folder(dir).strict().load();

        ValidationReport report = result.report();
        assertEquals(LoadMode.STRICT, report.mode());
        FileAccount a = report.files().get(0);
        FileAccount b = report.files().get(1);
        assertAll(
                () -> assertEquals(3, a.read()),
                () -> assertEquals(0, a.accepted()),
                () -> assertEquals(a.read(), a.rejected()),
                () -> assertTrue(a.wholeFileRejected()),
                () -> assertEquals(2, b.read()),
                () -> assertEquals(2, b.accepted()),
                () -> assertEquals(0, b.rejected()),
                () -> assertFalse(b.wholeFileRejected()));
        assertEquals(List.of("B-1", "B-2"), result.cases().records().stream().map(CaseRecord::caseNumber).toList());
        List<RejectedRow> rejected = report.rejectedRows();
        assertEquals(List.of(2L, 3L, 4L), rejected.stream().map(r -> r.location().row()).toList());
        assertEquals(List.of(true, false, true), rejected.stream().map(RejectedRow::rejectedWithFile).toList());
        assertEquals(List.of(), rejected.get(0).errors());
        assertEquals(List.of(Rule.OUT_OF_RANGE), rejected.get(1).errors().stream().map(Problem::rule).toList());
        assertEquals(List.of(), rejected.get(2).errors(), "a warning is no error of the row's own");
    }

    @Test
    void lenientModeKeepsTheGoodRowsOfAFileWithABadRow() throws IOException {
        writeOneBadFileAndOneCleanFile();

        LoadResult result = Cases.folder(dir).lenient().load();

        ValidationReport report = result.report();
        assertEquals(LoadMode.LENIENT, report.mode());
        assertEquals(List.of(2L, 2L), report.files().stream().map(FileAccount::accepted).toList());
        assertEquals(List.of(1L, 0L), report.files().stream().map(FileAccount::rejected).toList());
        assertFalse(report.files().get(0).wholeFileRejected());
        assertEquals(List.of("A-1", "A-3", "B-1", "B-2"),
                result.cases().records().stream().map(CaseRecord::caseNumber).toList());
        assertEquals(1, report.rejectedRows().size());
        assertFalse(report.rejectedRows().getFirst().rejectedWithFile());
        assertEquals(1, report.errorCount());
        assertEquals(1, report.warningCount());
    }

    @Test
    void lenientIsTheDefaultMode() throws IOException {
        writeOneBadFileAndOneCleanFile();

        assertEquals(LoadMode.LENIENT, Cases.folder(dir).load().report().mode());
    }
}
