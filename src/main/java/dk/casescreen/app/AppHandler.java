package dk.casescreen.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dk.casescreen.Language;
import dk.casescreen.request.FillInTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request of the app: refused with 403 unless {@link RequestGuard} admits it, then the page, its
 * script and style, the fill-in workbook, uploads, removals, the report and its files, and the page's
 * ping. Every response carries the security headers; an error is a message in the page, never a trace.
 */
final class AppHandler implements HttpHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HTML = "text/html; charset=utf-8";

    private final RequestGuard guard;
    private final Session session;
    private final long uploadLimit;
    private final Consumer<Boolean> seen;
    private final AtomicInteger uploads = new AtomicInteger();
    private final Runnable stop;

    AppHandler(RequestGuard guard, Session session, long uploadLimit, Consumer<Boolean> seen, Runnable stop) {
        this.stop = stop;
        this.guard = guard;
        this.session = session;
        this.uploadLimit = uploadLimit;
        this.seen = seen;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RequestGuard.secure(exchange.getResponseHeaders(), RequestGuard.PAGE_POLICY);
            Optional<String> admitted = guard.admit(exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders());
            if (admitted.isEmpty()) {
                drain(exchange.getRequestBody(), 0);
                text(exchange, 403, AppTexts.FORBIDDEN.in(session.language()));
                return;
            }
            try {
                route(exchange, admitted.get());
            } catch (RuntimeException | Error e) {
                // nothing about the request or the failure is printed (no trace, no file name): the page gets the message
                text(exchange, 500, AppTexts.INTERNAL_ERROR.in(session.language()));
            }
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        boolean get = method.equals("GET") || method.equals("HEAD");
        boolean post = method.equals("POST");
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (get && path.isEmpty()) {
            Optional.ofNullable(query.get("lang")).filter(v -> v.equals("da") || v.equals("en")).map(Language::of).ifPresent(session::language);
            seen.accept(true);
            send(exchange, 200, HTML, AppPage.page(session).getBytes(StandardCharsets.UTF_8));
        } else if (get && (path.equals("app.js") || path.equals("app.css"))) {
            send(exchange, 200, path.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8", resource(path));
        } else if (get && path.equals("template.xlsx")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FillInTemplate.write(session.language(), out);
            attachment(exchange, AppTexts.TEMPLATE_FILE.in(session.language()));
            send(exchange, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        } else if (post && path.equals("ping")) {
            seen.accept(false);
            drain(exchange.getRequestBody(), 0);
            exchange.sendResponseHeaders(204, -1);
        } else if (post && path.equals("upload")) {
            seen.accept(false);
            upload(exchange, query.getOrDefault("kind", "cases"));
        } else if (post && path.equals("remove")) {
            seen.accept(false);
            drain(exchange.getRequestBody(), 0);
            session.remove(number(query.get("id")));
            state(exchange, 200, Optional.empty());
        } else if (post && path.equals("report")) {
            seen.accept(false);
            Map<String, String> form = query(new String(exchange.getRequestBody().readNBytes(10_000), StandardCharsets.US_ASCII));
            Optional<String> refused = session.makeReport(form.getOrDefault("municipality", ""), "shared".equals(form.get("edition")),
                    form.getOrDefault("threshold", "5"));
            state(exchange, 200, refused);
        } else if (post && path.equals("stop")) {
            drain(exchange.getRequestBody(), 0);
            send(exchange, 200, "application/json; charset=utf-8",
                    JSON.writeValueAsBytes(Map.of("message", dk.casescreen.report.Html.esc(AppTexts.STOPPED.in(session.language())))));
            // the answer is out before the server goes
            exchange.getResponseBody().close();
            Thread.ofPlatform().daemon().start(stop);
        } else if (get && path.equals("state")) {
            state(exchange, 200, Optional.empty());
        } else if (get && path.startsWith("out/")) {
            output(exchange, path.substring(4));
        } else {
            text(exchange, 404, AppTexts.NOT_FOUND.in(session.language()));
        }
    }

    private void upload(HttpExchange exchange, String kind) throws IOException {
        Language language = session.language();
        String shown = shownName(exchange.getRequestHeaders().getFirst("X-File-Name"));
        String tooLarge = AppTexts.TOO_LARGE.in(language).formatted(uploadLimit / (1024 * 1024));
        long declared = length(exchange.getRequestHeaders().getFirst("Content-Length"));
        if (declared > uploadLimit) {
            drain(exchange.getRequestBody(), 4 * uploadLimit);
            state(exchange, 413, Optional.of(tooLarge));
            return;
        }
        Path file = session.place(shown, !kind.equals("populations") && !kind.equals("benchmark"));
        boolean fits;
        try (OutputStream out = Files.newOutputStream(file)) {
            // the request body stays open: what is left of a file too large is read and thrown away below
            fits = copy(exchange.getRequestBody(), out, uploadLimit);
        }
        if (!fits) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
            drain(exchange.getRequestBody(), 4 * uploadLimit);
            state(exchange, 413, Optional.of(tooLarge));
            return;
        }
        Session.Upload upload = new Session.Upload(uploads.incrementAndGet(), shown, file);
        Optional<String> refused = switch (kind) {
            case "populations" -> {
                session.populations(upload);
                yield Optional.empty();
            }
            case "benchmark" -> {
                session.benchmark(upload);
                yield Optional.empty();
            }
            default -> session.addCases(upload);
        };
        state(exchange, 200, refused);
    }

    /** Copies at most {@code limit} bytes; false when there were more. */
    private static boolean copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                return false;
            }
            out.write(buffer, 0, n);
        }
        return true;
    }

    /** Reads and discards what is left of a request body, up to {@code limit} bytes (0: the default of the server). */
    private static void drain(InputStream in, long limit) throws IOException {
        if (limit > 0) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; total < limit && (n = in.read(buffer)) > 0; ) {
                total += n;
            }
        }
    }

    private void output(HttpExchange exchange, String rest) throws IOException {
        Optional<Session.Run> run = session.run();
        String[] parts = rest.split("/", -1);
        if (run.isEmpty() || parts.length != 2 || !parts[0].equals(Integer.toString(run.get().id()))) {
            text(exchange, 404, AppTexts.NOT_FOUND.in(session.language()));
            return;
        }
        Session.Run r = run.get();
        String base = r.htmlName().substring(0, r.htmlName().length() - ".html".length());
        switch (parts[1]) {
            case "view" -> {
                RequestGuard.secure(exchange.getResponseHeaders(), RequestGuard.REPORT_POLICY);
                send(exchange, 200, HTML, Files.readAllBytes(r.html()));
            }
            case "html" -> {
                attachment(exchange, r.htmlName());
                send(exchange, 200, HTML, Files.readAllBytes(r.html()));
            }
            case "pptx" -> {
                attachment(exchange, base + ".pptx");
                send(exchange, 200, "application/vnd.openxmlformats-officedocument.presentationml.presentation", Files.readAllBytes(r.pptx()));
            }
            case "xlsx" -> {
                attachment(exchange, base + ".xlsx");
                send(exchange, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Files.readAllBytes(r.xlsx()));
            }
            default -> text(exchange, 404, AppTexts.NOT_FOUND.in(session.language()));
        }
    }

    private void state(HttpExchange exchange, int status, Optional<String> message) throws IOException {
        Map<String, String> parts = AppPage.parts(session, message);
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(parts));
    }

    private static void attachment(HttpExchange exchange, String name) {
        // the names are the app's own (ASCII letters, digits, dashes), never the user's
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AppHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The user's file name as sent (URI-encoded), reduced to its last part, without control characters, at most 120 characters. */
    static String shownName(String header) {
        String name;
        try {
            name = header == null ? "" : URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            name = header;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "fil";
        }
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                // a malformed pair is left out
            }
        }
        return values;
    }

    private static long length(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int number(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
