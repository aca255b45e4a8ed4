package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.request.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code validate --json FILE}: the report is written beside the file and moved into place when
 * complete, so that a failure (an error, or running out of memory) never leaves half a report
 * under the user's name; a file that cannot be written is told before anything is loaded.
 */
class ValidateJsonFileTest {

    private static final Path WITH_PROBLEMS = Path.of("examples/syntetisk-med-fejl.csv");

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExistingReportIsReplacedWholeAndNoTemporaryFileIsLeft() throws Exception {
        Path out = dir.resolve("rapport.json");
        Files.writeString(out, "an older, longer report ".repeat(10_000));
        CliRun r = CliRun.of("validate", "--json", out.toString(), WITH_PROBLEMS.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("rapport.json"), names());
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(12, JsonMapper.builder().build().readTree(json).get("summary").get("read").asInt());
        assertTrue(r.out().contains("Valideringsrapport"), r.out());
    }

    @Test
    void aMissingFolderIsToldBeforeLoadingAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("findes-ikke").resolve("rapport.json");
        CliRun r = CliRun.of("validate", "--json", out.toString(), "no-such-input.csv");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("kan ikke skrive " + out + ": mappen findes ikke"), r.err());
        assertFalse(r.err().contains("no-such-input"), "the output is checked before the input is read: " + r.err());
        assertEquals(List.of(), names());
    }

    @Test
    void aFolderAsTheReportIsRefusedInEnglishToo() {
        CliRun r = CliRun.of("validate", "--lang", "en", "--json", dir.toString(), WITH_PROBLEMS.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot write " + dir + ": is a folder, not a file"), r.err());
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoPartialOne() throws Exception {
        Path out = dir.resolve("rapport.json");
        Files.writeString(out, "old");
        assertThrows(IOException.class, () -> OutputFile.write(out, true, Language.DA, stream -> {
            stream.write("{\"half\" : ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertThrows(OutOfMemoryError.class, () -> OutputFile.write(out, true, Language.DA, stream -> {
            stream.write("{\"half\" : ".getBytes(StandardCharsets.UTF_8));
            throw new OutOfMemoryError("simulated");
        }));
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("rapport.json"), names());
    }

    @Test
    void aFailureWhileWritingANewReportLeavesNoFileAtAll() throws Exception {
        Path out = dir.resolve("ny.json");
        assertThrows(IOException.class, () -> OutputFile.write(out, true, Language.EN, stream -> {
            stream.write('{');
            throw new IOException("disk full");
        }));
        assertEquals(List.of(), names());
    }
}
