package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.CostSummary;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import dk.casescreen.disclosure.DisclosureAudit;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sums are suppressed like counts. On crafted data with many small groups (seven small municipalities, as
 * in {@link SharedDeckSuppressionTest}), every answer group with 1 to 4 cases with a cost shows neither its
 * total nor its mean nor its median in the shared report, the deck or the tables; its sum cannot be worked
 * out as the total minus the shown groups (another group's sum or the total is hidden too, unless cases
 * outside the answers carry cost); the attacker's linear programs find no hidden count; and the internal
 * edition shows the own figures.
 */
class SharedCostSuppressionTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final Pattern MONEY = Pattern.compile("data-money=\"(\\w+)\" data-money-cell=\"([^\"]*)\" data-kr=\"([^\"]*)\"");
    private static final int THRESHOLD = 5;

    @TempDir
    static Path dir;
    private static ReportDocument shared;
    private static ReportDocument internal;
    private static String sharedHtml;
    private static Set<String> sharedMoneyCells;

    @BeforeAll
    static void writeBothEditions() throws Exception {
        SyntheticDataSet data = new SyntheticGenerator(SHEET).generate(new SyntheticOptions(31, 84, 7, 0, List.of()));
        LoadResult loaded = Cases.csv(SyntheticFiles.write(data, SHEET, dir.resolve("crafted"))).municipalities(data.municipalities()).load();
        AnalysisOptions options = AnalysisOptions.defaults(SHEET).withPopulations(data.populations());
        shared = ReportDocument.prepare(ReportBuilder.build(loaded.cases(), loaded.report(), List.of("901", "902"), "test", options,
                Disclosure.shared(THRESHOLD), Language.DA));
        internal = ReportDocument.prepare(ReportBuilder.build(loaded.cases(), loaded.report(), List.of("901", "902"), "test", options,
                Disclosure.internal(), Language.DA));
        sharedHtml = shared.html();
        sharedMoneyCells = moneyCells(sharedHtml);
    }

    private static Set<String> moneyCells(String html) {
        Set<String> cells = new HashSet<>();
        Matcher m = MONEY.matcher(html);
        while (m.find()) {
            cells.add(m.group(2).replace("&amp;", "&"));
        }
        return cells;
    }

    private static String id(CellRef c) {
        return c.table() + " | " + c.row() + " | " + c.column();
    }

    /** A small answer group: its cost cell, its siblings and the question. */
    private record Small(Question question, CellRef cell, List<CellRef> siblings, long outsideAnswers) {
    }

    private static List<Small> smallGroups(ReportDocument doc) {
        ReportContext ctx = doc.context();
        CellRef overall = costCell(doc, CostCells.table(ctx), "Med udgift");
        List<Small> small = new ArrayList<>();
        for (Question q : SHEET.questions()) {
            if (!q.type().isChoice()) {
                continue;
            }
            String table = CostCells.table(ctx, ctx.question(q.key()));
            List<CellRef> groups = doc.publication().cells().stream().filter(c -> c.table().equals(table)).toList();
            long inAnswers = groups.stream().mapToLong(CellRef::count).sum();
            for (CellRef c : groups) {
                if (c.count() >= 1 && c.count() < THRESHOLD) {
                    small.add(new Small(q, c, groups.stream().filter(g -> g != c).toList(), overall.count() - inAnswers));
                }
            }
        }
        return small;
    }

    private static CellRef costCell(ReportDocument doc, String table, String row) {
        return doc.publication().cells().stream().filter(c -> c.table().equals(table) && c.row().equals(row)).findFirst().orElseThrow();
    }

    @Test
    void theCraftedDataHaveAnswerGroupsWithOneToFourCasesWithACost() {
        assertTrue(smallGroups(shared).size() >= 5, "too few small money groups to prove anything: " + smallGroups(shared).size());
    }

    @Test
    void aSmallGroupsTotalMeanAndMedianAreHiddenInTheSharedReport() {
        for (Small s : smallGroups(shared)) {
            assertEquals(CellStatus.PRIMARY, shared.plan().status(s.cell()), id(s.cell()));
            assertFalse(sharedMoneyCells.contains(id(s.cell())), id(s.cell()) + " shows an amount");
        }
        for (String shown : sharedMoneyCells) {
            CellRef c = shared.publication().cells().stream().filter(x -> id(x).equals(shown)).findFirst().orElseThrow();
            assertEquals(CellStatus.SHOWN, shared.plan().status(c), shown);
            assertTrue(c.count() >= THRESHOLD, shown + " shows an amount over " + c.count() + " persons");
        }
    }

    @Test
    void aSmallGroupsSumCannotBeWorkedOutAsTheTotalMinusTheShownGroups() {
        CellRef overall = costCell(shared, CostCells.table(shared.context()), "Med udgift");
        int pinned = 0;
        for (Small s : smallGroups(shared)) {
            boolean otherHidden = s.siblings().stream().anyMatch(g -> shared.plan().status(g) != CellStatus.SHOWN)
                    || shared.plan().status(overall) != CellStatus.SHOWN;
            if (s.outsideAnswers() == 0) {
                assertTrue(otherHidden, id(s.cell()) + ": total minus the shown groups gives its sum");
                pinned++;
            }
        }
        assertTrue(pinned > 0, "no small group where every case with a cost answered the question");
        assertTrue(DisclosureAudit.audit(shared.publication(), shared.plan(), THRESHOLD).passed(), "the attacker finds a hidden count");
    }

    @Test
    void theTablesHideTheSameAmounts() {
        TidyTable profile = TableExport.of(shared).tables().stream().filter(t -> t.definition() == CostExport.PROFILE).findFirst().orElseThrow();
        int question = profile.definition().index("question");
        int answer = profile.definition().index("answer_label");
        int total = profile.definition().index("total");
        int mean = profile.definition().index("mean");
        int median = profile.definition().index("median");
        int count = profile.definition().index("count");
        int checked = 0;
        for (Small s : smallGroups(shared)) {
            TidyTable.Row row = profile.rows().stream().filter(r -> s.question().key().equals(r.values().get(question))
                    && s.cell().row().equals(r.values().get(answer))).findFirst().orElseThrow();
            assertNull(row.values().get(count), id(s.cell()));
            assertNull(row.values().get(total), id(s.cell()));
            assertNull(row.values().get(mean), id(s.cell()));
            assertNull(row.values().get(median), id(s.cell()));
            checked++;
        }
        for (TidyTable.Row row : profile.rows()) {
            for (int c : new int[] {total, mean, median}) {
                if (row.values().get(c) != null) {
                    for (CellRef ref : row.sources().get(c)) {
                        assertEquals(CellStatus.SHOWN, shared.plan().status(ref), "an amount rests on a hidden count: " + id(ref));
                    }
                }
            }
        }
        assertTrue(checked > 0);
    }

    @Test
    void theDeckHidesTheSameAmounts() throws Exception {
        DeckContent deck = DeckContent.read(DemoReports.deck(shared));
        String slide = deck.slides().stream().filter(s -> s.title().startsWith("Hvad koster de?")).findFirst().orElseThrow().allText();
        ReportContext ctx = shared.context();
        CostCells.Numbers n = CostCells.of(shared.input(), ctx);
        for (CostCells.Opportunity o : n.opportunities()) {
            String line = slide.lines().filter(l -> l.startsWith(o.definition().label().da() + ": ")).findFirst().orElseThrow(() ->
                    new AssertionError("no line for " + o.definition().label().da() + " in " + slide));
            if (shared.plan().status(o.cell().ref()) != CellStatus.SHOWN) {
                assertFalse(line.contains("kr."), line);
            } else if (o.shown()) {
                assertTrue(line.contains(CostSection.kr(ctx, o.cost().total().doubleValue())), line);
            }
        }
        String overall = slide.lines().filter(l -> l.startsWith("Udgift i alt: ")).findFirst().orElseThrow();
        CellRef all = costCell(shared, CostCells.table(ctx), "Med udgift");
        assertEquals(shared.plan().status(all) == CellStatus.SHOWN, overall.contains("kr."), overall);
    }

    @Test
    void theInternalEditionShowsTheOwnFigures() {
        Set<String> internalMoney = moneyCells(internal.html());
        List<Small> small = smallGroups(internal);
        assertFalse(small.isEmpty());
        for (Small s : small) {
            assertEquals(CellStatus.SHOWN, internal.plan().status(s.cell()), id(s.cell()));
            if (CostCells.SHOWN_QUESTIONS.contains(s.question().key())) {
                assertTrue(internalMoney.contains(id(s.cell())), id(s.cell()) + " hidden in the internal edition");
            }
        }
        CostSummary all = internal.input().own().cost().overall();
        assertTrue(internal.html().contains("data-kr=\"" + all.total().toPlainString() + "\""));
        assertTrue(all.total().compareTo(BigDecimal.ZERO) > 0);
    }
}
