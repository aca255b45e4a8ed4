package dk.casescreen.app;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.HostileFiles;
import dk.casescreen.report.Html;
import dk.casescreen.request.FillInTemplate;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The app's server over HTTP: who is refused, the headers on every answer, uploads, validation, the report and its files. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AppServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> HEADERS = List.of("Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Cache-Control");

    @TempDir
    Path dir;
    private AppServer server;
    private URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    @BeforeEach
    void start() throws Exception {
        server = AppServer.start(AppServer.Settings.defaults());
        base = server.address();
    }

    @AfterEach
    void stop() {
        server.stop(AppServer.StopReason.STOPPED);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> upload(Path file, String shownName) throws Exception {
        return post("upload?kind=cases", Files.readAllBytes(file), "X-File-Name", URLEncoder.encode(shownName, StandardCharsets.UTF_8));
    }

    private static JsonNode state(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    private static void assertSecured(HttpResponse<?> response) {
        for (String h : HEADERS) {
            assertTrue(response.headers().firstValue(h).isPresent(), h + " on " + response.uri() + " (" + response.statusCode() + ")");
        }
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void servesOnlyTheLoopbackAddress() {
        assertEquals("127.0.0.1", base.getHost());
        assertTrue(base.getPath().length() > 40, "the token is in the path: " + base.getPath().length());
    }

    @Test
    void aRequestWithoutTheRightTokenIsForbidden() throws Exception {
        String token = base.getPath().substring(1, base.getPath().length() - 1);
        assertEquals(403, get("/").statusCode());
        assertEquals(403, get("/app.js").statusCode());
        assertEquals(403, get("/" + token.substring(1) + "x/").statusCode());
        assertEquals(403, get("/" + token + "x/").statusCode());
        assertEquals(403, get("/" + token.toUpperCase(java.util.Locale.ROOT) + "/").statusCode());
        assertEquals(403, post("/x/upload", new byte[10]).statusCode());
        assertEquals(200, get("").statusCode());
    }

    @Test
    void aForeignHostHeaderIsForbidden() throws Exception {
        assertEquals(403, rawStatus("evil.example:" + base.getPort()));
        assertEquals(403, rawStatus("127.0.0.1:" + (base.getPort() + 1)));
        assertEquals(200, rawStatus("localhost:" + base.getPort()));
        assertEquals(200, rawStatus("127.0.0.1:" + base.getPort()));
    }

    /** The status of a GET of the page with the given Host header (the JDK's client does not let a test set Host). */
    private int rawStatus(String host) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void anotherSitesPageIsForbidden() throws Exception {
        assertEquals(403, post("ping", new byte[0], "Origin", "http://evil.example").statusCode());
        assertEquals(403, post("ping", new byte[0], "Origin", "http://127.0.0.1:" + (base.getPort() + 1)).statusCode());
        assertEquals(403, post("ping", new byte[0], "Origin", "null").statusCode());
        assertEquals(403, get("", "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, get("", "Sec-Fetch-Site", "same-site").statusCode());
        assertEquals(204, post("ping", new byte[0], "Origin", "http://127.0.0.1:" + base.getPort(), "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(200, get("", "Sec-Fetch-Site", "none").statusCode());
    }

    @Test
    void everyAnswerCarriesThePolicyAndTheOtherHeaders() throws Exception {
        List<HttpResponse<byte[]>> answers = List.of(get(""), get("app.js"), get("app.css"), get("template.xlsx"), get("nothing"), get("/"),
                post("ping", new byte[0]), get("state"), get("", "Origin", "http://evil.example"));
        assertEquals(List.of(200, 200, 200, 200, 404, 403, 204, 200, 403), answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<byte[]> r : answers) {
            assertSecured(r);
            assertEquals(RequestGuard.PAGE_POLICY, r.headers().firstValue("Content-Security-Policy").orElseThrow());
        }
        String page = new String(answers.getFirst().body(), StandardCharsets.UTF_8);
        assertFalse(page.contains("<script>") || page.contains(" style=") || page.contains("<style"), "no inline script or style");
        assertTrue(page.contains("id=\"template-link\"") && page.contains("id=\"lang-switch\"") && page.contains("role=\"alert\""));
    }

    @Test
    void theTemplateIsTheFillInWorkbookAsTheTemplateCommandWritesIt() throws Exception {
        HttpResponse<byte[]> r = get("template.xlsx");
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        FillInTemplate.write(Language.DA, expected);
        try (XSSFWorkbook served = new XSSFWorkbook(new ByteArrayInputStream(r.body()));
             XSSFWorkbook written = new XSSFWorkbook(new ByteArrayInputStream(expected.toByteArray()))) {
            assertEquals(written.getNumberOfSheets(), served.getNumberOfSheets());
            for (int i = 0; i < written.getNumberOfSheets(); i++) {
                assertEquals(written.getSheetName(i), served.getSheetName(i));
                assertEquals(written.getSheetAt(i).getLastRowNum(), served.getSheetAt(i).getLastRowNum());
            }
        }
        Path file = Files.write(dir.resolve("template.xlsx"), r.body());
        assertEquals(0, Cases.files(List.of(file)).load().report().read(), "an empty template holds no case");
    }

    @Test
    void anUploadAboveTheLimitIsRefusedAndTheServerKeepsServing() throws Exception {
        HttpResponse<byte[]> r = post("upload?kind=cases", new byte[(int) AppServer.Settings.UPLOAD_LIMIT + 1], "X-File-Name", "stor.xlsx");
        assertEquals(413, r.statusCode());
        assertSecured(r);
        assertTrue(state(r).get("message").asString().contains("for stor: højst 50 MB"), state(r).get("message").asString());
        assertEquals("", state(r).get("file-list").asString(), "nothing kept");
        assertEquals(200, get("").statusCode());

        // without a Content-Length (chunked), the bytes are counted while reading
        long size = AppServer.Settings.UPLOAD_LIMIT + 1;
        HttpResponse<byte[]> chunked = http.send(HttpRequest.newBuilder(base.resolve("upload?kind=cases")).header("X-File-Name", "stor.xlsx")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                    private long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                        left -= n;
                        return n;
                    }
                })).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(413, chunked.statusCode());
        assertSecured(chunked);
        assertTrue(state(chunked).get("message").asString().contains("for stor"));
        assertEquals(200, get("").statusCode());
        try (var files = Files.list(server.folder())) {
            assertEquals(List.of(), files.filter(p -> !Files.isDirectory(p)).toList());
        }
    }

    @Test
    void aZipBombGivesTheLoadersMessageAndTheServerKeepsServing() throws Exception {
        Path bomb = Files.write(dir.resolve("x.xlsx"), HostileFiles.zipBomb(150L << 20, true));
        String expected = AppTexts.UNREADABLE.in(Language.DA) + refusal(bomb, "bombe.xlsx").describe(Language.DA);
        HttpResponse<byte[]> r = upload(bomb, "bombe.xlsx");
        assertEquals(200, r.statusCode());
        assertEquals(Html.esc(expected), state(r).get("message").asString());
        assertEquals("", state(r).get("file-list").asString(), "the refused file is not kept");
        assertEquals("false", state(r).get("usable").asString());
        HttpResponse<byte[]> clean = upload(Workbooks.clean(dir.resolve("c.xlsx")), "ren.xlsx");
        assertTrue(state(clean).get("validation").asString().contains("data-usable=\"true\""), "the server still serves");
    }

    private static CaseLoadException refusal(Path file, String name) {
        try {
            Cases.files(List.of(file)).named(List.of(name)).load();
        } catch (CaseLoadException e) {
            return e;
        }
        throw new AssertionError("the loader took the bomb");
    }

    @Test
    void mistakesAreLocatedToWorksheetAndCellAndACleanWorkbookIsUsable() throws Exception {
        JsonNode wrong = state(upload(Workbooks.withMistakes(dir.resolve("m.xlsx")), "med fejl.xlsx"));
        String validation = wrong.get("validation").asString();
        assertTrue(validation.contains("class=\"problem error\" data-sheet=\"Sager\" data-cell=\"E3\""), validation);
        assertTrue(validation.contains("data-sheet=\"Sager\" data-cell=\"C4\""), validation);
        assertTrue(validation.contains("<span class=\"cell\">celle E3</span>"), validation);
        assertTrue(validation.contains("med fejl.xlsx, Sager!E3"), "the user's own file name: " + validation);
        assertTrue(validation.contains(Workbooks.PLANTED_VALUE));
        assertTrue(validation.contains("<details class=\"group\" open><summary>Fejl (2)</summary>"), validation);
        assertTrue(validation.contains("data-usable=\"false\""), validation);
        assertTrue(validation.contains("SYNTETISKE data"), "the synthetic data say so: " + validation);
        assertEquals("false", wrong.get("usable").asString());
        assertTrue(wrong.get("file-list").asString().contains("med fejl.xlsx"));

        String id = wrong.get("file-list").asString().replaceAll("(?s).*data-remove=\"(\\d+)\".*", "$1");
        JsonNode removed = state(post("remove?id=" + id, new byte[0]));
        assertEquals("", removed.get("file-list").asString());
        JsonNode clean = state(upload(Workbooks.clean(dir.resolve("c.xlsx")), "ren.xlsx"));
        assertTrue(clean.get("validation").asString().contains("id=\"verdict\" class=\"verdict ok\" data-usable=\"true\""),
                clean.get("validation").asString());
        assertEquals("true", clean.get("usable").asString());
        assertTrue(clean.get("municipality").asString().contains("value=\"" + Workbooks.municipalityCode() + "\""));
    }

    @Test
    void theReportTheDeckAndTheTablesAreValidFiles() throws Exception {
        upload(Workbooks.clean(dir.resolve("c.xlsx")), "ren.xlsx");
        JsonNode refused = state(post("report", form(Map.of("municipality", Workbooks.municipalityCode(), "edition", "shared", "threshold", "2")),
                "Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(Html.esc(AppTexts.BAD_THRESHOLD.in(Language.DA)), refused.get("message").asString());

        JsonNode made = state(post("report", form(Map.of("municipality", Workbooks.municipalityCode(), "edition", "internal", "threshold", "5")),
                "Content-Type", "application/x-www-form-urlencoded"));
        assertEquals("", made.get("message").asString());
        String result = made.get("result").asString();
        assertTrue(result.contains("id=\"report-frame\" sandbox") && result.contains("id=\"downloads\""), result);

        HttpResponse<byte[]> view = get("out/1/view");
        assertEquals(200, view.statusCode());
        assertSecured(view);
        assertEquals(RequestGuard.REPORT_POLICY, view.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(view.headers().firstValue("Content-Disposition").isEmpty());

        HttpResponse<byte[]> html = get("out/1/html");
        String text = new String(html.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<!DOCTYPE html>") && text.contains("</html>") && text.contains("<svg"), "a whole report");
        assertTrue(html.headers().firstValue("Content-Disposition").orElseThrow().matches("attachment; filename=\"rapport-[a-z0-9-]+\\.html\""));
        HttpResponse<byte[]> pptx = get("out/1/pptx");
        assertTrue(pptx.headers().firstValue("Content-Disposition").orElseThrow().endsWith(".pptx\""));
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx.body()))) {
            assertTrue(deck.getSlides().size() > 3, "slides: " + deck.getSlides().size());
        }
        HttpResponse<byte[]> xlsx = get("out/1/xlsx");
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElseThrow().endsWith(".xlsx\""));
        try (XSSFWorkbook tables = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertTrue(tables.getNumberOfSheets() > 3, "sheets: " + tables.getNumberOfSheets());
        }
        for (HttpResponse<byte[]> r : List.of(html, pptx, xlsx)) {
            assertEquals(200, r.statusCode());
            assertSecured(r);
        }
        assertEquals(404, get("out/2/html").statusCode());
    }

    @Test
    void aBadPopulationsFileIsAMessageNamingTheUsersFile() throws Exception {
        upload(Workbooks.clean(dir.resolve("c.xlsx")), "ren.xlsx");
        JsonNode extra = state(post("upload?kind=populations", "no;such;columns\n1;2;3\n".getBytes(StandardCharsets.UTF_8),
                "X-File-Name", URLEncoder.encode("befolkning 2024.csv", StandardCharsets.UTF_8)));
        assertTrue(extra.get("extra-files").asString().contains("befolkning 2024.csv"));
        JsonNode refused = state(post("report", form(Map.of("municipality", Workbooks.municipalityCode(), "edition", "internal", "threshold", "5")),
                "Content-Type", "application/x-www-form-urlencoded"));
        String message = refused.get("message").asString();
        assertTrue(message.startsWith(Html.esc(AppTexts.REPORT_FAILED.in(Language.DA)) + "befolkning 2024.csv, line 1"), message);
        assertTrue(refused.get("result").asString().contains("class=\"empty\""), "no report");
    }

    private static byte[] form(Map<String, String> values) {
        return String.join("&", values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList()).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void thePrivateFolderIsGoneAfterStop() throws Exception {
        upload(Workbooks.clean(dir.resolve("c.xlsx")), "ren.xlsx");
        Path folder = server.folder();
        try (var all = Files.walk(folder)) {
            assertTrue(all.anyMatch(p -> p.getFileName().toString().equals("upload.xlsx")), "the upload is in the private folder");
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        }
        server.stop(AppServer.StopReason.STOPPED);
        assertEquals(AppServer.StopReason.STOPPED, server.stopped().get(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(folder));
    }

    @Test
    void theServerStopsWhenThePageStopsPinging() throws Exception {
        server.stop(AppServer.StopReason.STOPPED);
        server = AppServer.start(new AppServer.Settings(0, Language.DA, Duration.ofSeconds(1), AppServer.Settings.UPLOAD_LIMIT));
        base = server.address();
        Path folder = server.folder();
        assertEquals(200, get("").statusCode());
        assertEquals(AppServer.StopReason.IDLE, server.stopped().get(60, TimeUnit.SECONDS));
        assertFalse(Files.exists(folder));
    }

    @Test
    void theCommandPrintsOnlyItsAddressAndWhyItStopped() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int[] exit = {-1};
        Thread command = Thread.ofPlatform().start(() -> exit[0] = dk.casescreen.cli.Main.run(new String[] {"app", "--no-browser"},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains("\n") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String line = out.toString().lines().findFirst().orElseThrow();
        server.stop(AppServer.StopReason.STOPPED);
        base = URI.create(line.replaceAll(".*(http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{43}/).*", "$1"));
        String token = base.getPath().substring(1, 44);
        Path mistakes = Workbooks.withMistakes(dir.resolve("m.xlsx"));
        String shownName = "Hemmelig-kommune-QZXFILENAME.xlsx";
        assertTrue(state(upload(mistakes, shownName)).get("validation").asString().contains(Workbooks.PLANTED_VALUE));
        upload(Files.write(dir.resolve("b.xlsx"), HostileFiles.zipBomb(150L << 20, true)), "QZXBOMBNAME.xlsx");
        assertEquals(403, get("/").statusCode());
        assertEquals(200, post("stop", new byte[0]).statusCode());
        command.join(TimeUnit.SECONDS.toMillis(60));
        assertEquals(0, exit[0]);
        String printed = out + "\n" + err;
        assertEquals(2, printed.strip().lines().count(), printed);
        assertEquals(1, printed.split(token, -1).length - 1, "the token only in the address line");
        assertTrue(printed.contains("lukket fra siden"), printed);
        for (String secret : List.of("QZXFILENAME", "QZXBOMBNAME", Workbooks.PLANTED_VALUE, "Sager", "upload", "/out/", "/stop", "/ping")) {
            assertFalse(printed.contains(secret), secret + " in " + printed);
        }
    }
}
