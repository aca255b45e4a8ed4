package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * every chart. A screenshot of the summary is kept in target/report-summary.png.
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
        // Plotly draws synchronously in newPlot; wait until every chart has its SVG.
        for (int i = 0; i < 100; i++) {
            JsonNode drawn = chromium.evaluate("document.querySelectorAll('.plot .main-svg').length >= document.querySelectorAll('.plot').length");
            if (drawn.asBoolean()) {
                break;
            }
            Thread.sleep(100);
        }
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
        // data: URLs are inline content (plotly.js probes image support with one), not requests over a network
        requests.removeIf(url -> url.startsWith("data:"));
        assertEquals(Set.of(), requests);
    }

    @Test
    void everyChartIsDrawnWithTitleAndAxes() throws Exception {
        int charts = chromium.evaluate("document.querySelectorAll('.plot').length").asInt();
        assertTrue(charts >= 10 + 8 + 1, "profile, hypothesis and funnel charts: " + charts);
        assertEquals(charts, chromium.evaluate("document.querySelectorAll('.plot.js-plotly-plot').length").asInt());
        assertEquals(charts, chromium.evaluate(
                "Array.from(document.querySelectorAll('.plot')).filter(p => p.querySelector('.main-svg') "
                        + "&& p.getBoundingClientRect().height > 100 && p.querySelector('.gtitle') "
                        + "&& p.querySelector('.xtitle') && p.querySelector('.ytitle')).length").asInt());
        assertEquals(charts, chromium.evaluate(
                "Array.from(document.querySelectorAll('.plot')).filter(p => p.getAttribute('aria-label').length > 20 "
                        + "&& p.parentElement.querySelector('figcaption').textContent.length > 20).length").asInt());
        assertTrue(chromium.evaluate("document.querySelectorAll('.plot .bars path, .plot .points path').length").asInt() > 50,
                "bars and points are drawn");
    }

    @Test
    void everySectionSaysTheDataAreSynthetic() throws Exception {
        assertEquals(7, chromium.evaluate("document.querySelectorAll('section').length").asInt());
        assertEquals(7, chromium.evaluate("Array.from(document.querySelectorAll('section')).filter(s => "
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
