package dk.casescreen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casescreen} command: screening of especially expensive adult social cases. */
@Command(name = "casescreen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Screening of especially expensive adult social cases (botilbud above 2 mio. kr. a year).",
        subcommands = {DemoCommand.class, AppCommand.class, ReportCommand.class, SlidesCommand.class, ExportCommand.class, ValidateCommand.class, AnalyzeCommand.class, FollowupCommand.class, BenchmarkCommand.class, TemplateCommand.class,
                SynthCommand.class, CalibrationCommand.class, KernelCommand.class, AotTrainingCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the details (stack trace) of an internal error (exit 3).")
    private boolean debug;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line with the given output streams and returns the exit code. Everything
     * printed passes {@link MaskingWriter}: no CPR number or terminal escape sequence is repeated.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(new Main()), args, out, err);
    }

    /** Runs the given command line (the tests add a failing command to it) behind the edge of every command. */
    static int run(CommandLine cli, String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = MaskingWriter.printWriter(rawOut);
        PrintWriter err = MaskingWriter.printWriter(rawErr);
        cli.setOut(out);
        cli.setErr(err);
        CommandEdge edge = new CommandEdge(err);
        cli.setExecutionExceptionHandler(edge);
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            // Errors are not handed to the execution exception handler; they end at the same edge (never exit 1).
            code = edge.report(e, cli.getParseResult());
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
