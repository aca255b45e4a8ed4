package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine whose locale has no Æ, Ø and Å for file names (the POSIX locale of a bare service or {@code env -i}):
 * {@code synth} cannot name its {@code LÆS-MIG.txt} there. It says which character set and what to do
 * (a UTF-8 locale), in one line, instead of "internal error".
 */
class NonUtf8LocaleChildJvmTest {

    @TempDir
    Path dir;

    @Test
    void aFileNameTheLocaleCannotWriteGetsAdviceNotInternalError() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "synth", "--seed", "1", "--cases", "20", "--municipalities", "1",
                "--out", dir.resolve("synth").toString());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        env.put("LC_ALL", "C");
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.contains("Log4j") && !l.contains("SLF4J")).reduce("", (a, b) -> a + b + "\n");
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM ends");
        assertEquals(3, p.exitValue(), () -> "exit 3: " + out + err);
        assertEquals(1, err.strip().lines().count(), () -> "one line: " + err);
        // Danish (synth has no --lang); the locale's own character set may garble æ, so only ASCII is compared
        assertTrue(err.startsWith("casescreen synth: et filnavn kan ikke skrives") && err.contains("LANG=C.UTF-8"), err);
        assertFalse(err.contains("intern fejl") || err.contains("Exception"), err);
    }
}
