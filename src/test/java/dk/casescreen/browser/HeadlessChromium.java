package dk.casescreen.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's own WebSocket
 * client: loads a page, records every network request, console message and uncaught exception,
 * evaluates JavaScript and takes screenshots. The network is off: every host name resolves to
 * nothing and every request goes to a closed proxy, so a request the page tries is recorded and fails
 * ({@link #startForLoopback} lets the app's tests reach their server on 127.0.0.1, which the proxy does
 * not take). Used by the report's and the app's browser tests.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private String session;

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with a fresh profile in {@code profile}; no address can be reached. */
    public static HeadlessChromium start(Path profile) throws Exception {
        return start(profile, "MAP * ~NOTFOUND");
    }

    /** Starts Chromium with a fresh profile in {@code profile}; only 127.0.0.1 can be reached (not proxied), no host name resolves. */
    public static HeadlessChromium startForLoopback(Path profile) throws Exception {
        return start(profile, "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    }

    private static HeadlessChromium start(Path profile, String resolverRules) throws Exception {
        Process process = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--host-resolver-rules=" + resolverRules, "--proxy-server=127.0.0.1:9",
                "--window-size=1200,1600", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String url = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (url == null && System.nanoTime() < deadline) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                url = m.group(1);
            }
        }
        if (url == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not start (is Debian's chromium installed?)");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // Chromium's own log is not the page's; the page's errors come over the protocol
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        HeadlessChromium[] self = new HeadlessChromium[1];
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(url), new Listener(() -> self[0])).get(30, TimeUnit.SECONDS);
        self[0] = new HeadlessChromium(process, socket);
        self[0].attach();
        return self[0];
    }

    private void attach() throws Exception {
        String target = call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank")).get("targetId").asString();
        session = call(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true))
                .get("sessionId").asString();
        for (String domain : List.of("Network.enable", "Runtime.enable", "Log.enable", "Page.enable", "DOM.enable")) {
            call(session, domain, JSON.createObjectNode());
        }
    }

    /** Loads a page and waits for its load event (one page after another). */
    public void load(String url) throws Exception {
        loaded = new CompletableFuture<>();
        call(session, "Page.navigate", JSON.createObjectNode().put("url", url));
        loaded.get(60, TimeUnit.SECONDS);
    }

    /** Evaluates a JavaScript expression in the page and returns its value. */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call(session, "Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true).put("userGesture", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + result.get("exceptionDetails"));
        }
        return result.get("result").get("value");
    }

    /** Waits until the JavaScript expression is true in the page (a hang guard, not a timing: {@code seconds} is generous). */
    public void waitFor(String expression, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        // false while the page is between documents (a navigation under way)
        while (!truth("(() => { try { return Boolean(" + expression + "); } catch (e) { return false; } })()")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not true within " + seconds + " s: " + expression);
            }
            Thread.sleep(100);
        }
    }

    private boolean truth(String expression) throws Exception {
        try {
            return evaluate(expression).asBoolean();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Chooses files in the page's file input (as the user would in the file dialog); the input gets its change event. */
    public void chooseFiles(String selector, List<Path> files) throws Exception {
        JsonNode found = call(session, "Runtime.evaluate", JSON.createObjectNode().put("expression", "document.querySelector('" + selector + "')"));
        String objectId = found.get("result").path("objectId").asString("");
        if (objectId.isEmpty()) {
            throw new IllegalStateException("no element " + selector);
        }
        ObjectNode params = JSON.createObjectNode().put("objectId", objectId);
        var list = params.putArray("files");
        files.forEach(f -> list.add(f.toAbsolutePath().toString()));
        call(session, "DOM.setFileInputFiles", params);
    }

    /** Lets the page download files into {@code folder} under the names the server gives them. */
    public void downloadTo(Path folder) throws Exception {
        call(null, "Browser.setDownloadBehavior", JSON.createObjectNode().put("behavior", "allow")
                .put("downloadPath", folder.toAbsolutePath().toString()).put("eventsEnabled", true));
    }

    /** Lays the page out for a window of this many CSS pixels (the page sees a resize). */
    public void viewport(int width, int height) throws Exception {
        call(session, "Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
    }

    /** A PNG screenshot of the given CSS-pixel rectangle of the page. */
    public byte[] screenshot(double x, double y, double width, double height) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip").put("x", x).put("y", y).put("width", width).put("height", height).put("scale", 1);
        return java.util.Base64.getDecoder().decode(call(session, "Page.captureScreenshot", params).get("data").asString());
    }

    /** The URLs of every request the page made. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every console error, warning and uncaught exception of the page. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        JsonNode reply = answer.get(90, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    private void receive(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        String method = message.path("method").asString("");
        JsonNode params = message.path("params");
        switch (method) {
            case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asString(""));
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asString("");
                if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                    errors.add("console." + type + ": " + params.path("args"));
                }
            }
            case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
            case "Log.entryAdded" -> {
                String level = params.path("entry").path("level").asString("");
                if (level.equals("error") || level.equals("warning")) {
                    errors.add("log." + level + ": " + params.path("entry").path("text").asString(""));
                }
            }
            case "Page.loadEventFired" -> loaded.complete(null);
            default -> {
            }
        }
    }

    /** Forgets the requests and errors recorded so far. */
    public void forget() {
        requests.clear();
        errors.clear();
    }

    @Override
    public void close() {
        try {
            call(null, "Browser.close", JSON.createObjectNode());
        } catch (Exception ignored) {
            // it is going away anyway
        }
        socket.abort();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Supplier<HeadlessChromium> owner;
        private final StringBuilder buffer = new StringBuilder();

        Listener(java.util.function.Supplier<HeadlessChromium> owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonNode message = JSON.readTree(buffer.toString());
                buffer.setLength(0);
                HeadlessChromium chromium = owner.get();
                if (chromium != null) {
                    chromium.receive(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
