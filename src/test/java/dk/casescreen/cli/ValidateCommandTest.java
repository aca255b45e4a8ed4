package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    private static final Path CLEAN = Path.of("examples/syntetisk-eksempel.csv");
    private static final Path WITH_PROBLEMS = Path.of("examples/syntetisk-med-fejl.csv");

    @Test
    void cleanFileExitsZeroWithDanishReport() {
        CliRun r = CliRun.of("validate", CLEAN.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Valideringsrapport"));
        assertTrue(r.out().contains("12 læst = 12 godkendt + 0 afvist"), r.out());
    }

    @Test
    void fileWithProblemsExitsOneAndLocatesEachError() {
        CliRun r = CliRun.of("validate", WITH_PROBLEMS.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("række 3, kolonne 20 (spørgsmål 17): 'jaa' er ikke et af svarene: Ja, Nej"), r.out());
        assertTrue(r.out().contains("'Atlantis' er hverken navn eller kode på en kendt kommune"), r.out());
        assertTrue(r.out().contains("12 læst = 8 godkendt + 4 afvist"), r.out());
    }

    @Test
    void englishReportWithLangEn() {
        CliRun r = CliRun.of("validate", "--lang", "en", WITH_PROBLEMS.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("row 3, column 20 (q17 conviction): 'jaa' is not one of Yes, No"), r.out());
        assertTrue(r.out().contains("12 read = 8 accepted + 4 rejected"), r.out());
    }

    @Test
    void jsonToStandardOutputHoldsSummaryAndLocatedProblems() {
        CliRun r = CliRun.of("validate", "--json", "--", WITH_PROBLEMS.toString());
        assertEquals(1, r.exit());
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertEquals(12, json.get("summary").get("read").asInt());
        assertEquals(8, json.get("summary").get("accepted").asInt());
        assertEquals(4, json.get("summary").get("rejected").asInt());
        JsonNode first = json.get("problems").get(0);
        assertEquals("unknown_answer", first.get("rule").asString());
        assertEquals(3, first.get("row").asInt());
        assertEquals("20", first.get("column").asString());
        assertEquals("q17 conviction", first.get("question").asString());
        assertEquals("jaa", first.get("value").asString());
        assertEquals(4, json.get("rejected_rows").size());
    }

    @Test
    void jsonToAFileAndTextToStandardOutput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.json");
        CliRun r = CliRun.of("validate", "--json=" + out, CLEAN.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Valideringsrapport"));
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out));
        assertEquals(12, json.get("summary").get("accepted").asInt());
    }

    @Test
    void strictModeRejectsTheWholeFile() {
        CliRun r = CliRun.of("validate", "--strict", "--lang", "en", WITH_PROBLEMS.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("12 read = 0 accepted + 12 rejected"), r.out());
        assertTrue(r.out().contains("whole file rejected"), r.out());
    }

    @Test
    void warningsAloneExitOneUnlessAllowed(@TempDir Path dir) throws Exception {
        String text = Files.readString(CLEAN, StandardCharsets.UTF_8);
        Path withBlank = dir.resolve("blank.csv");
        // Blank the age of the first case: a warning, not an error.
        String[] lines = text.split("\r\n");
        String[] cells = lines[1].split(";", -1);
        cells[4] = "";
        lines[1] = String.join(";", cells);
        Files.writeString(withBlank, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        assertEquals(1, CliRun.of("validate", withBlank.toString()).exit());
        assertEquals(0, CliRun.of("validate", "--allow-warnings", withBlank.toString()).exit());
    }

    @Test
    void unreadableInputExitsTwoWithoutStackTrace(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of("validate", dir.resolve("nope.xlsx").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("filen findes ikke eller kan ikke læses"), missing.err());
        Path garbage = dir.resolve("garbage.xlsx");
        Files.write(garbage, new byte[] {1, 2, 3, 0, 5});
        CliRun bad = CliRun.of("validate", "--lang", "en", garbage.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("is not an Excel workbook"), bad.err());
        assertFalse((bad.err() + bad.out()).contains("Exception"), bad.err());
        assertFalse((bad.err() + bad.out()).contains("\tat "), bad.err());
    }

    @Test
    void cprNumberStopsTheLoadWithoutEchoingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cpr.csv");
        Files.writeString(file, Files.readString(CLEAN).replace("S-001", "010190-1234"));
        CliRun r = CliRun.of("validate", "--json", "--", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("CPR"), r.err());
        assertFalse((r.err() + r.out()).contains("010190"), r.err() + r.out());
        assertTrue(r.out().contains("\"rule\" : \"cpr_number\""), r.out());
    }

    @Test
    void wrongCommandLineExitsTwo() {
        assertEquals(2, CliRun.of("validate").exit());
        assertEquals(2, CliRun.of("validate", "--lang", "fr", CLEAN.toString()).exit());
        assertEquals(2, CliRun.of("validate", "--no-such-option", CLEAN.toString()).exit());
    }

    @Test
    void folderOfFilesIsValidatedTogether(@TempDir Path dir) throws Exception {
        Files.copy(CLEAN, dir.resolve("a.csv"));
        Files.copy(CLEAN, dir.resolve("b.csv"));
        CliRun r = CliRun.of("validate", "--lang", "en", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("24 read = 12 accepted + 12 rejected"), r.out());
        assertTrue(r.out().contains("already occurs"), r.out());
    }
}
