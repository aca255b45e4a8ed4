package dk.casescreen.app;

import com.sun.net.httpserver.HttpServer;
import dk.casescreen.Language;
import dk.casescreen.Text;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The app's web server: {@link HttpServer} on the loopback address only, every address under a random
 * token ({@link RequestGuard}), the user's files in a private folder ({@link Workspace}) that is deleted
 * when the server stops. It stops when asked, or when the page has not pinged for the idle time (before
 * the page has been loaded: {@link Settings#FIRST_LOAD}). It prints nothing.
 */
public final class AppServer {

    /**
     * How the server runs.
     *
     * @param port        the port, or 0 for a free one
     * @param language    the page's language until the user switches
     * @param idle        how long the page may be silent (closed) before the server stops
     * @param uploadLimit the largest upload in bytes
     */
    public record Settings(int port, Language language, Duration idle, long uploadLimit) {

        /** The upload limit: 50 MB. */
        public static final long UPLOAD_LIMIT = 50L * 1024 * 1024;
        /** How long the server waits for the page to be loaded the first time. */
        public static final Duration FIRST_LOAD = Duration.ofMinutes(10);

        /** Checks the values. */
        public Settings {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the port must be 0-65535, not " + port);
            }
            if (idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("the idle time must be positive");
            }
        }

        /** A free port, Danish, two minutes' idle time, 50 MB uploads. */
        public static Settings defaults() {
            return new Settings(0, Language.DA, Duration.ofMinutes(2), UPLOAD_LIMIT);
        }
    }

    /** Why the server stopped. */
    public enum StopReason {
        /** The page was closed (no ping for the idle time). */
        IDLE(new Text("siden har været lukket i %d min., så appen er stoppet; filerne er slettet.",
                "the page has been closed for %d min., so the app has stopped; the files are deleted.")),
        /** The page was never opened. */
        NEVER_OPENED(new Text("siden blev ikke åbnet inden for %d min., så appen er stoppet.",
                "the page was not opened within %d min., so the app has stopped.")),
        /** Closed from the page. */
        CLOSED(new Text("appen er lukket fra siden; filerne er slettet.", "the app was closed from the page; the files are deleted.")),
        /** Stopped by the user (Ctrl-C) or the program. */
        STOPPED(new Text("appen er stoppet; filerne er slettet.", "the app has stopped; the files are deleted."));

        private final Text text;

        StopReason(Text text) {
            this.text = text;
        }

        /** The line saying why, for minutes {@code minutes} where it needs them. */
        public String describe(Language language, long minutes) {
            return text.in(language).formatted(minutes);
        }
    }

    private final Settings settings;
    private final HttpServer server;
    private final Workspace workspace;
    private final RequestGuard guard;
    private final ExecutorService executor;
    private final ScheduledExecutorService watchdog;
    private final AtomicLong lastSeen = new AtomicLong(System.nanoTime());
    private final AtomicBoolean pageLoaded = new AtomicBoolean();
    private final AtomicBoolean idleStop = new AtomicBoolean();
    private final CompletableFuture<StopReason> stopped = new CompletableFuture<>();

    private AppServer(Settings settings, HttpServer server, Workspace workspace) {
        this.settings = settings;
        this.server = server;
        this.workspace = workspace;
        this.guard = new RequestGuard(RequestGuard.newToken(), server.getAddress().getPort());
        this.executor = Executors.newFixedThreadPool(6, daemon("casescreen-app"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("casescreen-app-idle"));
    }

    /** Starts a server on 127.0.0.1. */
    public static AppServer start(Settings settings) throws IOException {
        Workspace workspace = Workspace.create();
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 16);
        } catch (IOException e) {
            workspace.delete();
            throw e;
        }
        AppServer app = new AppServer(settings, http, workspace);
        Session session = new Session(workspace, settings.language());
        http.createContext("/", new AppHandler(app.guard, session, settings.uploadLimit(), app::seen, () -> app.stop(StopReason.CLOSED)));
        http.setExecutor(app.executor);
        http.start();
        app.watchdog.scheduleWithFixedDelay(app::checkIdle, 1, 1, TimeUnit.SECONDS);
        return app;
    }

    /** The page's address, token included: {@code http://127.0.0.1:PORT/TOKEN/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + guard.token() + "/");
    }

    /** Completes with the reason when the server has stopped and the private folder is deleted. */
    public CompletableFuture<StopReason> stopped() {
        return stopped;
    }

    /** The private folder (for the tests). */
    Path folder() {
        return workspace.root();
    }

    /** Stops the server and deletes the private folder; a second call does nothing. */
    public void stop(StopReason reason) {
        synchronized (stopped) {
            if (stopped.isDone()) {
                return;
            }
            // answers under way get a second to finish
            server.stop(1);
            watchdog.shutdownNow();
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                workspace.delete();
            } catch (IOException e) {
                // a file still open (a download under way) stays in the system's temporary folder; nothing is printed about it
            }
            stopped.complete(reason);
        }
    }

    /** The idle time in minutes that applies now. */
    public long idleMinutes() {
        return (pageLoaded.get() ? settings.idle() : Settings.FIRST_LOAD).toMinutes();
    }

    private void seen(boolean page) {
        lastSeen.set(System.nanoTime());
        if (page) {
            pageLoaded.set(true);
        }
    }

    private void checkIdle() {
        boolean loaded = pageLoaded.get();
        Duration limit = loaded ? settings.idle() : Settings.FIRST_LOAD;
        if (System.nanoTime() - lastSeen.get() > limit.toNanos() && idleStop.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().start(() -> stop(loaded ? StopReason.IDLE : StopReason.NEVER_OPENED));
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return Thread.ofPlatform().name(name, 1).daemon().factory();
    }
}
