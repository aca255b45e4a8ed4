package dk.casescreen.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class CommandEdgeTest {

    /** A command that fails the way a bug or a full heap would, behind the real edge of {@link Main}. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {

        @Option(names = "--lang", defaultValue = "da", converter = LanguageConverter.class)
        Language language;

        @Option(names = "--fail")
        String fail = "npe";

        @Override
        public Integer call() throws Exception {
            switch (fail) {
                case "oom" -> throw new OutOfMemoryError("Java heap space");
                case "wrapped-oom" -> throw new IllegalStateException("worker", new OutOfMemoryError("Java heap space"));
                case "checked" -> throw new java.io.UncheckedIOException(new java.io.IOException("secret-cell-value"));
                case "stack" -> throw new StackOverflowError();
                default -> throw new NullPointerException("Cannot invoke \"String.length()\" because \"x\" is null");
            }
        }
    }

    private static CliRun boom(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("boom", new Boom());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(cli, args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    private static void assertOneCleanLine(CliRun run) {
        String all = run.out() + run.err();
        assertAll(
                () -> assertEquals(1, run.err().strip().lines().count(), () -> "one line: " + run.err()),
                () -> assertFalse(all.contains("Exception"), () -> "no exception name: " + all),
                () -> assertFalse(all.contains("Error"), () -> "no error class: " + all),
                () -> assertFalse(all.contains("java."), () -> "no class name: " + all),
                () -> assertFalse(all.contains("\tat "), () -> "no stack trace: " + all),
                () -> assertFalse(all.contains("secret-cell-value"), () -> "no exception message: " + all));
    }

    @Test
    void outOfMemoryExitsThreeWithHowToGiveMoreMemoryInDanish() {
        CliRun run = boom("boom", "--fail", "oom");
        assertEquals(ExitCodes.INTERNAL, run.exit());
        assertOneCleanLine(run);
        assertTrue(run.err().startsWith("casescreen boom: ikke nok hukommelse"), run.err());
        assertTrue(run.err().contains("CASESCREEN_JAVA_OPTS=-Xmx2g"), run.err());
    }

    @Test
    void outOfMemoryIsReportedInEnglishWhenAskedFor() {
        CliRun run = boom("boom", "--lang", "en", "--fail", "oom");
        assertEquals(ExitCodes.INTERNAL, run.exit());
        assertOneCleanLine(run);
        assertTrue(run.err().startsWith("casescreen boom: not enough memory"), run.err());
        assertTrue(run.err().contains("CASESCREEN_JAVA_OPTS=-Xmx2g"), run.err());
    }

    @Test
    void outOfMemoryInsideAnotherExceptionIsStillOutOfMemory() {
        CliRun run = boom("boom", "--fail", "wrapped-oom");
        assertEquals(ExitCodes.INTERNAL, run.exit());
        assertOneCleanLine(run);
        assertTrue(run.err().contains("ikke nok hukommelse"), run.err());
    }

    @Test
    void aBugExitsThreeWithOneLineNamingNoClassAndSayingWhatToDo() {
        for (String fail : new String[] {"npe", "checked", "stack"}) {
            CliRun run = boom("boom", "--lang", "en", "--fail", fail);
            assertEquals(ExitCodes.INTERNAL, run.exit(), fail);
            assertOneCleanLine(run);
            assertTrue(run.err().startsWith("casescreen boom: internal error in casescreen"), run.err());
            assertTrue(run.err().contains("--debug"), run.err());
        }
    }

    @Test
    void aBugIsReportedInDanishByDefault() {
        CliRun run = boom("boom");
        assertEquals(ExitCodes.INTERNAL, run.exit());
        assertOneCleanLine(run);
        assertTrue(run.err().startsWith("casescreen boom: intern fejl i casescreen"), run.err());
    }

    @Test
    void debugAfterTheCommandShowsTheTrace() {
        CliRun run = boom("boom", "--debug", "--fail", "oom");
        assertEquals(ExitCodes.INTERNAL, run.exit());
        assertTrue(run.err().contains("java.lang.OutOfMemoryError"), run.err());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void debugBeforeTheCommandShowsTheTrace() {
        CliRun run = boom("--debug", "boom");
        assertEquals(ExitCodes.INTERNAL, run.exit());
        assertTrue(run.err().contains("java.lang.NullPointerException"), run.err());
    }

    @Test
    void everyRealCommandAcceptsDebug() {
        CommandLine cli = new CommandLine(new Main());
        for (var sub : cli.getSubcommands().entrySet()) {
            if (!sub.getKey().equals("help")) {
                assertTrue(sub.getValue().getCommandSpec().findOption("--debug") != null, sub.getKey());
            }
        }
    }
}
