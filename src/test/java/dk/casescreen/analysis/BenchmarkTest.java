package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.casescreen.Language;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import dk.casescreen.disclosure.DisclosureAudit;
import dk.casescreen.disclosure.Publication;
import dk.casescreen.cases.Municipality;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.report.AnalysisJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class BenchmarkTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ReferenceData reference;
    private static Benchmarks.Built built;
    private static String text;

    @BeforeAll
    static void build() {
        reference = ReferenceData.builtIn();
        CaseTable cases = reference.cases();
        built = Benchmarks.build(cases, HypothesisSpecs.builtIn(cases.sheet()), "Pulje 2022", 5);
        text = BenchmarkJson.render(built.benchmark());
    }

    @Test
    void refusesTwoMunicipalitiesSayingHowMany() {
        CaseTable cases = reference.cases();
        Set<String> two = new TreeSet<>();
        for (int i = 0; i < cases.size() && two.size() < 2; i++) {
            two.add(cases.municipalityCode(i));
        }
        CaseTable fewer = cases.rows(i -> two.contains(cases.municipalityCode(i)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Benchmarks.of(fewer, List.of(), "To kommuner", 5));
        assertTrue(e.getMessage().contains("2 municipalities") && e.getMessage().contains("2 kommuner"), e.getMessage());
    }

    @Test
    void theFileValidatesAgainstTheSchemaAndHoldsNoMunicipality() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("data-schema/benchmark.schema.json")));
        JsonNode json = JSON.readTree(text);
        assertEquals(List.of(), schema.validate(json));
        assertEquals("casescreen-benchmark", json.get("format").asString());
        assertTrue(json.get("synthetic").asBoolean());
        assertEquals(47, json.get("municipalities").asInt());
        assertEquals(683, json.get("cases").get("screened").asInt());
        CaseTable cases = reference.cases();
        for (int i = 0; i < cases.size(); i++) {
            assertFalse(text.contains("\"" + cases.municipalityCode(i) + "\""), cases.municipalityCode(i));
        }
        for (Municipality m : reference.municipalities().all()) {
            assertFalse(text.contains(m.name()), m.name());
        }
    }

    @Test
    void everySmallCountIsSuppressedAndTheEngineAuditPasses() {
        int small = 0;
        for (CellRef c : built.publication().cells()) {
            if (c.count() > 0 && c.count() < 5) {
                small++;
                assertEquals(CellStatus.PRIMARY, built.status(c), c.toString());
            }
        }
        assertTrue(small > 0, "the reference data have small counts");
        var audit = DisclosureAudit.audit(built.publication(), built::status, 5);
        assertTrue(audit.passed(), audit.describe(Language.EN));
        for (BenchmarkCount c : built.benchmark().counts()) {
            c.value().ifPresent(v -> assertTrue(v == 0 || v >= 5, "shown " + v));
        }
        assertTrue(built.benchmark().suppressedCount() > small - 1);
    }

    @Test
    void writeThenReadGivesTheSameBenchmark() {
        Benchmark read = BenchmarkJson.read(text, "pulje.json", reference.cases().sheet());
        assertEquals(built.benchmark(), read);
        assertEquals(text, BenchmarkJson.render(read));
    }

    @Test
    void aCountChangedByHandIsAClearErrorNamingTheFile() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(text);
        ObjectNode answer = (ObjectNode) json.get("questions").get(0).get("answers").get(0);
        answer.put("count", answer.get("count").asInt() + 1);
        BenchmarkException e = assertThrows(BenchmarkException.class,
                () -> BenchmarkJson.read(JSON.writeValueAsString(json), "pulje.json", reference.cases().sheet()));
        assertTrue(e.describe(Language.EN).contains("pulje.json") && e.describe(Language.EN).contains("SHA-256"),
                e.describe(Language.EN));
        assertTrue(e.describe(Language.DA).contains("pulje.json"), e.describe(Language.DA));
    }

    @Test
    void inconsistentMarginsAreRefusedEvenWithAMatchingDigest() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(text);
        ObjectNode gender = (ObjectNode) json.get("questions").get(0);
        gender.put("answered", 5);
        json.put("digest_sha256", BenchmarkJson.digest(json));
        BenchmarkException e = assertThrows(BenchmarkException.class,
                () -> BenchmarkJson.read(JSON.writeValueAsString(json), "pulje.json", reference.cases().sheet()));
        assertTrue(e.getMessage().contains("gender"), e.getMessage());
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(text);
        json.put("municipality", "Fiktiv");
        json.put("digest_sha256", BenchmarkJson.digest(json));
        BenchmarkException e = assertThrows(BenchmarkException.class,
                () -> BenchmarkJson.read(JSON.writeValueAsString(json), "pulje.json", reference.cases().sheet()));
        assertTrue(e.getMessage().contains("municipality"), e.getMessage());
    }

    @Test
    void anAnalysisFileIsNotABenchmark() {
        String analysis = AnalysisJson.render(Analyses.synthetic());
        BenchmarkException e = assertThrows(BenchmarkException.class,
                () -> BenchmarkJson.read(analysis, "analyse.json", reference.cases().sheet()));
        assertTrue(e.describe(Language.EN).contains("analyse.json") && e.describe(Language.EN).contains("not a casescreen benchmark"),
                e.describe(Language.EN));
    }

    @Test
    void aBenchmarkOfAnotherSheetVersionIsMappedByKeyWithNotes() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(text);
        ((ObjectNode) json.get("sheet")).put("version", "0.9-uden-funktionsniveau");
        ArrayNode questions = (ArrayNode) json.get("questions");
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).get("key").asString().equals("function_trend")) {
                questions.remove(i);
                break;
            }
        }
        ObjectNode extra = questions.addObject();
        extra.put("key", "old_question").put("answered", 0).put("not_answered", 683).put("not_applicable", 0);
        extra.putArray("answers");
        ((ArrayNode) questions.get(0).get("answers")).addObject().put("code", "other_gender").put("count", 0);
        json.put("digest_sha256", BenchmarkJson.digest(json));
        Benchmark b = BenchmarkJson.read(JSON.writeValueAsString(json), "gammel.json", reference.cases().sheet());
        assertEquals(3, b.notes().size(), b.notes().toString());
        assertTrue(b.notes().get(0).en().contains("0.9-uden-funktionsniveau"));
        assertTrue(b.notes().stream().anyMatch(n -> n.en().contains("old_question")));
        assertTrue(b.notes().stream().anyMatch(n -> n.en().contains("other_gender")));
        Reference r = Reference.benchmark(b);
        assertTrue(r.figures("function_trend").isEmpty());
        assertTrue(r.answer("gender", "other_gender").isEmpty());
        assertFalse(r.figures("gender").isEmpty());
    }

    @Test
    void theReferenceCarriesTitleDatesCountsAndSuppression() {
        Benchmark b = built.benchmark();
        Reference r = Reference.benchmark(b);
        assertEquals(Reference.Kind.BENCHMARK, r.kind());
        assertEquals("SYNTETISK: Pulje 2022", r.labelledTitle().da());
        assertEquals("SYNTHETIC: Pulje 2022", r.labelledTitle().en());
        assertEquals(b.dates(), r.date());
        assertFalse(r.date().isEmpty());
        assertEquals(683, r.cases().getAsLong());
        assertTrue(r.analysis().isEmpty());
        ReferenceFigure male = r.answer("gender", "male").orElseThrow();
        assertEquals(male.count().getAsLong() / (double) male.n().getAsLong(), male.share(), 1e-12);
        assertTrue(male.confLow().getAsDouble() < male.share() && male.share() < male.confHigh().getAsDouble());
        assertEquals("Pulje 2022", male.source().orElseThrow());
        ReferenceFigure hidden = r.figures().stream().filter(ReferenceFigure::suppressed).findFirst().orElseThrow();
        assertTrue(Double.isNaN(hidden.share()));
        assertTrue(hidden.confLow().isEmpty());
        assertNotEquals(0, r.figures().stream().filter(f -> !f.suppressed()).count());
    }
}
