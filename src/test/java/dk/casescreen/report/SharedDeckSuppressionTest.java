package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.NumberFormats;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared deck suppresses exactly what the shared report suppresses. On crafted data with many
 * counts of 1 to 4 (seven small municipalities, as in {@link SharedReportAttackTest}), every count and
 * share in the deck's tables and texts is the text the HTML report shows for the same cell (the count,
 * or its mark "&lt;5" / "·"), and every value in the deck's charts is there exactly when the counts it
 * rests on are shown, and then equals the share of those counts.
 */
class SharedDeckSuppressionTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final Pattern SHOWN = Pattern.compile("data-cell=\"([^\"]*)\" data-count=\"(\\d+)\"(?: data-n=\"(\\d+)\" data-n-cell=\"([^\"]*)\")?");
    private static final Pattern HIDDEN = Pattern.compile("data-cell=\"([^\"]*)\" data-status=\"(primary|secondary)\">([^<]*)<");
    private static final double TOLERANCE = 1e-9;
    private static final NumberFormats F = new NumberFormats(Language.DA);

    @TempDir
    static Path dir;
    private static ReportInput in;
    private static ReportDocument doc;
    private static DeckContent deck;
    private static Map<String, Long> shownInHtml;
    private static Map<String, String> marksInHtml;
    private static Map<String, CellRef> cells;

    @BeforeAll
    static void writeTheSharedReportAndDeck() throws Exception {
        SyntheticDataSet data = new SyntheticGenerator(SHEET).generate(new SyntheticOptions(31, 84, 7, 0, List.of()));
        LoadResult loaded = Cases.csv(SyntheticFiles.write(data, SHEET, dir.resolve("crafted"))).municipalities(data.municipalities()).load();
        in = ReportBuilder.build(loaded.cases(), loaded.report(), List.of("901", "902"), "test",
                AnalysisOptions.defaults(SHEET).withPopulations(data.populations()), Disclosure.shared(5), Language.DA);
        doc = ReportDocument.prepare(in);
        String html = doc.html();
        deck = DeckContent.read(DemoReports.deck(doc));
        shownInHtml = new HashMap<>();
        Matcher m = SHOWN.matcher(html);
        while (m.find()) {
            shownInHtml.put(unescape(m.group(1)), Long.parseLong(m.group(2)));
            if (m.group(3) != null) {
                shownInHtml.put(unescape(m.group(4)), Long.parseLong(m.group(3)));
            }
        }
        marksInHtml = new HashMap<>();
        Matcher h = HIDDEN.matcher(html);
        while (h.find()) {
            marksInHtml.put(unescape(h.group(1)), unescape(h.group(3)));
        }
        cells = new HashMap<>();
        doc.publication().cells().forEach(c -> cells.put(id(c), c));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String id(CellRef c) {
        return c.table() + " | " + c.row() + " | " + c.column();
    }

    private static boolean shownInPlan(String id) {
        CellRef c = cells.get(id);
        assertTrue(c != null, "the deck rests on a count the report does not publish: " + id);
        return doc.plan().status(c) == CellStatus.SHOWN;
    }

    /** The text the HTML shows for a count: the number, or its mark. */
    private static String htmlCount(String id) {
        if (shownInHtml.containsKey(id)) {
            return F.integer(shownInHtml.get(id));
        }
        assertTrue(marksInHtml.containsKey(id), "the report shows no count for " + id);
        return marksInHtml.get(id);
    }

    /** The text the HTML shows for a share of two counts: "12,3 % (4/33)", or the mark of the suppressed one. */
    private static String htmlShare(String countId, String nId) {
        if (shownInHtml.containsKey(countId) && shownInHtml.containsKey(nId)) {
            long c = shownInHtml.get(countId);
            long n = shownInHtml.get(nId);
            return n == 0 ? "–" : F.percent((double) c / n) + " (" + F.integer(c) + "/" + F.integer(n) + ")";
        }
        String mark = marksInHtml.containsKey(countId) ? marksInHtml.get(countId) : marksInHtml.get(nId);
        assertTrue(mark != null, "the report shows neither " + countId + " nor " + nId);
        return mark;
    }

    private static List<DeckContent.SlideContent> slidesTitled(String prefix) {
        return deck.slides().stream().filter(s -> s.title().startsWith(prefix)).toList();
    }

    @Test
    void theCraftedDataSuppressManyCountsInTheDeck() {
        assertTrue(doc.plan().primary().size() >= 30, "too few small counts to prove anything");
        long marks = deck.slides().stream().mapToLong(s -> s.allText().split("<5", -1).length - 1).sum();
        assertTrue(marks >= 3, "the deck shows only " + marks + " '<5'");
        long empty = deck.slides().stream().flatMap(s -> s.charts().stream()).flatMap(c -> c.series().stream())
                .filter(s -> !s.categories().isEmpty()).mapToLong(s -> s.categories().size() - s.ys().size()).sum();
        assertTrue(empty > 0, "no chart leaves a suppressed value out");
    }

    @Test
    void everyProfileChartValueIsTheReportsShownShare() {
        int checked = 0;
        for (DeckContent.SlideContent s : slidesTitled("Hvem er de?")) {
            for (DeckContent.ChartContent c : s.charts()) {
                String title = c.title().getFirst();
                Question q = SHEET.questions().stream().filter(x -> title.equals(x.number() + ". " + x.text().da())).findFirst().orElseThrow();
                String table = "Hvem er de? Egne sager: " + title;
                String n = table + " | Besvaret | Antal";
                DeckContent.SeriesContent own = c.series().getFirst();
                for (int i = 0; i < q.options().size(); i++) {
                    String count = table + " | " + q.options().get(i).label().da() + " | Antal";
                    boolean shown = shownInPlan(count) && shownInPlan(n) && cells.get(n).count() > 0;
                    assertEquals(shown, shownInHtml.containsKey(count) && shownInHtml.containsKey(n), count + ": the report and the plan disagree");
                    if (shown) {
                        assertEquals(100.0 * shownInHtml.get(count) / shownInHtml.get(n), own.ys().get(i), TOLERANCE, count);
                    } else {
                        assertFalse(own.ys().containsKey(i), count + " is suppressed in the report but drawn in the deck");
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "only " + checked + " profile values checked");
    }

    @Test
    void everyHypothesisChartValueRestsOnShownCounts() {
        for (HypothesisResult h : in.own().hypotheses()) {
            String table = h.spec().id() + " " + h.spec().claim().da() + ", egne sager";
            String with = "Med " + h.spec().exposureLabel().da();
            DeckContent.ChartContent c = slidesTitled(h.spec().id() + ". ").getFirst().charts().getFirst();
            Question band = SHEET.require("cost_band");
            String[] rows = {with, "Uden"};
            for (int g = 0; g < 2; g++) {
                String total = table + " | " + rows[g] + " | I alt";
                DeckContent.SeriesContent series = c.series().get(g);
                for (int i = 0; i < h.bandCounts().bands().size(); i++) {
                    String count = table + " | " + rows[g] + " | " + band.option(h.bandCounts().bands().get(i)).orElseThrow().label().da();
                    if (shownInPlan(count) && shownInPlan(total) && cells.get(total).count() > 0) {
                        assertEquals(100.0 * cells.get(count).count() / cells.get(total).count(), series.ys().get(i), TOLERANCE, count);
                    } else {
                        assertFalse(series.ys().containsKey(i), count + " is suppressed but drawn");
                    }
                }
            }
        }
    }

    @Test
    void theFunnelDrawsExactlyTheMunicipalitiesWhoseCountsAreShown() {
        DeckContent.ChartContent c = slidesTitled("Variation mellem kommuner").getFirst().charts().getFirst();
        Map<Double, Double> drawn = new HashMap<>();
        for (DeckContent.SeriesContent s : c.series().subList(0, 2)) {
            s.ys().forEach((i, y) -> drawn.put(s.xs().get(i), y));
        }
        for (FunnelPoint p : in.funnel().orElseThrow().points()) {
            String count = "Variation: screenede sager pr. kommune | " + p.name() + " | Sager";
            if (shownInPlan(count)) {
                assertEquals(p.rate(), drawn.get((double) p.population()), TOLERANCE, p.name());
            } else {
                assertFalse(drawn.containsKey((double) p.population()), p.name() + " is suppressed but drawn");
            }
        }
    }

    @Test
    void everyCountAndShareInTheDecksTablesAndTextsIsTheReports() {
        List<List<String>> rows = slidesTitled("Hvad kan der gøres?").getFirst().tables().getFirst();
        List<OpportunityDefinition> definitions = in.own().opportunities().definitions();
        for (int i = 0; i < definitions.size(); i++) {
            String label = definitions.get(i).label().da();
            assertEquals(label, rows.get(i + 1).getFirst());
            String count = "Hvad kan der gøres? Egne sager | " + label + " | Sager";
            assertEquals(htmlCount(count), rows.get(i + 1).get(1), count);
            assertEquals(htmlShare(count, "Hvad kan der gøres? Egne sager | " + label + " | Besvaret"), rows.get(i + 1).get(2), count);
        }
        for (HypothesisResult h : in.own().hypotheses()) {
            String table = h.spec().id() + " " + h.spec().claim().da() + ", egne sager";
            String text = slidesTitled(h.spec().id() + ". ").getFirst().allText();
            String prevalence = text.lines().filter(l -> l.startsWith("Forekomst")).findFirst().orElseThrow();
            assertEquals(htmlShare(table + " | Med " + h.spec().exposureLabel().da() + " | I alt", table + " | Kendt eksponering | I alt"),
                    prevalence.substring(prevalence.indexOf(": ") + 2), h.spec().id());
        }
        DeckContent.SlideContent summary = slidesTitled("Resumé").getFirst();
        int label = summary.texts().indexOf("Screenede sager (SYNTETISK)");
        String screened = "Resumé | Screenede sager | Antal";
        assertEquals(shownInPlan(screened) ? F.integer(cells.get(screened).count()) : "·", summary.texts().get(label - 1));
        String variation = slidesTitled("Variation mellem kommuner").getFirst().allText();
        for (FunnelPoint p : in.funnel().orElseThrow().points()) {
            if (in.municipalities().contains(p.municipalityCode())) {
                String count = "Variation: screenede sager pr. kommune | " + p.name() + " | Sager";
                assertTrue(variation.contains(p.name() + ": " + htmlCount(count) + " sager"), variation);
            }
        }
    }

    @Test
    void hypothesesWhoseNumbersWouldRevealASmallCountShowNoneInTheNotes() {
        int hidden = 0;
        for (HypothesisResult h : in.own().hypotheses()) {
            String table = h.spec().id() + " " + h.spec().claim().da() + ", egne sager";
            boolean mayShow = doc.context().cells().mayShow(table + ": test og odds ratio");
            String notes = slidesTitled(h.spec().id() + ". ").getFirst().notes();
            String slide = slidesTitled(h.spec().id() + ". ").getFirst().allText();
            if (!mayShow) {
                hidden++;
                assertFalse(notes.contains("OR ") || notes.contains("Justeret p-værdi"), h.spec().id() + ": " + notes);
                assertFalse(slide.contains("OR "), h.spec().id() + ": " + slide);
                assertTrue(slide.contains("vises ikke"), slide);
            } else {
                assertTrue(notes.contains("Justeret p-værdi"), notes);
            }
        }
        assertTrue(hidden > 0, "no hypothesis's numbers are hidden in the crafted data");
        assertTrue(Optional.ofNullable(deck.slides().getFirst().allText()).orElse("").contains("Delt udgave"));
    }
}
