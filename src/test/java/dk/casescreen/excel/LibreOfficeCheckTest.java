package dk.casescreen.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dk.casescreen.Language;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the generated workbook in a real spreadsheet program: LibreOffice, headless, converts the
 * case sheet to CSV. scripts/test installs LibreOffice (Debian's libreoffice-calc-nogui), so this
 * runs in CI; set CASESCREEN_SKIP_LIBREOFFICE=1 to skip it on a machine without LibreOffice.
 */
class LibreOfficeCheckTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();

    @Test
    void libreOfficeConvertsTheFilledWorkbookToCsvWithoutErrors(@TempDir Path dir) throws Exception {
        assumeFalse("1".equals(System.getenv("CASESCREEN_SKIP_LIBREOFFICE")), "LibreOffice check skipped on request");
        Path file = FilledWorkbooks.template(dir, "screening.xlsx", SHEET, new TemplateOptions(Language.DA, Optional.empty(), 20));
        List<FilledWorkbooks.TypedCase> typed = FilledWorkbooks.everyOption(SHEET).subList(0, 3);
        FilledWorkbooks.fill(file, SHEET, Language.DA, "Aarhus", typed, FillInWorkbook.FIRST_DATA_ROW);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        // CSV filter options: separator ';' (59), quote '"' (34), UTF-8 (76), first line 1, ..., cells as shown (so the date format shows), sheet 2 (Sager).
        Process soffice = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,2",
                "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        String log = Files.readString(dir.resolve("soffice.log"));
        assertEquals(0, soffice.exitValue(), log);
        assertFalse(log.toLowerCase(java.util.Locale.ROOT).contains("error"), log);
        Path csv;
        try (Stream<Path> files = Files.list(out)) {
            csv = files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow(
                    () -> new AssertionError("LibreOffice wrote no CSV: " + log));
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).startsWith("Kommune;Sag nr.;Dato;"), lines.get(1));
        assertTrue(lines.get(1).contains("17. Har borgeren en dom?"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Aarhus;T-1;03-10-2022;"), lines.get(2));
        assertEquals(1 + 1 + typed.size(), lines.stream().filter(l -> !l.replace(";", "").isBlank()).count(),
                "title, headings and the filled rows");
    }
}
