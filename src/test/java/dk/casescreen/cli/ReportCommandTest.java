package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casescreen report}: where it writes, when it replaces a file, and what it says when it cannot. */
class ReportCommandTest {

    private static final String EXAMPLE = Path.of("examples", "syntetisk-eksempel.csv").toString();

    private static Path onlyReport(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
    }

    @Test
    void writesTheReportAndReplacesItOnlyWithForce(@TempDir Path dir) throws Exception {
        CliRun first = CliRun.of("report", "--municipality", "Ågerup (fiktiv)", "--out", dir.toString(), EXAMPLE);
        assertEquals(0, first.exit(), first.err());
        Path report = onlyReport(dir);
        assertEquals(report.toString(), first.out().strip());
        Files.writeString(report, "kept");
        CliRun again = CliRun.of("report", "--municipality", "Ågerup (fiktiv)", "--out", dir.toString(), EXAMPLE);
        assertEquals(2, again.exit());
        assertTrue(again.err().contains(report.getFileName().toString()) && again.err().contains("--force"), again.err());
        assertFalse(again.err().contains("Exception"), again.err());
        assertEquals("kept", Files.readString(report), "the existing report is left as it was");
        assertEquals(0, CliRun.of("report", "--municipality", "Ågerup (fiktiv)", "--force", "--out", dir.toString(), EXAMPLE).exit());
        assertTrue(Files.readString(report).startsWith("<!DOCTYPE html>"), "replaced with --force");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial file is left beside the report");
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsAnInputErrorNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        CliRun r = CliRun.of("report", "--municipality", "Ågerup (fiktiv)", "--out", file.resolve("under").toString(), EXAMPLE);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(file.resolve("under").toString()), r.err());
    }

    @Test
    void aFreshProcessPrintsOnlyTheReportsPath(@TempDir Path dir) throws Exception {
        // a library printing to standard output (as ojAlgo did, with a notice about the hardware) would break scripts reading the path
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "--sun-misc-unsafe-memory-access=allow", "dk.casescreen.cli.Main", "demo",
                "--out", dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals(java.util.List.of(onlyReport(dir).toString()), out.lines().toList());
    }
}
