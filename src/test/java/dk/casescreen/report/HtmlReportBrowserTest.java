package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.browser.HeadlessChromium;
import dk.casescreen.cli.CliRunner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The demo report in a real browser: Debian's Chromium, headless, loads it from disk with the
 * network off. It must show no console errors, make no request but for the file itself, and draw
 * every chart (inline SVG, each with title, axes, legend, text alternative and a tooltip on every mark). A screenshot of the summary is kept in target/report-summary.png.
 */
class HtmlReportBrowserTest {

    @TempDir
    static Path dir;
    private static HeadlessChromium chromium;
    private static Path report;

    @BeforeAll
    static void loadTheDemoReport() throws Exception {
        assertEquals(0, CliRunner.exit("demo", "--out", dir.toString()));
        try (Stream<Path> files = Files.list(dir)) {
            report = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        chromium = HeadlessChromium.start(dir.resolve("profile"));
        chromium.load(report.toUri().toString());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void noConsoleErrorsOrExceptions() {
        assertEquals(List.of(), chromium.errors());
    }

    @Test
    void noRequestButTheFileItself() {
        Set<String> requests = new HashSet<>(chromium.requests());
        requests.remove(report.toUri().toString());
        assertEquals(Set.of(), requests);
    }

    @Test
    void everyChartIsDrawnWithTitleAndAxes() throws Exception {
        int charts = chromium.evaluate("document.querySelectorAll('figure.chart').length").asInt();
        assertTrue(charts >= 10 + 8 + 1, "profile, hypothesis and funnel charts: " + charts);
        assertEquals(charts, chromium.evaluate(
                "Array.from(document.querySelectorAll('figure.chart')).filter(f => { const s = f.querySelector('svg.casescreen-chart'); "
                        + "return s && s.getBoundingClientRect().height > 100 && s.querySelector('title').textContent.length > 5 "
                        + "&& s.querySelector('g.axes') && s.querySelector('g.plot') && s.querySelector('g.legend') "
                        + "&& document.getElementById(s.getAttribute('aria-labelledby').split(' ')[1]).textContent.length > 20 "
                        + "&& f.querySelector('figcaption').textContent.length > 20; }).length").asInt());
        int marks = chromium.evaluate("document.querySelectorAll('g.plot rect, g.plot circle').length").asInt();
        assertTrue(marks > 50, "bars and points are drawn: " + marks);
        assertEquals(marks, chromium.evaluate("Array.from(document.querySelectorAll('g.plot rect, g.plot circle'))"
                + ".filter(m => m.querySelector('title') && m.querySelector('title').textContent.length > 3).length").asInt(),
                "every bar and point has its tooltip");
    }

    @Test
    void everySectionSaysTheDataAreSynthetic() throws Exception {
        assertEquals(8, chromium.evaluate("document.querySelectorAll('section').length").asInt());
        assertEquals(8, chromium.evaluate("Array.from(document.querySelectorAll('section')).filter(s => "
                + "s.querySelector('.synthetic-banner') && s.querySelector('.synthetic-banner').textContent.includes('SYNTETISKE DATA')).length").asInt());
    }

    @Test
    void summaryScreenshotShowsTheSummary() throws Exception {
        JsonNode box = chromium.evaluate("(() => { const r = document.getElementById('resume').getBoundingClientRect(); "
                + "return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height}; })()");
        byte[] png = chromium.screenshot(box.get("x").asDouble(), box.get("y").asDouble(), box.get("w").asDouble(), box.get("h").asDouble());
        Path shot = Path.of("target", "report-summary.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 800 && image.getHeight() > 400, image.getWidth() + "x" + image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "the summary is drawn, not blank: " + colours.size() + " colours");
        String text = chromium.evaluate("document.getElementById('resume').innerText").asString();
        assertTrue(text.contains("Screenede sager") && text.contains("Hypoteserne") && text.contains("H10") && text.contains("H11"), text);
    }
}
