package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every data row read is either accepted or listed as rejected, per file and in total, in both
 * modes; blank rows are no data rows; and a row is rejected exactly when it has an error. Checked
 * on a hand-made file and on a few hundred randomly spoilt rows.
 */
class RowAccountingTest {

    @TempDir
    Path dir;

    private final ScreeningSheet sheet = ScreeningSheet.builtIn();
    private final CaseRows rows = new CaseRows(sheet);

    private static Set<Long> rowsWithErrors(ValidationReport report, String file) {
        return report.problems(Severity.ERROR).stream().filter(p -> p.location().file().equals(file))
                .map(p -> p.location().row()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> rejectedRows(ValidationReport report, String file) {
        return report.rejectedRows().stream().filter(r -> r.location().file().equals(file))
                .map(r -> r.location().row()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertAddsUp(LoadResult result) {
        ValidationReport report = result.report();
        for (FileAccount file : report.files()) {
            assertEquals(file.read(), file.accepted() + file.rejected(), file.location().file());
            assertEquals(file.rejected(), rejectedRows(report, file.location().file()).size(), file.location().file());
        }
        assertEquals(report.read(), report.accepted() + report.rejected());
        assertEquals(report.rejected(), report.rejectedRows().size());
        assertEquals(report.accepted(), result.cases().size());
        assertEquals(report.read(), report.files().stream().mapToLong(FileAccount::read).sum());
    }

    // ---- a hand-made file --------------------------------------------------------------------------

    /**
     * Rows 2–15 of mixed.csv: good rows 2, 4, 9, 15; errors in rows 3 (unknown answer), 5 (age
     * 121), 7 (bad date and unknown municipality), 11 (no case number), 14 (duplicate of row 2);
     * warnings only in rows 8 (no date) and 12 (blank answer); blank rows 6, 10 and 13.
     */
    private Path writeMixed() throws IOException {
        List<Map<String, String>> data = new ArrayList<>();
        Map<String, String> blank = CaseRows.blank(rows.header());
        data.add(rows.valid("G1", 0));
        data.add(spoil(rows.valid("E1", 1), "gender", "Ukendt"));
        data.add(rows.valid("G2", 2));
        data.add(spoil(rows.valid("E2", 3), "age", "121"));
        data.add(blank);
        data.add(spoil(spoil(rows.valid("E3", 4), CaseRows.DATE, "32-10-2022"), CaseRows.MUNICIPALITY, "Atlantis"));
        data.add(spoil(rows.valid("W1", 5), CaseRows.DATE, ""));
        data.add(rows.valid("G3", 6));
        data.add(blank);
        data.add(spoil(rows.valid("", 7), "viso", "Ja"));
        data.add(spoil(rows.valid("W2", 8), "movable", ""));
        data.add(blank);
        data.add(rows.valid("G1", 9));
        data.add(rows.valid("G4", 10));
        return TableFormat.CSV.write(dir, "mixed", rows.table(data));
    }

    private Path writeClean() throws IOException {
        return TableFormat.CSV.write(dir, "zz-clean", rows.table(List.of(rows.valid("Z1", 0), rows.valid("Z2", 1))));
    }

    private static Map<String, String> spoil(Map<String, String> row, String heading, String value) {
        row.put(heading, value);
        return row;
    }

    @Test
    void lenientModeAccountsForEveryRowOfAMixedFile() throws IOException {
        Path mixed = writeMixed();
        Path clean = writeClean();

        LoadResult result = Cases.folder(dir).lenient().load();

        assertAddsUp(result);
        ValidationReport report = result.report();
        FileAccount m = report.files().get(0);
        FileAccount c = report.files().get(1);
        assertEquals(mixed.toString(), m.location().file());
        assertEquals(List.of(11L, 6L, 5L), List.of(m.read(), m.accepted(), m.rejected()), "blank rows are not read");
        assertEquals(List.of(2L, 2L, 0L), List.of(c.read(), c.accepted(), c.rejected()));
        assertEquals(List.of(13L, 8L, 5L), List.of(report.read(), report.accepted(), report.rejected()));
        assertEquals(Set.of(3L, 5L, 7L, 11L, 14L), rejectedRows(report, mixed.toString()));
        assertEquals(rowsWithErrors(report, mixed.toString()), rejectedRows(report, mixed.toString()));
        assertEquals(Set.of(), rejectedRows(report, clean.toString()));
        assertEquals(List.of("G1", "G2", "W1", "G3", "W2", "G4", "Z1", "Z2"),
                result.cases().records().stream().map(CaseRecord::caseNumber).toList());
        assertEquals(Set.of(8L, 12L), report.problems(Severity.WARNING).stream().map(p -> p.location().row())
                .collect(Collectors.toSet()));
        RejectedRow twoErrors = report.rejectedRows().stream().filter(r -> r.location().row() == 7).findFirst().orElseThrow();
        assertEquals(Set.of(Rule.INVALID_DATE, Rule.UNKNOWN_MUNICIPALITY),
                twoErrors.errors().stream().map(Problem::rule).collect(Collectors.toSet()), "one row, two errors");
        for (RejectedRow r : report.rejectedRows()) {
            assertEquals(mixed.toString(), r.location().file());
            assertFalse(r.errors().isEmpty());
            assertFalse(r.rejectedWithFile());
            assertTrue(r.errors().stream().allMatch(p -> p.location().row() == r.location().row()));
        }
    }

    @Test
    void strictModeAccountsForEveryRowOfAMixedFile() throws IOException {
        Path mixed = writeMixed();
        Path clean = writeClean();

        LoadResult result = Cases.folder(dir).strict().load();

        assertAddsUp(result);
        ValidationReport report = result.report();
        FileAccount m = report.files().get(0);
        assertEquals(List.of(11L, 0L, 11L), List.of(m.read(), m.accepted(), m.rejected()));
        assertTrue(m.wholeFileRejected());
        assertEquals(List.of(13L, 2L, 11L), List.of(report.read(), report.accepted(), report.rejected()));
        assertEquals(Set.of(2L, 3L, 4L, 5L, 7L, 8L, 9L, 11L, 12L, 14L, 15L), rejectedRows(report, mixed.toString()));
        for (RejectedRow r : report.rejectedRows()) {
            assertEquals(r.errors().isEmpty(), r.rejectedWithFile(), "row " + r.location().row());
        }
        assertEquals(rowsWithErrors(report, mixed.toString()), report.rejectedRows().stream()
                .filter(r -> !r.rejectedWithFile()).map(r -> r.location().row()).collect(Collectors.toSet()));
        assertEquals(List.of("Z1", "Z2"), result.cases().records().stream().map(CaseRecord::caseNumber).toList());
        assertEquals(clean.toString(), result.cases().records().getFirst().source().file());
    }

    @ParameterizedTest
    @EnumSource(LoadMode.class)
    void aFileOfOnlyBlankRowsReadsNothing(LoadMode mode) throws IOException {
        Map<String, String> blank = CaseRows.blank(rows.header());
        Path file = TableFormat.CSV.write(dir, "empty", rows.table(List.of(blank, blank)));

        LoadResult result = Cases.csv(file).mode(mode).load();

        assertAddsUp(result);
        assertEquals(List.of(0L, 0L, 0L), List.of(result.report().read(), result.report().accepted(), result.report().rejected()));
        assertFalse(result.report().files().getFirst().wholeFileRejected());
    }

    // ---- randomly spoilt rows ------------------------------------------------------------------------

    /** Ways to spoil a valid row; each touches its own cells, so two never undo each other. */
    private enum Spoil {
        UNKNOWN_ANSWER(true), AGE_OUT_OF_RANGE(true), AGE_NOT_A_NUMBER(true), BAD_DATE(true), BAD_COST(true),
        UNKNOWN_MUNICIPALITY(true), NO_MUNICIPALITY(true), NO_CASE_NUMBER(true), ANSWERED_NOT_APPLICABLE(true),
        DUPLICATE(true), NO_DATE(false), BLANK_ANSWER(false), BLANK_APPLICABLE_CONDITIONAL(false),
        SLOPPY_BUT_VALID(false);

        final boolean error;

        Spoil(boolean error) {
            this.error = error;
        }
    }

    private static final Set<Set<Spoil>> CLASHES = Set.of(
            EnumSet.of(Spoil.AGE_OUT_OF_RANGE, Spoil.AGE_NOT_A_NUMBER),
            EnumSet.of(Spoil.BAD_DATE, Spoil.NO_DATE),
            EnumSet.of(Spoil.UNKNOWN_MUNICIPALITY, Spoil.NO_MUNICIPALITY),
            EnumSet.of(Spoil.UNKNOWN_MUNICIPALITY, Spoil.DUPLICATE),
            EnumSet.of(Spoil.NO_MUNICIPALITY, Spoil.DUPLICATE),
            EnumSet.of(Spoil.NO_CASE_NUMBER, Spoil.DUPLICATE),
            EnumSet.of(Spoil.ANSWERED_NOT_APPLICABLE, Spoil.BLANK_APPLICABLE_CONDITIONAL),
            EnumSet.of(Spoil.BLANK_ANSWER, Spoil.SLOPPY_BUT_VALID));

    private static final List<String> MUNICIPALITIES = List.of("Aarhus", "751", "Odense", "0461", "København",
            "Københavns Kommune", "aalborg kommune", "Herning");

    /** A generated row: its cells, how it was spoilt, and whether it is blank. */
    private record Generated(Map<String, String> cells, Set<Spoil> spoils, boolean blank) {

        boolean expectError() {
            return spoils.stream().anyMatch(s -> s.error);
        }
    }

    /** Choice questions that no other question depends on and that depend on none. */
    private List<Question> freeQuestions() {
        Set<String> conditional = new HashSet<>();
        for (Question q : sheet.questions()) {
            q.condition().ifPresent(c -> {
                conditional.add(q.key());
                conditional.add(c.questionKey());
            });
        }
        return sheet.questions().stream().filter(q -> q.type().isChoice() && !conditional.contains(q.key())).toList();
    }

    private List<Generated> generate(Random random, int n) {
        List<Question> free = freeQuestions();
        List<Generated> generated = new ArrayList<>();
        List<String[]> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (random.nextInt(20) == 0) {
                generated.add(new Generated(CaseRows.blank(rows.header()), Set.of(), true));
                continue;
            }
            Map<String, String> row = rows.valid("R" + i, random.nextInt(1000));
            row.put(CaseRows.MUNICIPALITY, MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())));
            if (random.nextBoolean()) {
                row.put(CaseRows.COST, random.nextBoolean() ? "2.345.678,50" : Integer.toString(2_000_000 + random.nextInt(9_000_000)));
                java.math.BigDecimal cost = Values.amount(row.get(CaseRows.COST), false).orElseThrow();
                // a valid row's cost lies in its band
                row.put("cost_band", sheet.require("cost_band").options().stream()
                        .filter(o -> o.amount().orElseThrow().contains(cost)).findFirst().orElseThrow().code());
            }
            Set<Spoil> spoils = EnumSet.noneOf(Spoil.class);
            int count = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
            while (spoils.size() < count) {
                Spoil s = Spoil.values()[random.nextInt(Spoil.values().length)];
                if (s == Spoil.DUPLICATE && keys.isEmpty()) {
                    continue;
                }
                Set<Spoil> with = EnumSet.copyOf(spoils);
                with.add(s);
                if (CLASHES.stream().noneMatch(with::containsAll)) {
                    spoils.add(s);
                }
            }
            Question a = free.get(random.nextInt(free.size()));
            Question b = free.stream().filter(q -> q != a).toList().get(random.nextInt(free.size() - 1));
            for (Spoil s : spoils) {
                switch (s) {
                    case UNKNOWN_ANSWER -> row.put(a.key(), List.of("jaa", "Måske", "j a", "?", "0").get(random.nextInt(5)));
                    case AGE_OUT_OF_RANGE -> row.put("age", List.of("17", "121", "0", "-4", "200").get(random.nextInt(5)));
                    case AGE_NOT_A_NUMBER -> row.put("age", List.of("tredive", "34,5", "34 år", "ca. 40").get(random.nextInt(4)));
                    case BAD_DATE -> row.put(CaseRows.DATE, List.of("32-10-2022", "oktober", "2022-02-30", "1/10").get(random.nextInt(4)));
                    case BAD_COST -> row.put(CaseRows.COST, List.of("mange", "-1", "2.500.00,00", "2,45").get(random.nextInt(4)));
                    case UNKNOWN_MUNICIPALITY -> row.put(CaseRows.MUNICIPALITY, List.of("Atlantis", "9999", "Aarhus Amt").get(random.nextInt(3)));
                    case NO_MUNICIPALITY -> row.put(CaseRows.MUNICIPALITY, random.nextBoolean() ? "" : "  ");
                    case NO_CASE_NUMBER -> row.put(CaseRows.CASE_NUMBER, "");
                    case ANSWERED_NOT_APPLICABLE -> {
                        row.put("conviction", "Nej");
                        row.put("conviction_type", "Anden");
                    }
                    case DUPLICATE -> {
                        String[] key = keys.get(random.nextInt(keys.size()));
                        row.put(CaseRows.MUNICIPALITY, key[0]);
                        row.put(CaseRows.CASE_NUMBER, key[1]);
                    }
                    case NO_DATE -> row.put(CaseRows.DATE, "");
                    case BLANK_ANSWER -> row.put(b.key(), "");
                    case BLANK_APPLICABLE_CONDITIONAL -> {
                        row.put("appeals_board", "Ja");
                        row.put("appeals_raised_cost", "");
                    }
                    case SLOPPY_BUT_VALID -> row.put(b.key(), " " + row.get(b.key()).toUpperCase(java.util.Locale.ROOT) + ". ");
                }
            }
            if (!spoils.contains(Spoil.UNKNOWN_MUNICIPALITY) && !spoils.contains(Spoil.NO_MUNICIPALITY)
                    && !spoils.contains(Spoil.NO_CASE_NUMBER) && !spoils.contains(Spoil.DUPLICATE)) {
                keys.add(new String[] {row.get(CaseRows.MUNICIPALITY), row.get(CaseRows.CASE_NUMBER)});
            }
            generated.add(new Generated(row, spoils, false));
        }
        return generated;
    }

    @Test
    void randomlySpoiltRowsAreRejectedExactlyWhenTheyHaveAnError() throws IOException {
        Random random = new Random(683L);
        List<Generated> generated = generate(random, 400);
        Path file = TableFormat.CSV.write(dir, "random", rows.table(generated.stream().map(Generated::cells).toList()));

        LoadResult lenient = Cases.csv(file).lenient().load();
        LoadResult strict = Cases.csv(file).strict().load();

        assertAddsUp(lenient);
        assertAddsUp(strict);
        long dataRows = generated.stream().filter(g -> !g.blank()).count();
        Set<Long> expectedRejected = new TreeSet<>();
        Set<Long> expectedClean = new TreeSet<>();
        Map<Long, Set<Spoil>> spoilsByRow = new HashMap<>();
        for (int i = 0; i < generated.size(); i++) {
            Generated g = generated.get(i);
            long row = i + 2;
            if (g.expectError()) {
                expectedRejected.add(row);
            }
            if (!g.blank() && g.spoils().stream().allMatch(s -> s == Spoil.SLOPPY_BUT_VALID)) {
                expectedClean.add(row);
            }
            spoilsByRow.put(row, g.spoils());
        }
        assertTrue(expectedRejected.size() > 100 && expectedRejected.size() < dataRows - 50,
                "the generator mixes good and bad rows: " + expectedRejected.size() + " of " + dataRows);

        ValidationReport report = lenient.report();
        assertEquals(dataRows, report.read());
        assertEquals(expectedRejected, rejectedRows(report, file.toString()));
        assertEquals(rowsWithErrors(report, file.toString()), rejectedRows(report, file.toString()));
        assertEquals(dataRows - expectedRejected.size(), lenient.cases().size());
        Set<Long> acceptedRows = lenient.cases().records().stream().map(r -> r.source().row()).collect(Collectors.toSet());
        assertTrue(acceptedRows.stream().noneMatch(expectedRejected::contains));
        Set<Long> rowsWithProblems = report.problems().stream().map(p -> p.location().row()).collect(Collectors.toSet());
        assertTrue(expectedClean.stream().noneMatch(rowsWithProblems::contains), "unspoilt rows have no problems");
        for (Problem p : report.problems(Severity.WARNING)) {
            Set<Spoil> spoils = spoilsByRow.get(p.location().row());
            assertTrue(spoils.contains(Spoil.NO_DATE) || spoils.contains(Spoil.BLANK_ANSWER)
                    || spoils.contains(Spoil.BLANK_APPLICABLE_CONDITIONAL), "warning without cause: " + p);
        }

        assertEquals(dataRows, strict.report().read());
        assertEquals(0, strict.report().accepted(), "a file with errors is rejected whole");
        assertEquals(dataRows, strict.report().rejected());
        assertEquals(0, strict.cases().size());
        assertEquals(expectedRejected, strict.report().rejectedRows().stream().filter(r -> !r.rejectedWithFile())
                .map(r -> r.location().row()).collect(Collectors.toCollection(TreeSet::new)));
    }
}
