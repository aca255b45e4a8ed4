package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.app.AppServer;
import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casescreen app}: the local web app for self-screening, opened in the default browser. */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = {"Starts the local app: a web page on this computer only (127.0.0.1) to download the fill-in workbook, "
                + "upload the filled one, see it validated and get the report, the deck and the tables.",
                "Nothing is sent anywhere; the uploaded files are kept in a private temporary folder deleted when the app stops "
                        + "(Ctrl-C, or the page closed for --idle-minutes)."})
final class AppCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", paramLabel = "N", description = "The port (default: a free one).")
    private int port;

    @Option(names = "--no-browser", description = "Do not open the browser; only print the address.")
    private boolean noBrowser;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class,
            description = "The page's language at start (default: da).")
    private Language language;

    @Option(names = "--idle-minutes", defaultValue = "2", paramLabel = "M",
            description = "Stop when the page has been closed this many minutes (default: ${DEFAULT-VALUE}).")
    private int idleMinutes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean da = language == Language.DA;
        if (idleMinutes < 1 || port < 0 || port > 65535) {
            err.println("casescreen app: " + (da ? "--idle-minutes skal være mindst 1 og --port 0-65535"
                    : "--idle-minutes must be at least 1 and --port 0-65535"));
            return ExitCodes.UNREADABLE;
        }
        AppServer server;
        try {
            server = AppServer.start(new AppServer.Settings(port, language, Duration.ofMinutes(idleMinutes), AppServer.Settings.UPLOAD_LIMIT));
        } catch (IOException e) {
            err.println("casescreen app: " + (da ? "appen kan ikke starte: " : "the app cannot start: ") + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        AtomicBoolean told = new AtomicBoolean();
        Thread hook = Thread.ofPlatform().unstarted(() -> {
            server.stop(AppServer.StopReason.STOPPED);
            tell(server, told, out);
        });
        Runtime.getRuntime().addShutdownHook(hook);
        URI address = server.address();
        out.println("casescreen app: " + (da ? "åbn " : "open ") + address + (da ? " i browseren (Ctrl-C stopper appen)"
                : " in the browser (Ctrl-C stops the app)"));
        out.flush();
        if (!noBrowser && !Browser.open(address)) {
            out.println("casescreen app: " + (da ? "browseren kunne ikke åbnes; åbn adressen ovenfor selv."
                    : "the browser could not be opened; open the address above yourself."));
            out.flush();
        }
        server.stopped().join();
        tell(server, told, out);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already
        }
        return ExitCodes.OK;
    }

    private void tell(AppServer server, AtomicBoolean told, PrintWriter out) {
        if (told.compareAndSet(false, true)) {
            out.println("casescreen app: " + server.stopped().join().describe(language, server.idleMinutes()));
            out.flush();
        }
    }

    /** Opens the default browser: the desktop's own way when Java has one, else the system's command. */
    static final class Browser {

        private Browser() {
        }

        static boolean open(URI address) {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(address);
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // fall through to the system's command
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
                    : os.contains("mac") ? List.of("open", address.toString()) : List.of("xdg-open", address.toString());
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return !p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
