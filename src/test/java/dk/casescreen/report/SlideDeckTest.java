package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.sheet.Question;
import dk.casescreen.chart.LibreOffice;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo deck (internal edition, Danish) read back with POI: the sections in the report's order on
 * 16:9 slides, every slide marked SYNTETISK and numbered, and in every chart the numbers of the
 * analysis (answer shares, cost-band shares, funnel rates), in every table its counts and verdicts,
 * in the speaker notes the reasoning; and LibreOffice, headless, converts it to a PDF of one page per
 * slide with the section titles in its text (set CASESCREEN_SKIP_LIBREOFFICE=1 to skip that check).
 */
class SlideDeckTest {

    private static final double TOLERANCE = 1e-9;
    private static ReportInput in;
    private static byte[] bytes;
    private static DeckContent deck;

    @BeforeAll
    static void writeTheDemoDeck() throws Exception {
        in = DemoReports.input(Language.DA, false);
        bytes = DemoReports.deck(ReportDocument.prepare(in));
        deck = DeckContent.read(bytes);
    }

    private static List<DeckContent.SlideContent> slidesTitled(String prefix) {
        return deck.slides().stream().filter(s -> s.title().startsWith(prefix)).toList();
    }

    @Test
    void theDeckFollowsTheReportsSectionsOnWideSlides() throws Exception {
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
            assertEquals(960, show.getPageSize().width);
            assertEquals(540, show.getPageSize().height);
        }
        List<String> titles = deck.slides().stream().map(DeckContent.SlideContent::title).toList();
        List<String> expected = new ArrayList<>(List.of("Særligt dyre enkeltsager", "Resumé", "Hvem er de? (1 af 4)", "Hvem er de? (2 af 4)",
                "Hvem er de? (3 af 4)", "Hvem er de? (4 af 4)", "Hvad koster de?", "Udgift til de screenede sager pr. 1.000 18–66-årige",
                "Hvorfor er de blevet dyre?"));
        for (HypothesisResult h : in.own().hypotheses()) {
            expected.add(h.spec().id() + ". " + h.spec().claim().da());
        }
        expected.addAll(List.of("Hvad kan der gøres?", "Variation mellem kommuner", "Metode", "Datakvalitet"));
        assertEquals(expected, titles);
    }

    @Test
    void everySlideIsMarkedSyntheticNumberedAndHasNotes() {
        for (int i = 0; i < deck.slides().size(); i++) {
            DeckContent.SlideContent s = deck.slides().get(i);
            assertTrue(s.texts().contains("SYNTETISKE DATA"), "slide " + (i + 1) + " is not marked");
            assertTrue(s.texts().contains(Integer.toString(i + 1)), "slide " + (i + 1) + " has no number");
            assertFalse(s.notes().isBlank(), "slide " + (i + 1) + " has no speaker notes");
        }
    }

    @Test
    void profileChartsHoldTheAnalysisShares() {
        int charts = 0;
        for (DeckContent.SlideContent s : slidesTitled("Hvem er de?")) {
            for (DeckContent.ChartContent c : s.charts()) {
                charts++;
                assertEquals("SYNTETISKE DATA", c.title().get(1), "the banner is the title's second line");
                Question q = in.cases().sheet().questions().stream().filter(x -> c.title().getFirst().equals(x.number() + ". " + x.text().da()))
                        .findFirst().orElseThrow(() -> new AssertionError("no question titled " + c.title()));
                QuestionProfile own = in.own().profile().question(q.key()).orElseThrow();
                QuestionProfile ref = in.reference().analysis().orElseThrow().profile().question(q.key()).orElseThrow();
                DeckContent.SeriesContent ownSeries = c.series().getFirst();
                assertEquals("Egne sager (SYNTETISK)", ownSeries.name());
                assertEquals(q.options().stream().map(o -> o.label().da()).toList(), ownSeries.categories());
                for (int i = 0; i < own.answers().size(); i++) {
                    AnswerShare a = own.answers().get(i);
                    assertEquals(100 * a.estimate(), ownSeries.ys().get(i), TOLERANCE, q.key() + " " + a.code());
                    Double shown = c.series().get(1).ys().get(i);
                    if (shown != null) {
                        assertEquals(100 * ref.answers().get(i).estimate(), shown, TOLERANCE, q.key() + " reference " + a.code());
                    }
                }
            }
        }
        assertEquals(WhoSectionCharts.COUNT, charts);
    }

    @Test
    void hypothesisChartsHoldTheAnalysisCostBandShares() {
        for (HypothesisResult h : in.own().hypotheses()) {
            DeckContent.SlideContent s = slidesTitled(h.spec().id() + ". ").getFirst();
            assertEquals(1, s.charts().size(), h.spec().id());
            DeckContent.ChartContent c = s.charts().getFirst();
            long[][] groups = {h.bandCounts().exposed(), h.bandCounts().unexposed()};
            for (int g = 0; g < 2; g++) {
                long total = java.util.Arrays.stream(groups[g]).sum();
                Map<Integer, Double> ys = c.series().get(g).ys();
                for (int i = 0; i < groups[g].length; i++) {
                    if (total == 0) {
                        assertFalse(ys.containsKey(i), h.spec().id() + ": a share of no cases is not shown");
                    } else {
                        assertEquals(100.0 * groups[g][i] / total, ys.get(i), TOLERANCE, h.spec().id() + " group " + g + " band " + i);
                    }
                }
            }
        }
    }

    @Test
    void theFunnelChartHoldsTheMunicipalitiesRates() {
        DeckContent.ChartContent c = slidesTitled("Variation mellem kommuner").getFirst().charts().getFirst();
        List<FunnelPoint> points = in.funnel().orElseThrow().points();
        FunnelPoint own = points.stream().filter(p -> in.municipalities().contains(p.municipalityCode())).findFirst().orElseThrow();
        DeckContent.SeriesContent ownSeries = c.series().getFirst();
        assertEquals(own.population(), ownSeries.xs().get(0), TOLERANCE);
        assertEquals(own.rate(), ownSeries.ys().get(0), TOLERANCE);
        DeckContent.SeriesContent others = c.series().get(1);
        assertTrue(others.ys().size() >= points.size() / 2, "most municipalities drawn");
        for (Map.Entry<Integer, Double> e : others.ys().entrySet()) {
            double x = others.xs().get(e.getKey());
            assertTrue(points.stream().anyMatch(p -> p.population() == x && Math.abs(p.rate() - e.getValue()) < TOLERANCE),
                    "a point that is no municipality's: " + x + ", " + e.getValue());
        }
    }

    @Test
    void theHypothesesTableGivesEveryVerdictAndTheNotesTheReasoning() {
        DeckContent.SlideContent table = slidesTitled("Hvorfor er de blevet dyre?").getFirst();
        List<List<String>> rows = table.tables().getFirst();
        VerdictText verdicts = new VerdictText(Language.DA);
        assertEquals(in.own().hypotheses().size() + 1, rows.size());
        for (int i = 0; i < in.own().hypotheses().size(); i++) {
            HypothesisResult h = in.own().hypotheses().get(i);
            assertTrue(rows.get(i + 1).getFirst().startsWith(h.spec().id() + " "), rows.get(i + 1).toString());
            assertEquals(verdicts.verdict(h.verdict()), rows.get(i + 1).get(1));
            String notes = slidesTitled(h.spec().id() + ". ").getFirst().notes();
            assertTrue(notes.contains(verdicts.reason(h, in.own().rule())), h.spec().id() + " notes: " + notes);
            assertTrue(notes.contains("Justeret p-værdi: ") && notes.contains("Mindste påviselige odds ratio"), notes);
        }
        assertTrue(table.notes().contains("symmetrisk"), "the decision rule is in the notes");
    }

    @Test
    void theOpportunitiesTableHasTheAnalysisCounts() {
        List<List<String>> rows = slidesTitled("Hvad kan der gøres?").getFirst().tables().getFirst();
        List<OpportunityDefinition> definitions = in.own().opportunities().definitions();
        assertEquals(definitions.size() + 1, rows.size());
        for (int i = 0; i < definitions.size(); i++) {
            OpportunityDefinition d = definitions.get(i);
            assertEquals(d.label().da(), rows.get(i + 1).getFirst());
            assertEquals(Long.toString(in.own().opportunities().count("all", d.id()).count()), rows.get(i + 1).get(1).replace(".", ""));
        }
    }

    @Test
    void libreOfficeConvertsTheDeckToOnePdfPagePerSlideWithTheSectionTitles(@TempDir Path dir) throws Exception {
        assumeFalse("1".equals(System.getenv("CASESCREEN_SKIP_LIBREOFFICE")), "LibreOffice check skipped on request");
        Path pptx = dir.resolve("demo.pptx");
        Files.write(pptx, bytes);
        Path pdf = LibreOffice.convert(pptx, "pdf", dir);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(deck.slides().size(), doc.getNumberOfPages(), "one page per slide");
            String text = new PDFTextStripper().getText(doc);
            for (String title : List.of("Resumé", "Hvem er de?", "Hvorfor er de blevet dyre?", "Hvad kan der gøres?",
                    "Variation mellem kommuner", "Metode", "Datakvalitet", "SYNTETISKE DATA")) {
                assertTrue(text.contains(title), title + " is not in the PDF");
            }
            assertTrue(text.contains("Gåsemose (fiktiv)"), "the own municipality is named in the funnel plot");
        }
    }

    /** The number of key profile charts the report draws (WhoSection's charted questions). */
    private static final class WhoSectionCharts {
        static final int COUNT = 8;
    }
}
