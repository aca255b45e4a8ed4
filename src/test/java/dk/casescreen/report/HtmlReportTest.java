package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cli.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static String demo(Path dir, String... extra) throws Exception {
        String[] args = new String[extra.length + 3];
        args[0] = "demo";
        args[1] = "--out";
        args[2] = dir.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        if (CliRunner.exit(args) != 0) {
            throw new AssertionError("demo failed");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return Files.readString(files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void demoReportWithAllItsChartsIsLightEnoughToMailAndHasNoScript(@TempDir Path dir) throws Exception {
        String html = demo(dir);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 1_500_000, "the demo report weighs " + bytes + " bytes, over 1.5 MB");
        assertTrue(html.split("<svg", -1).length - 1 >= 10 + 8 + 1, "profile, hypothesis and funnel charts drawn inline");
        assertFalse(html.contains("<script"), "no script in the report");
        assertTrue(html.contains("script-src 'none'"), "the content security policy forbids scripts");
    }

    @Test
    void danishReportFollowsTheUsersQuestionsWithDanishNumbers(@TempDir Path dir) throws Exception {
        String html = demo(dir);
        for (String heading : new String[] {"Resumé", "Hvem er de?", "Hvorfor er de blevet dyre?", "Hvad kan der gøres?",
            "Variation mellem kommuner", "Datakvalitet", "Metode"}) {
            assertTrue(html.contains("<h2>" + heading + "</h2>"), heading);
        }
        assertTrue(html.contains("<html lang=\"da\">"));
        assertTrue(html.matches("(?s).*\\d+,\\d %.*"), "Danish percentages with decimal comma");
        assertTrue(html.contains("justeret p"), "reasons name adjusted p-values");
        assertTrue(html.contains("Intern udgave"), "one municipality: internal edition");
        assertTrue(html.contains("class=\"case-number\""), "the own case list");
        assertFalse(html.contains("https://cdn") || html.contains("<script src"), "nothing loaded from elsewhere");
    }

    @Test
    void englishReportWithLangEn(@TempDir Path dir) throws Exception {
        String html = demo(dir, "--lang", "en", "--shared");
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<h2>Why did they become expensive?</h2>"));
        assertTrue(html.contains("SYNTHETIC DATA"));
        assertTrue(html.matches("(?s).*\\d+\\.\\d%.*"), "English percentages");
        assertTrue(html.contains("Shared edition"));
        assertFalse(html.contains("class=\"case-number\""), "no case list in the shared edition");
    }
}
