package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkCommandTest {

    @Test
    void writesRefusesToReplaceAndIsUsedByAnalyze(@TempDir Path dir) throws Exception {
        assertEquals(0, CliRun.of("synth", "--seed", "3", "--cases", "300", "--municipalities", "6", "--out", dir.toString()).exit());
        String cases = dir.resolve("cases.csv").toString();
        String municipalities = dir.resolve("municipalities.csv").toString();
        Path out = dir.resolve("benchmark.json");
        CliRun r = CliRun.of("benchmark", cases, "--municipalities", municipalities, "--title", "Pulje", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("benchmark.json") && r.out().contains("6 kommuner"), r.out());
        assertTrue(Files.readString(out).contains("casescreen-benchmark"));

        CliRun again = CliRun.of("benchmark", cases, "--municipalities", municipalities, "--title", "Pulje", "--out", out.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains(out.toString()) && again.err().contains("--force"), again.err());
        assertEquals(0, CliRun.of("benchmark", cases, "--municipalities", municipalities, "--title", "Pulje", "--out", out.toString(),
                "--force").exit());

        Path missing = dir.resolve("no-such-folder").resolve("b.json");
        CliRun noFolder = CliRun.of("benchmark", cases, "--municipalities", municipalities, "--title", "Pulje", "--out", missing.toString());
        assertEquals(2, noFolder.exit());
        assertTrue(noFolder.err().contains("no-such-folder"), noFolder.err());

        CliRun analyze = CliRun.of("analyze", "--lang", "en", "--municipalities", municipalities, "--benchmark", out.toString(), cases);
        assertEquals(0, analyze.exit(), analyze.err());

        Files.writeString(out, Files.readString(out).replaceFirst("\"municipalities\" : 6", "\"municipalities\" : 7"));
        CliRun tampered = CliRun.of("analyze", "--lang", "en", "--municipalities", municipalities, "--benchmark", out.toString(), cases);
        assertEquals(2, tampered.exit());
        assertTrue(tampered.err().contains("benchmark.json") && tampered.err().contains("SHA-256"), tampered.err());
    }

    @Test
    void refusesTwoMunicipalities(@TempDir Path dir) {
        assertEquals(0, CliRun.of("synth", "--seed", "4", "--cases", "60", "--municipalities", "2", "--out", dir.toString()).exit());
        CliRun r = CliRun.of("benchmark", dir.resolve("cases.csv").toString(), "--municipalities",
                dir.resolve("municipalities.csv").toString(), "--title", "To", "--out", dir.resolve("b.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("2 municipalities"), r.err());
        assertTrue(Files.notExists(dir.resolve("b.json")));
    }

    @Test
    void anAnalysisJsonIsNoBenchmarkForTheReport(@TempDir Path dir) throws Exception {
        Path analysis = dir.resolve("analysis.json");
        assertEquals(0, CliRun.of("analyze", "--json", analysis.toString()).exit());
        assertEquals(0, CliRun.of("synth", "--seed", "5", "--cases", "80", "--municipalities", "1", "--out", dir.toString()).exit());
        CliRun r = CliRun.of("report", "--lang", "en", "--benchmark", analysis.toString(), "--municipalities",
                dir.resolve("municipalities.csv").toString(), "--out", dir.resolve("rapport").toString(), dir.resolve("cases.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("analysis.json") && r.err().contains("not a casescreen benchmark"), r.err());
    }
}
