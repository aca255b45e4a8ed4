package dk.casescreen.cli;

import dk.casescreen.Language;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;

/**
 * The edge of every command: an exception that is not a located input problem ends here as exit 3 with one
 * line in the user's language saying what to do, never a stack trace or an exception's class name; with
 * {@code --debug} (or the environment variable {@code CASESCREEN_DEBUG}) the trace follows.
 */
final class CommandEdge implements CommandLine.IExecutionExceptionHandler {

    private final PrintWriter err;

    CommandEdge(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(e, parseResult);
    }

    /** Reports a failure that escaped a command (an exception or an error such as out-of-memory) and returns exit 3. */
    int report(Throwable e, CommandLine.ParseResult parseResult) {
        Invocation at = Invocation.of(parseResult);
        err.println(message(e, at.command(), at.language()));
        if (at.debug() || System.getenv("CASESCREEN_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** The one-line message for a failure of {@code command}: what happened and what to do, naming no class. */
    static String message(Throwable e, String command, Language language) {
        boolean da = language == Language.DA;
        String prefix = command.isEmpty() ? "casescreen: " : "casescreen " + command + ": ";
        if (outOfMemory(e)) {
            return prefix + (da ? "ikke nok hukommelse: kør igen med CASESCREEN_JAVA_OPTS=-Xmx2g (eller mere) for at give Java mere hukommelse"
                    : "not enough memory: run again with CASESCREEN_JAVA_OPTS=-Xmx2g (or more) to give Java more memory");
        }
        if (cause(e, InvalidPathException.class)) {
            // a file name with Æ, Ø or Å (LÆS-MIG.txt, a user's own) where the locale's character set has none
            String charset = System.getProperty("sun.jnu.encoding", "?");
            return prefix + (da ? "et filnavn kan ikke skrives i systemets tegnsæt for filnavne (" + charset
                    + "): kør igen med en UTF-8-locale, fx LANG=C.UTF-8"
                    : "a file name cannot be written in the system's character set for file names (" + charset
                    + "): run again with a UTF-8 locale, e.g. LANG=C.UTF-8");
        }
        return prefix + (da ? "intern fejl i casescreen (exit 3): kør igen med --debug for at se detaljerne, og meld fejlen til udviklerne"
                : "internal error in casescreen (exit 3): run again with --debug to see the details, and report it to the developers");
    }

    private static boolean outOfMemory(Throwable e) {
        return cause(e, OutOfMemoryError.class);
    }

    private static boolean cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** What the command line asked for: the (sub)command's name, its language and whether {@code --debug} was given. */
    private record Invocation(String command, Language language, boolean debug) {

        static Invocation of(CommandLine.ParseResult parseResult) {
            String command = "";
            Language language = Language.DA;
            boolean debug = false;
            for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
                if (p != parseResult) {
                    command = command.isEmpty() ? p.commandSpec().name() : command + " " + p.commandSpec().name();
                }
                debug |= p.hasMatchedOption("--debug");
                if (p.hasMatchedOption("--lang") && p.matchedOptionValue("--lang", null) instanceof Language l) {
                    language = l;
                }
            }
            return new Invocation(command, language, debug);
        }
    }
}
