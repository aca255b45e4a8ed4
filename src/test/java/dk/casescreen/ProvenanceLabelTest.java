package dk.casescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.Profiles;
import dk.casescreen.analysis.Reference;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseRecordsCsv;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.jupyter.Notebook;
import dk.casescreen.jupyter.NotebookOutput;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.report.AnalysisJson;
import dk.casescreen.report.AnalysisText;
import dk.casescreen.report.Disclosure;
import dk.casescreen.report.HtmlReport;
import dk.casescreen.report.ReportBuilder;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public path from synthetic data to text, JSON, HTML and notebook output carries the label
 * SYNTETISK / SYNTHETIC where the numbers are (a table's header or caption, a chart's legend, the
 * sentence), taken from the data; the same paths from observed data carry none.
 */
class ProvenanceLabelTest {

    @TempDir
    static Path dir;

    private static ScreeningSheet sheet;
    /** The built-in reference data and a generated data set, both synthetic. */
    private static World builtIn;
    private static World generated;
    /** The generated cases re-coded to real municipalities: observed as far as the software can tell. */
    private static World observed;

    /** One data set with everything built on it. */
    record World(String name, LoadResult load, CaseTable cases, Analysis analysis, List<MunicipalityPopulation> populations) {
    }

    @BeforeAll
    static void build() throws IOException {
        ReferenceData reference = ReferenceData.builtIn();
        sheet = reference.cases().sheet();
        builtIn = world("built-in", reference.load(), reference.populations());

        SyntheticDataSet data = new SyntheticGenerator(sheet).generate(new SyntheticOptions(11, 300, 8, 100, List.of()));
        CaseTable generatedTable = new CaseTable(sheet, data.records());
        generated = new World("generated", new LoadResult(generatedTable, reference.load().report()), generatedTable,
                Analyses.run(generatedTable, AnalysisOptions.defaults(sheet).withPopulations(data.populations())), data.populations());

        // 901 -> the first Danish municipality, 902 -> the second, ...; no remark (the generator's says "synthetic")
        List<Municipality> real = Municipalities.danish().all();
        Map<String, Municipality> recode = new HashMap<>();
        List<CaseRecord> recoded = new ArrayList<>();
        for (CaseRecord r : data.records()) {
            Municipality m = recode.computeIfAbsent(r.municipalityCode(), c -> real.get(recode.size()));
            recoded.add(new CaseRecord(m.code(), r.caseNumber(), r.screeningDate(), r.annualCost(), Optional.empty(), r.answers(),
                    r.source()));
        }
        Path file = dir.resolve("sager.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CaseRecordsCsv.write(recoded, sheet, Municipalities.danish(), out);
        }
        LoadResult observedLoad = Cases.csv(file).load();
        List<MunicipalityPopulation> populations = data.populations().stream()
                .map(p -> new MunicipalityPopulation(recode.get(p.municipality().code()), p.aged18to66())).toList();
        observed = world("observed", observedLoad, populations);
    }

    private static World world(String name, LoadResult load, List<MunicipalityPopulation> populations) {
        return new World(name, load, load.cases(),
                Analyses.run(load.cases(), AnalysisOptions.defaults(load.cases().sheet()).withPopulations(populations)), populations);
    }

    @Test
    void theOriginComesFromTheData() {
        assertEquals(DataOrigin.SYNTHETIC, builtIn.cases().origin());
        assertEquals(DataOrigin.SYNTHETIC, generated.cases().origin());
        assertEquals(DataOrigin.OBSERVED, observed.cases().origin());
        assertEquals(generated.cases().size(), observed.cases().size(), "every re-coded case loaded");
        for (World w : List.of(builtIn, generated, observed)) {
            DataOrigin o = w.cases().origin();
            assertEquals(o, w.analysis().origin(), w.name());
            assertEquals(o, Profiles.of(w.cases(), "alle").origin(), w.name());
            assertEquals(o, w.analysis().profile().origin(), w.name());
            assertEquals(o, w.analysis().opportunities().origin(), w.name());
            w.analysis().byMunicipality().values().forEach(p -> assertEquals(o, p.origin(), w.name()));
        }
    }

    @Test
    void analysisText() {
        for (World w : List.of(builtIn, generated)) {
            assertTrue(AnalysisText.render(w.analysis(), Language.DA).contains("SYNTETISK"), w.name());
            assertTrue(AnalysisText.render(w.analysis(), Language.EN).contains("SYNTHETIC"), w.name());
        }
        assertUnlabelled("text", AnalysisText.render(observed.analysis(), Language.DA));
        assertUnlabelled("text", AnalysisText.render(observed.analysis(), Language.EN));
    }

    @Test
    void analysisJson() {
        JsonMapper json = JsonMapper.builder().build();
        for (World w : List.of(builtIn, generated)) {
            JsonNode root = json.readTree(AnalysisJson.render(w.analysis()));
            assertEquals("synthetic", root.path("origin").asString(), w.name());
            assertTrue(root.path("data_label_da").asString().contains("SYNTETISK"), w.name());
            assertTrue(root.path("data_label_en").asString().contains("SYNTHETIC"), w.name());
        }
        String text = AnalysisJson.render(observed.analysis());
        JsonNode root = json.readTree(text);
        assertEquals("observed", root.path("origin").asString());
        assertTrue(root.path("data_label_da").isMissingNode() && root.path("data_label_en").isMissingNode(), text);
        assertUnlabelled("json", text);
    }

    private static String report(World w, Language language) {
        String own = w.cases().municipalityCode(0);
        return HtmlReport.render(ReportBuilder.build(w.cases(), w.load().report(), List.of(own), "test",
                AnalysisOptions.defaults(sheet).withPopulations(w.populations()), Disclosure.internal(), language));
    }

    @Test
    void htmlReport() {
        for (World w : List.of(builtIn, generated)) {
            String html = report(w, Language.DA);
            assertTrue(matches(html, "<th[^>]*>[^<]*SYNTETISK") || matches(html, "<caption[^>]*>[^<]*SYNTETISK"),
                    w.name() + ": a table header or caption says SYNTETISK");
            assertTrue(matches(html, "\"name\"\\s*:\\s*\"[^\"]*SYNTETISK") || matches(html, "<text[^>]*>[^<]*SYNTETISK"),
                    w.name() + ": a chart's legend or text says SYNTETISK");
            assertTrue(report(w, Language.EN).contains("SYNTHETIC"), w.name());
        }
        assertUnlabelled("report", report(observed, Language.DA));
        assertUnlabelled("report", report(observed, Language.EN));
    }

    /** Every notebook display on a world's data, by name. */
    private static Map<String, NotebookOutput> notebook(World w, Language language) {
        Notebook nb = Notebook.of(language);
        CaseTable cases = w.cases();
        Profile all = Profiles.of(cases, "alle");
        Profile firstMunicipality = w.analysis().byMunicipality().get(cases.municipalityCode(0));
        FunnelPlot funnel = w.analysis().funnel().orElseThrow();
        Map<String, NotebookOutput> out = new LinkedHashMap<>();
        out.put("analysis", nb.analysis(w.analysis()));
        out.put("show(analysis)", nb.show(w.analysis()));
        out.put("hypotheses", nb.hypotheses(w.analysis()));
        out.put("hypothesis", nb.hypothesis(w.analysis(), "H6"));
        out.put("profile", nb.show(all));
        out.put("question", nb.question(all, "target_group"));
        out.put("question (number)", nb.question(all, "age"));
        out.put("compare", nb.compare(firstMunicipality, all, "target_group"));
        out.put("compare with the published figures", nb.compare(all, Reference.published2022(), "target_group", "only_solution"));
        out.put("reference of the analysis", nb.reference(w.analysis(), "target_group"));
        out.put("opportunities", nb.show(w.analysis().opportunities()));
        out.put("opportunities of a municipality", nb.opportunities(w.analysis().opportunities(), cases.municipalityCode(0)));
        out.put("action list", nb.actionList(w.analysis().opportunities(), cases.municipalityCode(0)));
        out.put("load", nb.show(w.load()));
        out.put("case table", nb.show(cases));
        out.put("tablesaw table of the cases", nb.table(cases.table().selectColumns("municipality", "gender", "cost_band"), 5));
        out.put("tablesaw table made from the cases", nb.table(cases, Table.create("afledt",
                StringColumn.create("gruppe", "a", "b"), DoubleColumn.create("andel", 0.4, 0.6))));
        out.put("frequencies", nb.frequencies(cases, "behaviour_type"));
        out.put("cross-tab", nb.crossTab(cases, "conviction", "cost_band"));
        out.put("funnel table", nb.funnelTable(funnel));
        out.put("position", nb.position(funnel, funnel.points().getFirst().municipalityCode()));
        out.put("funnel chart", nb.funnel(funnel, funnel.points().getFirst().municipalityCode()));
        out.put("share chart", nb.chart(all, "target_group"));
        out.put("share chart of two", nb.chart(firstMunicipality, all, "target_group"));
        return out;
    }

    @Test
    void everyNotebookDisplayOfSyntheticDataCarriesTheLabelWhereTheNumbersAre() {
        for (World w : List.of(builtIn, generated)) {
            for (Language language : Language.values()) {
                String label = DataOrigin.SYNTHETIC.label(language);
                notebook(w, language).forEach((what, o) -> {
                    String where = w.name() + " " + language + " " + what;
                    assertTrue(o.text().contains(label), where + ": text\n" + o.text());
                    if (o.svg().isPresent()) {
                        assertTrue(matches(o.svg().get(), "<text[^>]*>[^<]*\\(" + label + "\\)"),
                                where + ": a legend entry of the chart says (" + label + ")");
                    } else {
                        String html = o.html().orElseThrow();
                        assertTrue(matches(html, "<caption[^>]*>" + label + ": ") || matches(html, "<th[^>]*>[^<]*" + label)
                                        || matches(html, "<p>" + label + ": "),
                                where + ": a table caption or header, or the sentence, says " + label + "\n" + html);
                        assertFalse(html.contains("(" + label + ")</caption>"), where + ": the label once in a caption");
                        assertTrue(matches(html, "<h4>[^<]*\\(" + label + "\\)</h4>"), where + ": the title says " + label);
                    }
                });
            }
        }
    }

    @Test
    void noNotebookDisplayOfObservedDataCarriesTheLabel() {
        for (Language language : Language.values()) {
            Map<String, NotebookOutput> outputs = notebook(observed, language);
            assertEquals(notebook(builtIn, language).keySet(), outputs.keySet(), "the same displays");
            outputs.forEach((what, o) -> {
                assertUnlabelled(language + " " + what, o.text());
                o.html().ifPresent(h -> assertUnlabelled(language + " " + what, h));
                o.svg().ifPresent(s -> assertUnlabelled(language + " " + what, s));
            });
        }
    }

    @Test
    void observedOwnDataBesideASyntheticProfileLabelOnlyTheSyntheticColumn() {
        Profile own = Profiles.of(observed.cases(), "Egne");
        Profile synthetic = Profiles.of(builtIn.cases(), "Referencen");
        String html = Notebook.danish().compare(own, synthetic, "target_group").html().orElseThrow();
        assertTrue(html.contains(">Referencen (SYNTETISK)</th>"), html);
        assertTrue(html.contains(">Egne</th>"), html);
        String svg = Notebook.danish().chart(own, synthetic, "target_group").svg().orElseThrow();
        assertTrue(svg.contains(">Referencen (SYNTETISK) (n = "), svg);
        assertTrue(svg.contains(">Egne (n = "), svg);
    }

    private static boolean matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find();
    }

    private static void assertUnlabelled(String what, String output) {
        for (String label : List.of("SYNTETISK", "SYNTHETIC", ReferenceData.SYNTHETIC_LABEL_DA, ReferenceData.SYNTHETIC_LABEL_EN)) {
            assertFalse(output.contains(label), what + " of observed data says " + label + ":\n"
                    + output.substring(Math.max(0, output.indexOf(label) - 300), Math.min(output.length(), output.indexOf(label) + 200)));
        }
    }
}
