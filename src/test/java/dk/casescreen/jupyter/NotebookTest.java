package dk.casescreen.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.Profiles;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.ChartKind;
import dk.casescreen.chart.Datum;
import dk.casescreen.chart.Role;
import dk.casescreen.chart.Series;
import dk.casescreen.chart.SvgChart;
import dk.casescreen.reference.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NotebookTest {

    private static Analysis analysis;
    private static ReferenceData reference;

    @BeforeAll
    static void analyse() {
        analysis = Analyses.synthetic();
        reference = ReferenceData.builtIn();
    }

    @Test
    void everyOutputOnSyntheticDataIsLabelledInTextAndHtml() {
        Notebook nb = Notebook.danish();
        List<NotebookOutput> outputs = List.of(nb.show(reference.load()), nb.show(reference.cases()),
                nb.show(Profiles.of(reference.cases(), "alle")), nb.hypotheses(analysis), nb.hypothesis(analysis, "H3"),
                nb.opportunities(analysis.opportunities(), "all"), nb.crossTab(reference.cases(), "conviction", "cost_band"),
                nb.funnelTable(analysis.funnel().orElseThrow()));
        for (NotebookOutput o : outputs) {
            assertTrue(o.text().startsWith("SYNTETISKE DATA"), o.text());
            assertTrue(o.html().orElseThrow().contains("Syntetiske data"), o.html().orElseThrow());
        }
        NotebookOutput chart = nb.funnel(analysis.funnel().orElseThrow());
        assertTrue(chart.svg().orElseThrow().contains("Syntetiske data"));
        assertTrue(chart.text().startsWith("SYNTETISKE DATA"));
    }

    @Test
    void anAnalysisOfSyntheticDataIsLabelledByItsData() {
        NotebookOutput o = Notebook.danish().analysis(analysis);
        assertTrue(o.text().startsWith("SYNTETISKE DATA"));
        assertTrue(o.text().contains("683 screenede sager"));
    }

    @Test
    void ownDataAreNotLabelledSynthetic() {
        NotebookOutput o = Notebook.danish().table(Table.create("egne", IntColumn.create("n", 1, 2)));
        assertFalse(o.text().contains("SYNTETISK"));
    }

    @Test
    void theHypothesesTableHasTheTenVerdictsAndTheExtraOne() {
        String text = Notebook.danish().hypotheses(analysis).text();
        for (int i = 1; i <= 11; i++) {
            String id = "H" + i + " ";
            assertTrue(text.lines().anyMatch(line -> line.startsWith(id)), id);
        }
        assertEquals(11, text.lines().filter(l -> l.matches("H\\d+ .*(UNDERSTØTTET|KAN IKKE AFGØRES)\\s*")).count(), text);
        assertTrue(text.contains("justeret for familien") && text.contains("øjebliksbillede"), text);
    }

    @Test
    void theFunnelPlotMarksTheMunicipalitiesAskedFor() {
        var funnel = analysis.funnel().orElseThrow();
        var point = funnel.points().get(3);
        NotebookOutput o = Notebook.danish().funnel(funnel, point.municipalityCode());
        String svg = o.svg().orElseThrow();
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains(">" + point.name() + "</text>"), "the marked municipality is named");
        assertTrue(o.text().contains(point.name()));
        Chart chart = Notebook.danish().funnelChart(funnel, point.municipalityCode());
        assertEquals(SvgChart.render(chart), svg, "the output draws the chart model");
        assertEquals("SYNTETISKE DATA – INGEN RIGTIGE BORGERE\n" + chart.textAlternative(), o.text(), "the text is the text alternative");
        Series marked = chart.series().getFirst();
        assertEquals("Markeret kommune (SYNTETISK)", marked.name());
        assertEquals(List.of(point.name()), marked.data().stream().map(Datum::text).toList());
        assertTrue(marked.data().getFirst().highlighted());
    }

    @Test
    void theSharesChartShowsOwnAndReferenceSharesWithTheirIntervals() {
        Notebook nb = Notebook.danish();
        Profile all = Profiles.of(reference.cases(), "alle");
        Profile one = Profiles.byMunicipality(reference.cases()).values().iterator().next();
        Chart chart = nb.sharesChart(one, all, "target_group");
        assertEquals(ChartKind.HORIZONTAL_BARS, chart.kind());
        assertEquals(List.of(Role.PRIMARY, Role.COMPARISON), chart.series().stream().map(Series::role).toList());
        assertTrue(chart.series().get(1).name().startsWith("alle (SYNTETISK) (n = "), chart.series().get(1).name());
        assertEquals("Syntetiske data – ingen rigtige borgere", chart.banner().orElseThrow());
        AnswerShare first = all.question("target_group").orElseThrow().answers().getFirst();
        Datum bar = chart.series().get(1).data().getFirst();
        assertEquals(100 * first.estimate(), bar.y(), 1e-9);
        assertEquals(100 * first.confLow(), bar.low(), 1e-9);
        assertEquals(100 * first.confHigh(), bar.high(), 1e-9);
        assertEquals(new dk.casescreen.NumberFormats(Language.DA).percent(first.estimate()), bar.text());
        NotebookOutput o = nb.chart(one, all, "target_group");
        assertEquals(SvgChart.render(chart), o.svg().orElseThrow());
        assertEquals("SYNTETISKE DATA – INGEN RIGTIGE BORGERE\n" + chart.textAlternative(), o.text());
        assertEquals(1, nb.sharesChart(all, "target_group").series().size());
        assertEquals(SvgChart.render(chart), nb.show(chart).svg().orElseThrow(), "show(chart) draws it");
    }

    @Test
    void tablesShowTheirFirstRowsAndEscapeHtml() {
        Table t = Table.create("t", StringColumn.create("s", "<b>", "x", "y"));
        NotebookOutput o = Notebook.of(Language.EN).table(t, 2);
        assertTrue(o.html().orElseThrow().contains("&lt;b&gt;"));
        assertFalse(o.html().orElseThrow().contains(">y<"));
        assertTrue(o.text().contains("Showing 2 of 3 rows."), o.text());
    }

    @Test
    void englishOutputsAreInEnglish() {
        NotebookOutput o = Notebook.of(Language.EN).hypothesis(analysis, "H1");
        assertTrue(o.text().startsWith("SYNTHETIC DATA"));
        assertTrue(o.text().contains("Minimum detectable OR"), o.text());
    }

    @Test
    void objectsThatDoNotKnowTheirOriginAreRefusedWithTheCallThatShowsThem() {
        Notebook nb = Notebook.danish();
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> nb.show(analysis.hypotheses().getFirst()));
        assertTrue(e.getMessage().contains("nb.hypothesis(analysis, \"H1\")"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> nb.show(analysis.profile().questions().getFirst()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> nb.show(reference.load().report()));
    }

    @Test
    void danishOutputsShowNoKeysCodesOrEnglishMethodNames() {
        Notebook nb = Notebook.danish();
        var cases = reference.cases();
        List<NotebookOutput> outputs = List.of(nb.hypothesis(analysis, "H2"), nb.hypothesis(analysis, "H6"),
                nb.show(reference.load()), nb.show(Profiles.of(cases, "alle")),
                nb.show(Profiles.byMunicipality(cases).values().iterator().next()),
                nb.question(Profiles.of(cases, "alle"), "age"), nb.opportunities(analysis.opportunities(), cases.municipalityCode(0)),
                nb.crossTab(cases, "gender", "cost_band"), nb.frequencies(cases, "behaviour_type"),
                nb.table(cases, cases.table().selectColumns("municipality", "case_number", "gender", "target_group", "cost_band"), 8),
                nb.compare(Profiles.of(cases, "alle"), dk.casescreen.analysis.Reference.published2022(), "target_group", "only_solution"));
        for (NotebookOutput o : outputs) {
            for (String raw : List.of("target_group", "use_of_force", "missing_answer", "behaviour_decisive", "female", "band_2_5_3_0",
                    "intellectual_disability", "Wilcoxon rank sum", "rank sum test", "Complete cases", "| " + cases.municipalityCode(0) + " ",
                    "municipality", "case_number")) {
                assertFalse(o.text().contains(raw), raw + " in\n" + o.text());
            }
        }
    }

    @Test
    void theBandChangeChartOfSyntheticRoundsHasTheSharesWithIntervalsAndIsLabelled() {
        var sheet = dk.casescreen.sheet.ScreeningSheet.builtIn();
        var rounds = new dk.casescreen.reference.synth.SyntheticGenerator(sheet).generateRounds(
                dk.casescreen.reference.synth.SyntheticOptions.defaults().withSeed(3).withCases(200).withMunicipalities(4),
                dk.casescreen.reference.synth.RoundOptions.defaults().withRounds(2));
        var result = dk.casescreen.followup.FollowUp.of(rounds.stream().map(r -> new dk.casescreen.cases.CaseTable(sheet, r.records())).toList());
        var comparison = result.comparisons().getFirst();
        Notebook nb = Notebook.danish();
        Chart chart = nb.bandChangeChart(result, comparison);
        assertEquals(List.of("dyrere", "samme", "billigere"), chart.categories());
        List<Datum> bars = chart.series().getFirst().data();
        for (int i = 0; i < 3; i++) {
            var share = comparison.bandChange().shares().get(i);
            assertEquals(100 * share.estimate(), bars.get(i).y(), 1e-12);
            assertEquals(100 * share.confLow(), bars.get(i).low(), 1e-12);
            assertEquals(100 * share.confHigh(), bars.get(i).high(), 1e-12);
        }
        assertTrue(chart.banner().orElseThrow().startsWith("Syntetiske data"), chart.banner().toString());
        NotebookOutput table = nb.table(result, dk.casescreen.followup.PairedTest.asTable(comparison.tests()));
        assertTrue(table.text().startsWith("SYNTETISKE DATA"), table.text());
        assertTrue(nb.bandChange(result, comparison).svg().orElseThrow().contains("dyrere"));
    }

    @Test
    void theLorenzChartDrawsTheConcentrationsCurveBesideEqualSharesAndIsLabelled() {
        var cost = analysis.cost();
        var k = cost.concentration().orElseThrow();
        Notebook nb = Notebook.danish();
        Chart chart = nb.lorenzChart(cost, "Referencedata", analysis.origin());
        List<Datum> curve = chart.series().getFirst().data();
        assertEquals(k.lorenz().size(), curve.size());
        for (int i = 0; i < curve.size(); i++) {
            assertEquals(100 * k.lorenz().get(i).caseShare(), curve.get(i).x(), 1e-12);
            assertEquals(100 * k.lorenz().get(i).amountShare(), curve.get(i).y(), 1e-12);
        }
        assertEquals(100, curve.getLast().y(), 1e-9, "the curve ends at the whole cost");
        assertTrue(chart.series().getFirst().name().contains("SYNTETISK") && chart.series().getFirst().name().contains("n = " + k.n()),
                chart.series().getFirst().name());
        assertTrue(chart.textAlternative().contains("Gini 0,"), chart.textAlternative());
        String svg = nb.lorenz(cost, "Referencedata", analysis.origin()).svg().orElseThrow();
        assertTrue(svg.contains("Lige fordeling") && svg.contains("Hvor koncentreret er udgiften?"), svg);
    }
}
