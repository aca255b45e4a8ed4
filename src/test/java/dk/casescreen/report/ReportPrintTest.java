package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo report printed as a committee member prints it: headless Chromium's {@code --print-to-pdf},
 * read back with PDFBox. Each main section starts on a new page with its title, every page carries
 * the running header (municipality, edition, synthetic label) and its page number, and the page count
 * stays within bounds (a chart cut in two, or a section per chart, would show as too many pages).
 */
class ReportPrintTest {

    private static final List<String> SECTIONS = List.of("Resumé", "Hvem er de?", "Hvorfor er de blevet dyre?", "Hvad kan der gøres?",
            "Variation mellem kommuner", "Datakvalitet", "Metode");

    @TempDir
    static Path dir;
    private static List<String> pages;

    @BeforeAll
    static void printTheDemoReport() throws Exception {
        assertEquals(0, CliRunner.exit("demo", "--out", dir.toString()));
        Path report;
        try (Stream<Path> files = Files.list(dir)) {
            report = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        Path pdf = dir.resolve("report.pdf");
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, report.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium printed within two minutes");
        assertTrue(Files.size(pdf) > 10_000, "a PDF was written");
        pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.copy(pdf, Path.of("target", "report-print.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void pageCountIsWithinBounds() {
        assertTrue(pages.size() >= SECTIONS.size() && pages.size() <= 45, "pages: " + pages.size());
    }

    @Test
    void everySectionStartsOnItsOwnPageWithItsTitle() {
        int last = -1;
        for (String section : SECTIONS) {
            int page = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).lines().anyMatch(l -> l.strip().equals(section))) {
                    page = i;
                    break;
                }
            }
            assertTrue(page >= 0, "section title '" + section + "' is in the PDF's text");
            assertTrue(section.equals("Resumé") || page > last, "'" + section + "' starts on a later page than the section before it");
            last = page;
        }
    }

    @Test
    void everyPageHasTheRunningHeaderAndItsNumber() {
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i);
            assertTrue(text.contains("intern udgave") && text.contains("SYNTETISKE DATA") && text.contains("(fiktiv)"),
                    "page " + (i + 1) + " has the running header: " + text.lines().limit(3).toList());
            assertTrue(text.contains("Side " + (i + 1) + " af " + pages.size()), "page " + (i + 1) + " is numbered");
        }
    }
}
