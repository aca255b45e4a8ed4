package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.chart.Chart;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import dk.casescreen.disclosure.DisclosureAudit;
import dk.casescreen.disclosure.SuppressionPlan;
import dk.casescreen.reference.synth.RoundOptions;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared report's follow-up on two small synthetic rounds, where many transitions are 1 to 4 citizens,
 * attacked as a reader would: the HTML shows no hidden count, no hidden transition follows from the shown
 * counts by subtraction (table total, dearer/same/cheaper against the transition cells), the project's
 * audit passes, and the deck and the tables hide exactly what the report hides.
 */
class SharedFollowUpSuppressionTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final int THRESHOLD = 5;
    private static final Pattern SHOWN = Pattern.compile("data-cell=\"([^\"]*)\" data-count=\"(\\d+)\"");
    private static final Pattern HIDDEN = Pattern.compile("data-cell=\"([^\"]*)\" data-status=\"(primary|secondary)\">([^<]*)<");

    @TempDir
    static Path dir;
    private static ReportDocument doc;
    private static FollowUpCells.Numbers numbers;
    private static String section;

    @BeforeAll
    static void twoSmallRounds() throws Exception {
        RoundOptions options = RoundOptions.defaults();
        List<SyntheticDataSet> rounds = new SyntheticGenerator(SHEET).generateRounds(
                SyntheticOptions.defaults().withSeed(11).withCases(120).withMunicipalities(4), options);
        LoadResult loaded = Cases.files(SyntheticFiles.writeRounds(rounds, options, SHEET, dir))
                .municipalities(rounds.getLast().municipalities()).load();
        ReportInput in = ReportBuilder.build(loaded.cases(), loaded.report(), List.of("901"), "test", AnalysisOptions.defaults(SHEET),
                Disclosure.shared(THRESHOLD), Language.DA);
        doc = ReportDocument.prepare(in);
        numbers = FollowUpCells.of(in, doc.context()).orElseThrow();
        String html = doc.html();
        int start = html.indexOf("<section id=\"udvikling\">");
        assertTrue(start >= 0, "no follow-up section");
        section = html.substring(start, html.indexOf("</section>", start));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static List<ReportCells.Cell> followUpCells() {
        List<ReportCells.Cell> all = new ArrayList<>(List.of(numbers.linked(), numbers.ended(), numbers.added(), numbers.banded()));
        all.addAll(numbers.transitionList());
        all.addAll(numbers.change());
        all.addAll(numbers.selfReportList());
        numbers.costN().ifPresent(all::add);
        return all;
    }

    @Test
    void theSmallRoundsHaveHiddenTransitions() {
        long primary = numbers.transitionList().stream().filter(c -> c.status() == CellStatus.PRIMARY).count();
        assertTrue(primary >= 3, "only " + primary + " small transitions: the attack would prove little");
        assertTrue(numbers.transitionList().stream().allMatch(c -> c.status() != CellStatus.PRIMARY || c.count() >= 1 && c.count() < THRESHOLD));
    }

    @Test
    void theSectionShowsNoHiddenCount() {
        SuppressionPlan plan = doc.plan();
        int shown = 0;
        Matcher m = SHOWN.matcher(section);
        while (m.find()) {
            String id = unescape(m.group(1));
            ReportCells.Cell c = followUpCells().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
            assertEquals(CellStatus.SHOWN, plan.status(c.ref()), "a hidden count is in the section: " + id);
            assertEquals(c.count(), Long.parseLong(m.group(2)), id);
            shown++;
        }
        assertTrue(shown > 0);
        int marks = 0;
        Matcher h = HIDDEN.matcher(section);
        while (h.find()) {
            String id = unescape(h.group(1));
            ReportCells.Cell c = followUpCells().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
            assertEquals(h.group(2), plan.status(c.ref()).name().toLowerCase(java.util.Locale.ROOT), id);
            assertEquals(plan.status(c.ref()) == CellStatus.PRIMARY ? "<" + THRESHOLD : "·", unescape(h.group(3)));
            marks++;
        }
        assertTrue(marks > 0, "no hidden follow-up count is marked");
        // the flow chart's figure names hidden counts only by their mark
        Chart flow = FollowUpSection.flowChart(doc.input(), doc.context(), numbers);
        for (int j = 0; j < numbers.bands().size(); j++) {
            for (int i = 0; i < numbers.bands().size(); i++) {
                ReportCells.Cell c = numbers.transitions()[i][j];
                double y = flow.series().get(j).data().get(i).y();
                if (c.shown()) {
                    assertEquals(c.count(), y, 0.0);
                } else {
                    assertTrue(Double.isNaN(y), "the flow chart draws a hidden count");
                }
            }
        }
    }

    /** Every equation the reader of the section has: table total, and dearer/same/cheaper as sums of transitions. */
    private static List<List<ReportCells.Cell>> equations() {
        int k = numbers.bands().size();
        List<List<ReportCells.Cell>> eqs = new ArrayList<>();
        List<ReportCells.Cell> total = new ArrayList<>(numbers.transitionList());
        total.add(numbers.banded());
        eqs.add(total);
        eqs.add(List.of(numbers.banded(), numbers.change().get(0), numbers.change().get(1), numbers.change().get(2)));
        for (int d = 0; d < 3; d++) {
            List<ReportCells.Cell> eq = new ArrayList<>(List.of(numbers.change().get(d)));
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    if (Integer.signum(j - i) == (d == 0 ? 1 : d == 1 ? 0 : -1)) {
                        eq.add(numbers.transitions()[i][j]);
                    }
                }
            }
            eqs.add(eq);
        }
        return eqs;
    }

    @Test
    void noHiddenCountFollowsBySubtraction() {
        for (List<ReportCells.Cell> eq : equations()) {
            long hidden = eq.stream().filter(c -> !c.shown() && c.count() > 0).count();
            long hiddenAny = eq.stream().filter(c -> !c.shown()).count();
            assertTrue(hiddenAny != 1, "one hidden cell in an equation of shown cells: " + eq.stream().filter(c -> !c.shown()).findFirst()
                    .map(ReportCells.Cell::id).orElse("") + " (" + hidden + ")");
        }
        assertTrue(DisclosureAudit.audit(doc.publication(), doc.plan(), THRESHOLD).passed(), "the project's audit finds a leak");
    }

    @Test
    void theDeckAndTheTablesHideTheSameCells() throws Exception {
        DeckContent deck = DeckContent.read(DemoReports.deck(doc));
        DeckContent.SlideContent slide = deck.slides().stream().filter(s -> s.title().startsWith("Udvikling siden sidste screening"))
                .findFirst().orElseThrow();
        DeckContent.ChartContent chart = slide.charts().getFirst();
        int k = numbers.bands().size();
        assertEquals(k, chart.series().size());
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < k; i++) {
                ReportCells.Cell c = numbers.transitions()[i][j];
                Double y = chart.series().get(j).ys().get(i);
                if (c.shown()) {
                    assertEquals(c.count(), y, 0.0);
                } else {
                    assertTrue(y == null || Double.isNaN(y), "the deck draws a hidden transition: " + c.id());
                }
            }
        }
        TidyTable table = FollowUpExport.transitions(doc.input(), doc.context());
        int value = table.definition().index("citizens");
        int status = table.definition().index("citizens_status");
        assertEquals(k * k, table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            ReportCells.Cell c = numbers.transitions()[r / k][r % k];
            Object v = table.rows().get(r).values().get(value);
            if (c.shown()) {
                assertEquals(c.count(), ((Number) v).longValue());
            } else {
                assertNull(v, "the table shows a hidden transition: " + c.id());
            }
            assertEquals(TidyTable.Status.of(c.status()).code(), table.rows().get(r).values().get(status));
        }
        assertFalse(FollowUpExport.tests(doc.input(), doc.context()).rows().stream()
                .anyMatch(row -> String.valueOf(row.values().getFirst()).startsWith("mcnemar_")), "McNemar tests in the shared tables");
    }
}
