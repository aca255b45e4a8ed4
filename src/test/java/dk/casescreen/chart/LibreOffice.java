package dk.casescreen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Converts an Office file with LibreOffice, headless, with its own profile so parallel runs do not
 * share one. scripts/test installs LibreOffice; tests using this skip themselves when
 * CASESCREEN_SKIP_LIBREOFFICE=1.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /**
     * Converts {@code file} to {@code format} ("pdf", "png") in {@code dir}, asserting that
     * LibreOffice finished within three minutes without reporting an error; returns the new file.
     */
    public static Path convert(Path file, String format, Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("converted"));
        Path log = dir.resolve("soffice-" + format + ".log");
        Process soffice = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--convert-to", format, "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        String text = Files.readString(log);
        assertEquals(0, soffice.exitValue(), text);
        assertFalse(text.toLowerCase(Locale.ROOT).contains("error"), text);
        String name = file.getFileName().toString();
        Path result = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        assertTrue(Files.isRegularFile(result), "LibreOffice wrote no " + format + ": " + text);
        return result;
    }
}
