package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.analysis.HypothesisSpecs;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.PlantedEffect;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalysisJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("data-schema/analysis-result.schema.json")));
    }

    @Test
    void theReferenceAnalysisValidatesAgainstTheSchemaAndIsMarkedSynthetic() throws Exception {
        String text = AnalysisJson.render(Analyses.synthetic());
        JsonNode json = JSON.readTree(text);
        assertEquals(List.of(), schema().validate(json));
        assertTrue(json.get("synthetic").asBoolean());
        assertEquals("synthetic", json.get("origin").asString());
        assertEquals("SYNTETISK: syntetiske data, ingen rigtige borgere", json.get("data_label_da").asString());
        assertEquals("published", json.get("reference").get("kind").asString());
        assertTrue(json.get("reference_comparisons").size() > 20, "the own shares beside the published figures");
        JsonNode h1 = json.get("hypotheses").get(0);
        for (String field : List.of("id", "prevalence", "association", "effect", "p_adjusted", "minimum_detectable_effect",
                "verdict", "reason_da", "reason_en")) {
            assertTrue(h1.has(field), field);
        }
        assertTrue(h1.get("reason_da").asString().contains("OR "), h1.get("reason_da").asString());
        assertEquals(47, json.get("funnel").get("points").size());
    }

    @Test
    void eachHypothesisStatesItsFamilySoThatOneRunAloneSaysSo() throws Exception {
        AnalysisOptions defaults = AnalysisOptions.defaults(SHEET);
        Analysis alone = Analyses.run(dk.casescreen.reference.ReferenceData.builtIn().cases(),
                defaults.withHypotheses(defaults.hypotheses().subList(5, 6)));
        JsonNode json = JSON.readTree(AnalysisJson.render(alone));
        assertEquals(List.of(), schema().validate(json));
        JsonNode family = json.get("hypotheses").get(0).get("family");
        assertEquals(1, family.get("size").asInt());
        assertEquals("holm", family.get("adjustment").asString());
        assertEquals("[\"H6\"]", family.get("members").toString());
        JsonNode all = JSON.readTree(AnalysisJson.render(Analyses.synthetic()));
        assertEquals(11, all.get("hypotheses").get(5).get("family").get("size").asInt());
        assertEquals(11, all.get("hypotheses").get(5).get("family").get("members").size());
    }

    @Test
    void resultsAreByteIdenticalAcrossRuns() {
        assertEquals(AnalysisJson.render(Analyses.synthetic()), AnalysisJson.render(Analyses.synthetic()));
    }

    @Test
    void userHypothesesFromJsonAndFromTheBuilderRunLikeTheTen() throws Exception {
        List<HypothesisSpec> specs = HypothesisSpecs.concat(HypothesisSpecs.builtIn(SHEET),
                HypothesisSpecs.load(Path.of("examples/hypotese-socialtilsyn.json"), SHEET));
        specs = HypothesisSpecs.concat(specs, List.of(HypothesisSpec.builder("H13")
                .claim("Dagtilbud gør det dyrere", "Day offers make it more expensive")
                .exposedWhen("day_offer", "yes").exposureLabel("dagtilbud", "a day offer").build()));
        CaseTable cases = new CaseTable(SHEET, new SyntheticGenerator(SHEET).generate(new SyntheticOptions(5, 683, 47, 0,
                List.of(PlantedEffect.parse("supervision_raised_cost=yes:3.0")))).records());
        Analysis analysis = Analyses.run(cases, AnalysisOptions.defaults(SHEET).withHypotheses(specs));
        assertEquals(13, analysis.hypotheses().size());
        assertEquals(dk.casescreen.analysis.Verdict.SUPPORTED, analysis.hypothesis("H12").orElseThrow().verdict());
        assertTrue(analysis.hypothesis("H13").orElseThrow().effect().isPresent());
        JsonNode json = JSON.readTree(AnalysisJson.render(analysis));
        assertEquals(List.of(), schema().validate(json));
        assertEquals("H11", json.get("hypotheses").get(10).get("id").asString());
        assertEquals("H12", json.get("hypotheses").get(11).get("id").asString());
    }

    @Test
    void theCostObjectValidatesAndItsTotalIsTheExactSumOverTheInputRows() throws Exception {
        Analysis a = Analyses.synthetic();
        JsonNode json = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build().readTree(AnalysisJson.render(a));
        assertEquals(List.of(), schema().validate(json));
        java.math.BigDecimal sum = dk.casescreen.reference.ReferenceData.builtIn().cases().records().stream()
                .filter(r -> !"band_under_2_0".equals(r.code("cost_band").orElse(null)))
                .flatMap(r -> r.annualCost().stream()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        JsonNode cost = json.get("cost");
        assertEquals(0, sum.compareTo(cost.get("total").decimalValue()), cost.get("total").toString());
        assertEquals(a.cost().overall().missing(), cost.get("missing").asLong());
        assertEquals(a.cost().byAnswer().size(), cost.get("by_answer").size());
        JsonNode first = cost.get("by_answer").get(0);
        for (String field : List.of("question", "answer", "count", "total", "mean", "mean_ci_low", "mean_ci_high", "median")) {
            assertTrue(first.has(field), field);
        }
        for (String field : List.of("top10_share", "top20_share", "gini", "gini_ci_low", "gini_ci_high")) {
            assertTrue(cost.get("concentration").get(field).isNumber(), field);
        }
        assertEquals(a.cost().perPopulation().size(), cost.get("per_1000").size());
        JsonNode ratio = json.get("hypotheses").get(0).get("cost_ratio");
        assertEquals(a.cost().ratios().getFirst().estimate(), ratio.get("estimate").asDouble(), 1e-12);
        for (String field : List.of("estimate", "ci_low", "ci_high", "p_value", "p_adjusted", "difference_kr")) {
            assertTrue(ratio.has(field), field);
        }
    }
}
