package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real out-of-memory, not a simulated one: {@code validate} of a JSON file far larger than a 64 MiB heap,
 * in a child JVM, exits 3 (never 1) with the one-line advice and no class name; with {@code --debug} the
 * trace follows.
 */
class OutOfMemoryChildJvmTest {

    @TempDir
    Path dir;

    private Path bigJson() throws IOException {
        Path file = dir.resolve("mange-sager.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('[');
            for (int i = 0; i < 400_000; i++) {
                out.write((i == 0 ? "" : ",") + "{\"municipality\":\"Aarhus\",\"case_id\":\"A-" + i + "\",\"age\":" + (18 + i % 48) + "}");
            }
            out.write(']');
        }
        return file;
    }

    private static String[] run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m",
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM ends");
        return new String[] {String.valueOf(p.exitValue()), out, err};
    }

    /** The child's standard error without the logging framework's own start-up complaint. */
    private static String ours(String err) {
        return err.lines().filter(l -> !l.contains("Log4j") && !l.contains("SLF4J")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void realOutOfMemoryExitsThreeWithOneLineOfAdvice() throws Exception {
        String[] result = run(List.of("validate", "--lang", "en", bigJson().toString()));
        String err = ours(result[2]);
        assertEquals("3", result[0], () -> "exit 3, never 1: " + err);
        assertEquals(1, err.strip().lines().count(), () -> "one line: " + err);
        assertTrue(err.contains("not enough memory") && err.contains("CASESCREEN_JAVA_OPTS=-Xmx2g"), err);
        assertFalse((result[1] + err).contains("OutOfMemoryError"), err);
        assertFalse((result[1] + err).contains("Exception"), err);
    }

    @Test
    void realOutOfMemoryWithDebugShowsTheTrace() throws Exception {
        String[] result = run(List.of("validate", "--debug", bigJson().toString()));
        String err = ours(result[2]);
        assertEquals("3", result[0], () -> "exit 3: " + err);
        assertTrue(err.startsWith("casescreen validate: ikke nok hukommelse"), err);
        assertTrue(err.contains("java.lang.OutOfMemoryError"), err);
    }
}
