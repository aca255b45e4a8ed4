package dk.casescreen.cli;

import dk.casescreen.report.ReportInput;
import dk.casescreen.request.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casescreen report}: from filled-in sheets to an HTML report a municipality can act on. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a self-contained HTML report (opens offline) on one or more municipalities' cases.",
                "Internal edition (own case numbers) for one municipality; shared edition (no case numbers, counts under 5 "
                        + "shown as <5) with --shared or when several municipalities are named."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    private ReportOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the report to.")
    private Path out;

    @Option(names = "--force", description = "Replace a report of the same name in the folder.")
    private boolean force;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            ReportInput input = options.input("report", err);
            Path file = ReportFiles.write(out, input, force);
            spec.commandLine().getOut().println(file);
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            return options.fail("report", e, err);
        }
    }
}
