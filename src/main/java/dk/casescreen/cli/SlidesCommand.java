package dk.casescreen.cli;

import dk.casescreen.report.ReportDocument;
import dk.casescreen.report.ReportInput;
import dk.casescreen.report.SlideDeck;
import dk.casescreen.request.OutputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casescreen slides}: the report as an editable PowerPoint deck with native charts. */
@Command(name = "slides", mixinStandardHelpOptions = true,
        description = {"Writes the report as a PowerPoint deck (16:9, native editable charts, the reasoning in the speaker notes).",
                "Same inputs and options as report; the shared deck hides exactly what the shared report hides."})
final class SlidesCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ReportOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The deck to write (.pptx).")
    private Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            OutputFile.check(out, force, options.language());
            ReportInput input = options.input("slides", err);
            ReportDocument document = ReportDocument.prepare(input);
            OutputFile.write(out, force, options.language(), o -> SlideDeck.write(document, o));
            spec.commandLine().getOut().println(out);
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            return options.fail("slides", e, err);
        }
    }
}
