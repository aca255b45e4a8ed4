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

    @Test
    void pValuesReadAsRelationsAndNeverAsPEqualsLessThan() throws Exception {
        Path out = dir.resolve("p.json");
        CliRun run = CliRun.of("followup", "--json", out.toString(), first.toString(), second.toString());
        assertEquals(0, run.exit(), run.err());
        CliRun en = CliRun.of("followup", "--lang", "en", first.toString(), second.toString());
        for (String text : List.of(run.out(), en.out())) {
            assertFalse(java.util.regex.Pattern.compile("\\bp = [<>]|\\bp [<>][0-9]|\\bp [0-9]").matcher(text).find(), text);
            assertFalse(text.contains("p = –"), text);
        }
        JsonNode c = JsonMapper.builder().build().readTree(Files.readString(out)).get("comparisons").get(0);
        boolean tiny = false;
        for (JsonNode t : c.get("tests")) {
            tiny |= t.get("p_value").isNumber() && t.get("p_value").asDouble() < 0.001;
        }
        assertEquals(tiny, run.out().contains("p < 0,001"), run.out());
        assertEquals(tiny, en.out().contains("p < 0.001"), en.out());
        for (JsonNode p : c.get("predictors")) {
            double value = p.get("p_value").asDouble(Double.NaN);
            if (value >= 0.1 && value <= 0.9) {
                String shown = new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
                assertTrue(run.out().contains("p = " + shown.replace('.', ',')), shown + "\n" + run.out());
                assertTrue(en.out().contains("p = " + shown), shown + "\n" + en.out());
            }
        }
    }

    @Test
    void mcNemarTestsWithoutChangedAnswersAreNamedOnOneLineByNumber() throws Exception {
        Path out = dir.resolve("m.json");
        CliRun run = CliRun.of("followup", "--json", out.toString(), first.toString(), second.toString());
        JsonNode c = JsonMapper.builder().build().readTree(Files.readString(out)).get("comparisons").get(0);
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        List<String> untested = new java.util.ArrayList<>();
        List<String> tested = new java.util.ArrayList<>();
        for (JsonNode t : c.get("tests")) {
            String id = t.get("id").asString();
            if (id.startsWith("mcnemar_")) {
                String number = String.valueOf(sheet.question(id.substring(8)).orElseThrow().number());
                (t.get("p_value").isNumber() ? tested : untested).add(number);
            }
        }
        String[] lines = run.out().split("\n");
        List<String> unchanged = java.util.Arrays.stream(lines).filter(l -> l.contains("Ingen ændrede svar")).toList();
        if (untested.isEmpty()) {
            assertEquals(List.of(), unchanged);
        } else {
            assertEquals(1, unchanged.size(), run.out());
            assertTrue(unchanged.getFirst().endsWith("spørgsmål: " + String.join(", ", untested)), unchanged.getFirst());
        }
        for (String number : tested) {
            assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.strip().startsWith(number + ". ") && l.contains("(McNemar)")),
                    number + "\n" + run.out());
        }
        for (String number : untested) {
            assertFalse(java.util.Arrays.stream(lines).anyMatch(l -> l.strip().startsWith(number + ". ") && l.contains("(McNemar)")),
                    number + "\n" + run.out());
        }
    }

    @Test
    void predictorsSelfReportAndDropoutsNameTheRoundTheQuestionAndTheAdjustment() throws Exception {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        List<SyntheticDataSet> rounds = new SyntheticGenerator(sheet).generateRounds(
                SyntheticOptions.defaults().withSeed(7).withCases(300).withMunicipalities(6),
                RoundOptions.defaults().withRounds(3).withIntervalMonths(12));
        Path[] files = new Path[3];
        for (int i = 0; i < 3; i++) {
            files[i] = write(rounds.get(i), sheet, "three-" + (i + 1) + ".csv");
        }
        CliRun da = CliRun.of("followup", files[0].toString(), files[1].toString(), files[2].toString());
        assertEquals(0, da.exit(), da.err());
        String out = da.out();
        assertTrue(out.contains("Svar i runde 1 og at blive dyrere i runde 2"), out);
        assertTrue(out.contains("Svar i runde 2 og at blive dyrere i runde 3"), out);
        assertTrue(out.contains("Holm-justeret") && out.contains("mindste påviselige OR"), out);
        assertTrue(out.contains("Ikke signifikant betyder ikke"), out);
        assertTrue(out.contains("Svaret på \"4. Udvikling i udgift over tid\" i runde 2 mod den faktiske ændring"), out);
        assertTrue(java.util.regex.Pattern.compile("\n {4}Stigende +\\d+ +\\d+ +\\d+\n").matcher(out).find(), out);
        assertTrue(out.contains("Deres målgruppe i runde 2: "), out);
        // the interval level is said once in each block's heading, never in its rows
        long blocks = out.lines().filter(l -> l.startsWith("  Udgiftsniveau fra runde til runde")).count();
        assertEquals(2, blocks, out);
        assertTrue(out.lines().filter(l -> l.startsWith("  Udgiftsniveau fra runde til runde")).allMatch(l -> l.contains("95 %-interval")), out);
        assertEquals(0, out.lines().filter(l -> l.startsWith("    dyrere") && l.contains("interval")).count(), out);
        CliRun en = CliRun.of("followup", "--lang", "en", files[0].toString(), files[1].toString(), files[2].toString());
        assertTrue(en.out().contains("Answers in round 2 and becoming dearer in round 3"), en.out());
        assertTrue(en.out().contains("Holm-adjusted") && en.out().contains("smallest detectable OR"), en.out());
        assertTrue(en.out().contains("Their target group in round 1: ") && en.out().contains("95% interval"), en.out());
    }
}
