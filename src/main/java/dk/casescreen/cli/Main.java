package dk.casescreen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casescreen} command: screening of especially expensive adult social cases. */
@Command(name = "casescreen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Screening of especially expensive adult social cases (botilbud above 2 mio. kr. a year).",
        subcommands = {DemoCommand.class, ReportCommand.class, SlidesCommand.class, ExportCommand.class, ValidateCommand.class, AnalyzeCommand.class, FollowupCommand.class, BenchmarkCommand.class, TemplateCommand.class,
                SynthCommand.class, CalibrationCommand.class, KernelCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line with the given output streams and returns the exit code. Everything
     * printed passes {@link MaskingWriter}: no CPR number or terminal escape sequence is repeated.
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = MaskingWriter.printWriter(rawOut);
        PrintWriter err = MaskingWriter.printWriter(rawErr);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("casescreen: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            if (System.getenv("CASESCREEN_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set CASESCREEN_DEBUG=1 to see the details)");
            }
            return ExitCodes.INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
