package dk.casescreen.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dk.casescreen.Language;
import dk.casescreen.browser.HeadlessChromium;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.HostileFiles;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app in a real browser (Debian's Chromium, headless, network off): the whole flow on the
 * SYNTHETIC workbook, from the template download through a workbook with mistakes and a clean one to
 * the report in the frame and its downloads; a zip bomb gives the loader's message and the app keeps
 * serving; no console error and no request outside the app's address; a page of another origin is
 * refused. A screenshot of the page with the report shown is kept in target/app.png.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class AppBrowserTest {

    @TempDir
    Path dir;
    private AppServer server;
    private HeadlessChromium chromium;
    private HttpServer other;

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.stop(AppServer.StopReason.STOPPED);
        }
        if (other != null) {
            other.stop(0);
        }
    }

    @Test
    void theWholeFlowInABrowser() throws Exception {
        server = AppServer.start(AppServer.Settings.defaults());
        String app = server.address().toString();
        String origin = "http://127.0.0.1:" + server.address().getPort() + "/";
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Path mistakes = Workbooks.withMistakes(dir.resolve("sager-med-fejl.xlsx"));
        Path clean = Workbooks.clean(dir.resolve("sager.xlsx"));
        Path bomb = Files.write(dir.resolve("bombe.xlsx"), HostileFiles.zipBomb(150L << 20, true));

        chromium = HeadlessChromium.startForLoopback(dir.resolve("profile"));
        chromium.downloadTo(downloads);
        chromium.viewport(1200, 1600);
        chromium.load(app);
        assertEquals("da", chromium.evaluate("document.documentElement.lang").asString(), () -> debug());

        // 1. the fill-in workbook, a real download
        chromium.evaluate("document.getElementById('template-link').click()");
        Path template = downloaded(downloads, "udfyldningsark.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(template)))) {
            assertTrue(wb.getSheet("Sager") != null, "the case sheet");
        }

        // 2. a workbook with mistakes: the problems appear, located
        chromium.chooseFiles("#files", List.of(mistakes));
        chromium.waitFor("document.querySelectorAll('#validation .problem').length > 0", 120);
        assertEquals("sager-med-fejl.xlsx", chromium.evaluate("document.querySelector('#file-list .name').textContent").asString());
        assertEquals("false", chromium.evaluate("document.getElementById('verdict').dataset.usable").asString());
        assertTrue(chromium.evaluate("document.querySelector('#validation .problem.error[data-sheet=\"Sager\"][data-cell=\"E3\"]') !== null").asBoolean());
        assertTrue(chromium.evaluate("document.querySelector('#validation .problem[data-cell=\"E3\"] .value').textContent").asString()
                .contains(Workbooks.PLANTED_VALUE));
        assertTrue(chromium.evaluate("document.getElementById('make-report').disabled").asBoolean(), "errors block the report");

        // 3. removed, and the clean one chosen instead
        chromium.evaluate("document.querySelector('#file-list button[data-remove]').click()");
        chromium.waitFor("document.querySelectorAll('#file-list li').length === 0", 60);
        chromium.chooseFiles("#files", List.of(clean));
        chromium.waitFor("document.getElementById('verdict').dataset.usable === 'true'", 120);
        assertTrue(chromium.evaluate("document.querySelector('#validation').textContent.includes('SYNTETISKE data')").asBoolean());
        assertEquals(Workbooks.municipalityCode(), chromium.evaluate("document.getElementById('municipality').value").asString());

        // 4. the report, shown in the frame
        chromium.evaluate("document.getElementById('make-report').click()");
        chromium.waitFor("performance.getEntriesByType('resource').some(e => e.name.endsWith('/out/1/view') && e.responseEnd > 0)", 300);
        assertEquals("", chromium.evaluate("document.getElementById('message').textContent").asString());
        assertTrue(chromium.evaluate("document.getElementById('report-frame').hasAttribute('sandbox') "
                + "&& document.getElementById('report-frame').getAttribute('sandbox') === ''").asBoolean(), "a sandbox without exceptions");
        int height = chromium.evaluate("document.documentElement.scrollHeight").asInt();
        chromium.viewport(1200, height);
        byte[] png = chromium.screenshot(0, 0, 1200, height);
        chromium.viewport(1200, 1600);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "app.png"), png);

        // 5. the downloads
        for (String kind : List.of("html", "pptx", "xlsx")) {
            chromium.evaluate("document.querySelector('#downloads a[data-kind=" + kind + "]').click()");
        }
        Path html = downloaded(downloads, ".html");
        String report = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(report.startsWith("<!DOCTYPE html>") && report.contains("</html>"), "a whole report");
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(downloaded(downloads, ".pptx")))) {
            assertTrue(deck.getSlides().size() > 3);
        }
        try (XSSFWorkbook tables = new XSSFWorkbook(Files.newInputStream(downloadedOther(downloads, ".xlsx", template)))) {
            assertTrue(tables.getNumberOfSheets() > 3);
        }

        // 6. a zip bomb: the loader's message in the page, and the app keeps serving
        String expected = AppTexts.UNREADABLE.in(Language.DA) + refusal(bomb).describe(Language.DA);
        chromium.chooseFiles("#files", List.of(bomb));
        chromium.waitFor("document.getElementById('message').textContent.includes('bombe.xlsx')", 120);
        assertEquals(expected, chromium.evaluate("document.getElementById('message').textContent").asString());
        assertEquals(1, chromium.evaluate("document.querySelectorAll('#file-list li').length").asInt(), "the bomb is not kept");
        assertEquals(200, chromium.evaluate("fetch('state').then(r => r.status)").asInt());

        // 7. English
        chromium.evaluate("document.getElementById('lang-switch').click()");
        chromium.waitFor("document.documentElement.lang === 'en'", 60);
        assertTrue(chromium.evaluate("document.querySelector('#validation').textContent.includes('Validation report')").asBoolean());

        assertEquals(List.of(), chromium.errors());
        List<String> outside = chromium.requests().stream().filter(u -> !u.startsWith(app) && !u.startsWith("data:")).toList();
        assertEquals(List.of(), outside, "every request went to the app under its token");

        // 8. without the token, and from a page of another origin: refused
        assertEquals(403, chromium.evaluate("fetch('" + origin + "').then(r => r.status)").asInt());
        other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        other.createContext("/", exchange -> {
            byte[] body = "<!DOCTYPE html><title>other</title><p>another site</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        chromium.load("http://127.0.0.1:" + other.getAddress().getPort() + "/");
        assertEquals("blocked", chromium.evaluate("fetch('" + app + "state').then(r => 'read ' + r.status, () => 'blocked')").asString(),
                "another origin cannot read the app");
        chromium.evaluate("fetch('" + app + "stop', {method: 'POST', mode: 'no-cors'}).then(() => 'sent', () => 'failed')");
        assertFalse(server.stopped().isDone(), "another origin's request to stop was refused");
        assertEquals(1, Files.list(server.folder()).filter(p -> p.getFileName().toString().startsWith("u")).count(),
                "the upload is still there");
    }

    private String debug() {
        try {
            return chromium.evaluate("location.href + ' ' + document.title + ' ' + document.body.textContent.slice(0, 300)").asString()
                    + chromium.requests() + chromium.errors();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static CaseLoadException refusal(Path bomb) {
        try {
            Cases.files(List.of(bomb)).named(List.of("bombe.xlsx")).load();
        } catch (CaseLoadException e) {
            return e;
        }
        throw new AssertionError("the loader took the bomb");
    }

    /** The downloaded file whose name ends so, once complete (a hang guard of 120 s). */
    private static Path downloaded(Path folder, String ending) throws Exception {
        return downloadedOther(folder, ending, null);
    }

    private static Path downloadedOther(Path folder, String ending, Path not) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> found = files.filter(p -> p.getFileName().toString().endsWith(ending) && !p.equals(not)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download ending " + ending);
    }
}
