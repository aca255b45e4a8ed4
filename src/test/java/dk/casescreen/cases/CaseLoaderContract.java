package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What every case loader must do, whatever the file format: read every answer of the sheet by
 * code, Danish or English label; tolerate exactly the sloppiness the sheet allows; recognise
 * headings by key, number and wording; keep the sheet's answer order; say where each record came
 * from; and give the same records for the same content in any format and in any row order.
 * Subclasses say how their format is written and loaded.
 */
abstract class CaseLoaderContract {

    @TempDir
    Path dir;

    final ScreeningSheet sheet = ScreeningSheet.builtIn();
    final CaseRows rows = new CaseRows(sheet);

    /** Writes {@code table} (header row first, every cell as text) as {@code dir/stem.<ext>}, returning the path. */
    protected abstract Path write(Path directory, String stem, List<List<String>> table) throws IOException;

    /** The loader of this format, {@code Cases.xxx(file)}. */
    protected abstract CaseLoader loader(Path file);

    /** The row a location names for the data row at {@code index} (0-based) of a table written by {@link #write}. */
    protected abstract long rowOf(int index);

    /** The worksheet a location names for a file written by {@link #write}, if the format has worksheets. */
    protected abstract Optional<String> worksheet();

    /** The column a location names for column {@code index} (0-based), headed {@code heading}, of a table written by {@link #write}. */
    protected abstract String columnOf(int index, String heading);

    LoadResult load(String stem, List<List<String>> table) throws IOException {
        return loader(write(dir, stem, table)).load();
    }

    LoadResult load(List<Map<String, String>> data) throws IOException {
        return load("cases", rows.table(data));
    }

    static CaseRecord record(LoadResult result, String caseNumber) {
        return result.cases().records().stream().filter(r -> r.caseNumber().equals(caseNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no accepted record with case number " + caseNumber
                        + "; problems: " + result.report().problems()));
    }

    /** What a record says, without where it came from. */
    record Essence(String municipality, String caseNumber, Optional<LocalDate> date, Optional<BigDecimal> cost,
                   Optional<String> remark, Map<String, Answer> answers) {

        static Essence of(CaseRecord r) {
            return new Essence(r.municipalityCode(), r.caseNumber(), r.screeningDate(), r.annualCost(), r.remark(),
                    r.answers());
        }
    }

    /** A problem without its location, which legitimately differs between formats. */
    record Finding(Rule rule, Optional<String> question, Optional<String> value) {

        static Finding of(Problem p) {
            return new Finding(p.rule(), p.question(), p.value());
        }
    }

    static List<Essence> essences(LoadResult result) {
        return result.cases().records().stream().map(Essence::of).toList();
    }

    static Map<Finding, Long> findings(LoadResult result) {
        return result.report().problems().stream().collect(Collectors.groupingBy(Finding::of, Collectors.counting()));
    }

    // ---- every question, every option, every way of writing it --------------------------------

    @Test
    void everyOptionOfEveryQuestionLoadsToItsCodeFromCodeDanishAndEnglishLabel() throws IOException {
        CaseRows.Coverage coverage = rows.coverage(48);
        Set<String> all = new HashSet<>();
        for (Question q : sheet.questions()) {
            for (AnswerOption o : q.options()) {
                for (int form = 0; form < 3; form++) {
                    all.add(q.key() + "/" + o.code() + "/" + form);
                }
            }
        }
        assertEquals(all, coverage.covered(), "the rows must write every option in every form");

        LoadResult result = load(coverage.data());

        assertEquals(List.of(), result.report().problems());
        assertEquals(48, result.cases().size());
        for (CaseRecord r : result.cases().records()) {
            assertEquals(36, r.answers().size());
            assertEquals(coverage.expected().get(r.caseNumber()), r.answers(), "answers of case " + r.caseNumber());
        }
    }

    // ---- tolerance of answer matching ------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"ja", "JA ", "Ja.", "  Ja  ", "jA!", "Ja ?", "YES", "yes."})
    void answersMatchWhateverTheirCaseSurroundingSpaceAndTrailingPunctuation(String typed) throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put("supplementary_tariff", typed);

        LoadResult result = load(List.of(row));

        assertEquals(List.of(), result.report().problems());
        assertEquals(new Answer.Choice("yes"), record(result, "1").answer("supplementary_tariff"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jaa", "j a", "J.a", "Ja Nej", "-ja", "ye s"})
    void answersThatAreMisspeltOrSplitAreRejected(String typed) throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put("supplementary_tariff", typed);

        LoadResult result = load(List.of(row));

        assertEquals(0, result.cases().size());
        assertEquals(1, result.report().rejected());
        Problem p = result.report().problems().getFirst();
        assertAll(
                () -> assertEquals(Rule.UNKNOWN_ANSWER, p.rule()),
                () -> assertEquals(Optional.of("q7 supplementary_tariff"), p.question()),
                () -> assertEquals(Optional.of(typed.strip()), p.value()));
    }

    // ---- headings --------------------------------------------------------------------------------

    /** Ways of heading a question's column. */
    enum HeadingStyle {
        KEY(q -> q.key()),
        NUMBER(q -> Integer.toString(q.number())),
        Q_NUMBER(q -> "q" + q.number()),
        SPM_NUMBER(q -> "Spm. " + q.number()),
        DANISH_WORDING(q -> q.text().da()),
        ENGLISH_WORDING(q -> q.text().en()),
        NUMBER_AND_DANISH_WORDING(q -> q.number() + ". " + q.text().da()),
        Q_NUMBER_AND_KEY(q -> "q" + q.number() + " " + q.key()),
        UPPER_CASE_DANISH_WORDING(q -> " " + q.text().da().toUpperCase(java.util.Locale.ROOT) + " ");

        final Function<Question, String> heading;

        HeadingStyle(Function<Question, String> heading) {
            this.heading = heading;
        }
    }

    @ParameterizedTest
    @EnumSource(HeadingStyle.class)
    void everyQuestionColumnIsFoundByItsHeading(HeadingStyle style) throws IOException {
        CaseRows.Coverage coverage = rows.coverage(12);
        List<List<String>> table = new ArrayList<>(rows.table(coverage.data()));
        List<String> header = new ArrayList<>(table.getFirst());
        for (Question q : sheet.questions()) {
            header.set(header.indexOf(q.key()), style.heading.apply(q));
        }
        table.set(0, header);

        LoadResult result = load("headed", table);

        assertEquals(List.of(), result.report().problems(), "no unknown or missing columns");
        assertEquals(12, result.cases().size());
        for (CaseRecord r : result.cases().records()) {
            assertEquals(coverage.expected().get(r.caseNumber()), r.answers());
        }
    }

    @Test
    void recordFieldsAreFoundByTheirEnglishHeadingsAndAliases() throws IOException {
        List<String> header = new ArrayList<>(rows.header());
        header.set(0, "Municipality");
        header.set(1, "sagsnummer");
        header.set(2, "Screening date");
        header.set(3, "udgift");
        header.set(4, "kommentar");
        Map<String, String> row = rows.valid("7", 0);
        row.put(CaseRows.COST, "2500000");
        row.put("cost_band", "band_2_5_3_0");
        row.put(CaseRows.REMARK, "flytter snart");
        Map<String, String> renamed = new LinkedHashMap<>();
        List<String> original = rows.header();
        for (int c = 0; c < original.size(); c++) {
            renamed.put(header.get(c), row.get(original.get(c)));
        }

        LoadResult result = load("aliases", CaseRows.table(header, List.of(renamed)));

        assertEquals(List.of(), result.report().problems());
        CaseRecord r = record(result, "7");
        assertEquals("751", r.municipalityCode());
        assertEquals(Optional.of(LocalDate.of(2022, 10, 1)), r.screeningDate());
        assertEquals(Optional.of(new BigDecimal("2500000")), r.annualCost());
        assertEquals(Optional.of("flytter snart"), r.remark());
    }

    // ---- sheet order -----------------------------------------------------------------------------

    @Test
    void caseTableKeepsTheSheetsAnswerOrderNotTheAlphabet() throws IOException {
        List<String> trends = List.of("Faldende", "Ved ikke", "Stigende", "Uændret", "Uændret", "");
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < trends.size(); i++) {
            Map<String, String> row = rows.valid("T" + i, i);
            row.put("cost_trend", trends.get(i));
            data.add(row);
        }

        CaseTable cases = load(data).cases();

        assertEquals(List.of("rising", "unchanged", "falling", "dont_know"), cases.levels("cost_trend"));
        assertEquals(List.of("better", "unchanged", "worse", "dont_know"), cases.levels("function_trend"));
        assertEquals(List.of("yes", "partly", "no", "dont_know"), cases.levels("psychiatry_treated"));
        assertEquals(sheet.require("cost_band").codes(), cases.levels("cost_band"));

        IntColumn ordinal = cases.ordinal("cost_trend");
        assertEquals(List.of(2, 3, 0, 1, 1), ordinal.asList().subList(0, 5));
        assertTrue(ordinal.isMissing(5), "not answered has no position");

        Table frequencies = cases.frequencies("cost_trend");
        assertEquals(List.of("rising", "unchanged", "falling", "dont_know", "_not_answered", "_not_applicable"),
                frequencies.stringColumn("code").asList());
        assertEquals(List.of("Stigende", "Uændret", "Faldende", "Ved ikke", "Ikke besvaret", "Ikke relevant"),
                frequencies.stringColumn("label_da").asList());
        assertEquals(List.of(1, 2, 1, 1, 1, 0), frequencies.intColumn("count").asList());

        assertEquals(List.of("falling", "dont_know", "rising", "unchanged", "unchanged", ""),
                cases.table().stringColumn("cost_trend").asList(), "the Tablesaw view holds codes in load order");
    }

    // ---- provenance ------------------------------------------------------------------------------

    @Test
    void everyRecordSaysWhichFileWorksheetAndRowItCameFrom() throws IOException {
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            data.add(rows.valid("P" + i, i));
        }
        Path file = write(dir, "provenance", rows.table(data));

        LoadResult result = loader(file).load();

        List<CaseRecord> records = result.cases().records();
        assertEquals(5, records.size());
        for (int i = 0; i < records.size(); i++) {
            Location source = records.get(i).source();
            assertEquals("P" + i, records.get(i).caseNumber());
            assertEquals(file.toString(), source.file());
            assertEquals(worksheet(), source.sheet());
            assertEquals(rowOf(i), source.row());
            assertEquals(Optional.empty(), source.column());
        }
        Table table = result.cases().table();
        assertEquals(rowOf(4), table.intColumn("source_row").getInt(4));
        assertEquals(worksheet().orElse(""), table.stringColumn("source_sheet").get(4));
        assertEquals(file.toString(), table.stringColumn("source_file").get(4));
        assertEquals(1, result.report().files().size());
        assertEquals(worksheet(), result.report().files().getFirst().location().sheet());
    }

    // ---- annual cost -------------------------------------------------------------------------------

    @Test
    void badAnnualCostsAreErrorsLocatedAtTheirCellAndABandMismatchOnlyWarns() throws IOException {
        String[][] cases = {
            {"neg", "-2.450.000", "band_2_0_2_5"}, {"zero", "0", "band_2_0_2_5"}, {"huge", "1,2 mia.", "band_over_10"},
            {"unit", "2,45", "band_2_0_2_5"}, {"band", "3.200.000 kr.", "band_2_0_2_5"}, {"fine", "2,45 mio. kr.", "band_2_0_2_5"}};
        List<Map<String, String>> data = new ArrayList<>();
        for (String[] c : cases) {
            Map<String, String> row = rows.valid(c[0], 1);
            row.put(CaseRows.COST, c[1]);
            row.put("cost_band", c[2]);
            data.add(row);
        }
        Path file = write(dir, "costs", rows.table(data));

        LoadResult result = loader(file).load();

        List<Rule> expected = List.of(Rule.NEGATIVE_COST, Rule.ZERO_COST, Rule.COST_ABOVE_LIMIT, Rule.COST_TOO_SMALL,
                Rule.COST_OUTSIDE_BAND);
        assertEquals(expected, result.report().problems().stream().map(Problem::rule).toList(),
                () -> "problems: " + result.report().problems());
        String column = columnOf(rows.header().indexOf(CaseRows.COST), CaseRows.COST);
        for (int i = 0; i < expected.size(); i++) {
            Problem p = result.report().problems().get(i);
            String typed = cases[i][1];
            assertAll(p.rule().name(),
                    () -> assertEquals(file.toString(), p.location().file()),
                    () -> assertEquals(worksheet(), p.location().sheet()),
                    () -> assertEquals(Optional.of(column), p.location().column()),
                    () -> assertEquals(Optional.of(typed), p.value()));
            assertEquals(rowOf(i), p.location().row(), p.rule().name());
        }
        assertTrue(result.report().problems().get(0).message().da().startsWith("'-2.450.000' er negativ"));
        assertTrue(result.report().problems().get(3).message().da().contains("mente du 2,45 mio. kr.?"));
        assertTrue(result.report().problems().get(3).message().en().contains("did you mean 2.45 mio. kr.?"));
        assertEquals(List.of("band", "fine"), result.cases().records().stream().map(CaseRecord::caseNumber).toList(),
                "a band mismatch is only a warning");
        assertEquals(0, new BigDecimal("3200000").compareTo(record(result, "band").annualCost().orElseThrow()));
        assertEquals(0, new BigDecimal("2450000").compareTo(record(result, "fine").annualCost().orElseThrow()));
    }

    // ---- don't know, not answered, not applicable --------------------------------------------------

    @Test
    void dontKnowIsAnAnswerApartFromNotAnsweredAndNotApplicable() throws IOException {
        Map<String, String> dontKnow = rows.valid("D", 0);
        dontKnow.put("cost_trend", "Ved ikke");
        Map<String, String> blank = rows.valid("B", 0);
        blank.put("cost_trend", "");
        Map<String, String> noSentence = rows.valid("N", 0);
        noSentence.put("conviction", "Nej");
        noSentence.put("conviction_type", "");

        LoadResult result = load(List.of(dontKnow, blank, noSentence));

        Answer d = record(result, "D").answer("cost_trend");
        Answer b = record(result, "B").answer("cost_trend");
        Answer n = record(result, "N").answer("conviction_type");
        assertEquals(new Answer.Choice("dont_know"), d);
        assertTrue(d.isGiven());
        assertTrue(sheet.require("cost_trend").isDontKnow("dont_know"));
        assertInstanceOf(Answer.NotAnswered.class, b);
        assertFalse(b.isGiven());
        assertInstanceOf(Answer.NotApplicable.class, n);
        assertFalse(n.isGiven());
        assertNotEquals(b, n);

        Table frequencies = result.cases().frequencies("conviction_type");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < frequencies.rowCount(); i++) {
            counts.put(frequencies.stringColumn("code").get(i), frequencies.intColumn("count").getInt(i));
        }
        assertEquals(1, counts.get("_not_applicable"));
        assertEquals(0, counts.get("_not_answered"));
        assertEquals(1, result.cases().frequencies("cost_trend").intColumn("count").getInt(3), "Ved ikke counted once");
        assertEquals(1, result.cases().frequencies("cost_trend").intColumn("count").getInt(4), "not answered counted once");
    }

    // ---- same content, any format, any order --------------------------------------------------------

    private List<Map<String, String>> mixedContent() {
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            data.add(rows.valid("M" + i, i));
        }
        data.get(0).put(CaseRows.COST, "2.345.678,50");
        data.get(1).put(CaseRows.COST, "2500000");
        data.get(2).put(CaseRows.REMARK, "Pårørende ønsker ændring; se notat");
        data.get(3).put("cost_trend", "Ved ikke");
        data.get(4).put("viso", "");
        data.get(5).put(CaseRows.DATE, "2022-10-03");
        data.get(6).put(CaseRows.MUNICIPALITY, "0101");
        data.get(7).put("age", "17");
        data.get(8).put("gender", "Female");
        data.get(9).put("conviction", "Nej");
        data.get(9).put("conviction_type", "");
        return data;
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void sameContentGivesTheSameRecordsAsInTheOtherFormats(TableFormat other) throws IOException {
        List<List<String>> table = rows.table(mixedContent());

        LoadResult mine = load("mine", table);
        LoadResult theirs = other.loader(other.write(dir, "theirs", table)).load();

        assertEquals(11, mine.cases().size(), "one row (age 17) is rejected");
        assertEquals(essences(theirs), essences(mine));
        assertEquals(findings(theirs), findings(mine));
        assertEquals(theirs.report().rejected(), mine.report().rejected());
    }

    @Test
    void permutingTheDataRowsChangesNothingButTheOrder() throws IOException {
        List<Map<String, String>> data = new ArrayList<>(mixedContent());
        for (int i = 0; i < 30; i++) {
            data.add(rows.valid("V" + i, 7 * i + 3));
        }
        List<Map<String, String>> shuffled = new ArrayList<>(data);
        Collections.shuffle(shuffled, new Random(20221001L));

        LoadResult original = load("original", rows.table(data));
        LoadResult permuted = load("permuted", rows.table(shuffled));

        assertNotEquals(essences(original), essences(permuted), "the shuffle must change the order");
        assertEquals(byCaseNumber(original), byCaseNumber(permuted));
        assertEquals(findings(original), findings(permuted));
        assertEquals(original.report().read(), permuted.report().read());
        assertEquals(original.report().accepted(), permuted.report().accepted());
        assertEquals(original.report().rejected(), permuted.report().rejected());
        for (Question q : sheet.questions()) {
            if (q.type().isChoice()) {
                assertEquals(original.cases().frequencies(q.key()).intColumn("count").asList(),
                        permuted.cases().frequencies(q.key()).intColumn("count").asList(), q.key());
            }
        }
    }

    private static Map<String, Essence> byCaseNumber(LoadResult result) {
        Map<String, Essence> map = new TreeMap<>();
        essences(result).forEach(e -> map.put(e.municipality() + "/" + e.caseNumber(), e));
        return map;
    }
}
