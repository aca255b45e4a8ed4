package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code --round YYYY-MM-DD} option: the date of empty date cells, and a usage error when malformed. */
class RoundOptionTest {

    private static final Path CLEAN = Path.of("examples/syntetisk-eksempel.csv");

    @TempDir
    Path dir;

    /** The example file with every date cell emptied. */
    private Path withoutDates() throws Exception {
        List<String> lines = Files.readAllLines(CLEAN, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(lines.getFirst()).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            cells[2] = "";
            out.append(String.join(";", cells)).append('\n');
        }
        Path file = dir.resolve("uden-dato.csv");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void roundDateMakesTheUndatedFileASecondRound() throws Exception {
        CliRun r = CliRun.of("validate", "--round", "2023-10-02", CLEAN.toString(), withoutDates().toString());

        assertTrue(r.out().contains("Screeningsrunder\n  Runde 1: "), r.out());
        assertTrue(r.out().contains("  Runde 2: 2. oktober 2023, 12 sager\n"), r.out());
        assertTrue(!r.out().contains("findes allerede"), r.out());
        assertTrue(r.out().contains("24 læst = 24 godkendt + 0 afvist"), r.out());
    }

    @Test
    void withoutRoundTheUndatedFileGetsOneWarningSuggestingTheOption() throws Exception {
        CliRun r = CliRun.of("validate", "--lang", "en", CLEAN.toString(), withoutDates().toString());

        assertTrue(r.out().contains("12 rows have no date and cannot be placed in a screening round"), r.out());
        assertTrue(r.out().contains("--round YYYY-MM-DD"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "analyze", "report", "slides", "export", "followup"})
    void malformedRoundDateIsAUsageErrorNamingTheValue(String command) {
        CliRun r = CliRun.of(command, "--round", "03-10-2022", CLEAN.toString());

        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("'03-10-2022' is not a date written YYYY-MM-DD"), r.err());
    }

    @Test
    void helpDocumentsTheRoundOption() {
        CliRun r = CliRun.of("validate", "--help");

        assertTrue(r.out().contains("--round=YYYY-MM-DD"), r.out());
    }
}
