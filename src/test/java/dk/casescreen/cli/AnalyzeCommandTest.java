package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTest {

    @Test
    void withoutFilesTheSyntheticReferenceIsAnalysedAndSaysSo() {
        CliRun r = CliRun.of("analyze");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("SYNTETISKE DATA"), r.out());
        assertTrue(r.out().contains("H10") && r.out().contains("For sjælden til at forklare udgifterne"), r.out());
        assertTrue(CliRun.of("analyze", "--lang", "en").out().contains("Too rare to explain the costs"));
    }

    @Test
    void jsonIsWrittenAndAHypothesisCanBeAddedAfterTheBuiltInOnes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("analysis.json");
        CliRun r = CliRun.of("analyze", "--json", out.toString(), "--hypotheses", "examples/hypotese-socialtilsyn.json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out));
        assertEquals(12, json.get("hypotheses").size());
        assertEquals("H11", json.get("hypotheses").get(10).get("id").asString());
        assertEquals("H12", json.get("hypotheses").get(11).get("id").asString());
        assertEquals(java.util.List.of(), com.networknt.schema.SchemaRegistry
                .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("data-schema/analysis-result.schema.json"))).validate(json),
                "analyze --json, with its cost object, validates against the schema");
        assertTrue(json.get("cost").get("total").isNumber());
        assertTrue(json.get("hypotheses").get(11).has("cost_ratio"));
    }

    @Test
    void theTextSaysWhatTheCasesCostInDanishAndEnglish() {
        String da = CliRun.of("analyze").out();
        int block = da.indexOf("Hvad koster de?");
        assertTrue(block > 0, da);
        String cost = da.substring(block);
        assertTrue(cost.contains("I alt ") && cost.contains(" kr.") && cost.contains("mangler for "), cost);
        assertTrue(cost.matches("(?s).*mangler for \\d+ \\(\\d+,\\d %\\).*"), "the missing share is stated: " + cost);
        assertTrue(cost.contains("Gennemsnit ") && cost.contains("median ") && cost.contains("Gini "), cost);
        assertTrue(cost.contains("privat leverandør: udgiftsforhold ") && cost.contains(" pr. år end en sammenlignelig sag uden"),
                "a cost ratio named by its exposure and said in kroner: " + cost);
        assertTrue(cost.contains("Holm-justeret p > ") || cost.contains("Holm-justeret p = ") || cost.contains("Holm-justeret p < "),
                "the p-value written as a relation: " + cost);
        assertTrue(cost.contains("Udgift i de sager, hvor muligheden findes"), cost);
        assertTrue(!cost.toLowerCase(java.util.Locale.ROOT).contains("besparelse"), cost);
        assertTrue(!cost.matches("(?s).*(^|[^\\d.])0 kr\\..*"), "no non-empty group shows 0 kr.: " + cost);
        String en = CliRun.of("analyze", "--lang", "en").out();
        assertTrue(en.contains("What do they cost?") && en.contains("DKK "), en);
        assertTrue(!en.toLowerCase(java.util.Locale.ROOT).contains("saving"), en);
    }

    @Test
    void ownFilesAreAnalysedWithPopulationsFromTheirMunicipalityFile(@TempDir Path dir) {
        assertEquals(0, CliRun.of("synth", "--seed", "3", "--cases", "300", "--municipalities", "12", "--out", dir.toString()).exit());
        CliRun r = CliRun.of("analyze", "--lang", "en", "--municipalities", dir.resolve("municipalities.csv").toString(),
                "--adjust", "bh", dir.resolve("cases.csv").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Analysis of 300 screened cases"), r.out());
        assertTrue(r.out().contains("Benjamini-Hochberg"), r.out());
        assertTrue(r.out().contains("Variation between municipalities"), r.out());
    }

    @Test
    void withTwoRoundsTheLatestIsAnalysedAndTheCommandSaysSo(@TempDir Path dir) throws Exception {
        assertEquals(0, CliRun.of("synth", "--seed", "4", "--cases", "200", "--municipalities", "9", "--rounds", "2",
                "--out", dir.toString()).exit());
        Path first = dir.resolve("runde-1-2022-10-03");
        Path second = dir.resolve("runde-2-2023-10-03");
        long latestRows;
        try (var lines = Files.lines(second.resolve("cases.csv"))) {
            latestRows = lines.count() - 1;
        }
        CliRun r = CliRun.of("analyze", "--lang", "en", "--municipalities", second.resolve("municipalities.csv").toString(),
                first.resolve("cases.csv").toString(), second.resolve("cases.csv").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("the data hold 2 screening rounds; analysing the latest") && r.err().contains("casescreen followup"), r.err());
        assertTrue(r.out().contains("Analysis of " + latestRows + " screened cases")
                || r.out().contains("Analysis of " + latestRows + " cases"), r.out().lines().limit(3).toList().toString());
    }

    @Test
    void badOptionsExitTwo() {
        assertEquals(2, CliRun.of("analyze", "--adjust", "bonferroni").exit());
        assertEquals(2, CliRun.of("analyze", "--hypotheses", "no-such-file.json").exit());
    }
}
