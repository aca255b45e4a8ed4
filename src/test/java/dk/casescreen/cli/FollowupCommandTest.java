package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.casescreen.cases.CaseRecordsCsv;
import dk.casescreen.reference.synth.RoundOptions;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FollowupCommandTest {

    @TempDir
    static Path dir;
    private static Path first;
    private static Path second;

    @BeforeAll
    static void writeTwoSyntheticRounds() throws Exception {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        List<SyntheticDataSet> rounds = new SyntheticGenerator(sheet).generateRounds(
                SyntheticOptions.defaults().withSeed(5).withCases(300).withMunicipalities(6),
                RoundOptions.defaults().withRounds(2).withIntervalMonths(12));
        first = write(rounds.get(0), sheet, "round1.csv");
        second = write(rounds.get(1), sheet, "round2.csv");
    }

    private static Path write(SyntheticDataSet data, ScreeningSheet sheet, String name) throws Exception {
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CaseRecordsCsv.write(data.records(), sheet, data.municipalities(), w);
        }
        return file;
    }

    @Test
    void fewerThanTwoRoundsExitWith2AndTheReason() {
        CliRun run = CliRun.of("followup", first.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("mindst to runder"), run.err());
    }

    @Test
    void roundsOutOfDateOrderExitWith2NamingTheOrder() {
        CliRun run = CliRun.of("followup", "--lang", "en", second.toString(), first.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not in date order") && run.err().contains("Give the round from"), run.err());
    }

    @Test
    void oneRoundGivenTwiceExitsWith2() {
        CliRun run = CliRun.of("followup", first.toString(), first.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("filerne fra én runde er givet som to runder"), run.err());
    }

    @Test
    void theJsonValidatesAgainstTheSchemaAndIsMarkedSynthetic() throws Exception {
        Path out = dir.resolve("followup.json");
        CliRun run = CliRun.of("followup", "--json", out.toString(), first.toString(), second.toString());
        assertEquals(0, run.exit(), run.err());
        String json = Files.readString(out);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("data-schema/followup-result.schema.json")));
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertEquals(List.of(), schema.validate(root));
        assertTrue(root.get("synthetic").asBoolean());
        JsonNode c = root.get("comparisons").get(0);
        assertTrue(c.get("linked").asLong() > 100, c.get("linked").toString());
        long changed = 0;
        for (String d : List.of("dearer", "same", "cheaper")) {
            changed += c.get("band_change").get(d).get("count").asLong();
        }
        assertEquals(c.get("band_change").get("n").asLong(), changed);
        assertTrue(c.get("tests").get(0).get("p_value").isNumber(), c.get("tests").get(0).toString());
    }

    @Test
    void danishAndEnglishTextCarryTheKeyNumbers() throws Exception {
        Path out = dir.resolve("f.json");
        CliRun json = CliRun.of("followup", "--json", out.toString(), first.toString(), second.toString());
        JsonNode c = JsonMapper.builder().build().readTree(Files.readString(out)).get("comparisons").get(0);
        String linked = String.valueOf(c.get("linked").asLong());
        assertTrue(json.out().contains("SYNTETISKE DATA"), json.out());
        assertTrue(json.out().contains("Screenet i begge runder: " + linked + " borgere"), json.out());
        assertTrue(json.out().contains("dyrere") && json.out().contains("Bowker"), json.out());
        assertFalse(java.util.regex.Pattern.compile("(?<![\\d.])0 (sager|borgere)").matcher(json.out()).find(), json.out());
        CliRun en = CliRun.of("followup", "--lang", "en", first.toString(), second.toString());
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().contains("SYNTHETIC DATA") && en.out().contains("Screened in both rounds: " + linked), en.out());
        assertTrue(en.out().contains("dearer") && en.out().contains("Holm-adjusted"), en.out());
    }

    @Test
    void roundsWithoutLinkedCitizensGiveTheCountsAndExit0() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(second));
        // the case numbers of round 2 (second column) made unlike those of round 1; the heading kept
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i).replaceFirst("^([^;]*;)", "$1X"));
        }
        Path renamed = dir.resolve("renamed.csv");
        Files.write(renamed, lines);
        CliRun run = CliRun.of("followup", first.toString(), renamed.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("der kan ikke sammenlignes noget"), run.out());
    }
}
