package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.analysis.Benchmark;
import dk.casescreen.analysis.BenchmarkJson;
import dk.casescreen.analysis.Benchmarks;
import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.disclosure.DisclosureException;
import dk.casescreen.request.InputFiles;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casescreen benchmark}: aggregate counts of many municipalities' cases, safe to share. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Pools the cases of at least 3 municipalities into a benchmark file of aggregate counts: per question "
                + "and answer, per hypothesis exposure and cost band, numbers of municipalities and cases, screening dates.",
                "No municipality's own counts, names or codes; counts under the threshold and any count they could be "
                        + "worked out from are suppressed. Use it with report --benchmark and analyze --benchmark."})
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "Case files or folders of several municipalities.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The benchmark file to write (JSON).")
    private Path out;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The benchmark's title, shown wherever it is used.")
    private String title;

    @Option(names = "--threshold", defaultValue = "5", paramLabel = "N",
            description = "Suppress counts under N persons (default 5, never below 3).")
    private int threshold;

    @Option(names = "--municipalities", paramLabel = "FILE",
            description = "Also accept the municipalities in FILE (code;name;region;aged_18_66).")
    private Path municipalities;

    @Option(names = "--hypotheses", paramLabel = "FILE", description = "Add the hypotheses in FILE to the ten (repeatable).")
    private List<Path> extraHypotheses = new ArrayList<>();

    @Option(names = "--force", description = "Replace an existing benchmark file.")
    private boolean force;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class,
            description = "Language of the messages (default: da).")
    private Language language;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path target = out.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.exists(target) && !force) {
            err.println("casescreen benchmark: " + out + " findes allerede / already exists (use --force to replace it)");
            return ExitCodes.UNREADABLE;
        }
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            err.println("casescreen benchmark: kan ikke skrive i / cannot write to " + (folder == null ? out : folder));
            return ExitCodes.UNREADABLE;
        }
        try {
            ScreeningSheet sheet = ScreeningSheet.builtIn();
            List<HypothesisSpec> specs = InputFiles.hypotheses(sheet, extraHypotheses);
            LoadResult loaded = Cases.files(inputs).municipalities(InputFiles.registry(municipalities)).load();
            if (loaded.report().errorCount() > 0) {
                err.println("casescreen benchmark: " + loaded.report().rejected()
                        + " rows rejected (run casescreen validate to see why); pooling the "
                        + loaded.report().accepted() + " valid rows");
            }
            Benchmark b = Benchmarks.of(loaded.cases(), specs, title, threshold);
            BenchmarkJson.write(b, target);
            var o = spec.commandLine().getOut();
            o.println(out);
            o.println((language == Language.DA
                    ? b.municipalities() + " kommuner, " + b.screenedCases().display(b.threshold()) + " screenede sager, "
                            + b.suppressedCount() + " skjulte tal (tærskel " + b.threshold() + ")"
                    : b.municipalities() + " municipalities, " + b.screenedCases().display(b.threshold()) + " screened cases, "
                            + b.suppressedCount() + " suppressed counts (threshold " + b.threshold() + ")")
                    + (b.synthetic() ? " - " + b.origin().label(language) : ""));
            return ExitCodes.OK;
        } catch (CaseLoadException e) {
            err.println("casescreen benchmark: " + e.describe(language));
            return ExitCodes.UNREADABLE;
        } catch (DisclosureException e) {
            err.println("casescreen benchmark: " + e.message(language));
            return ExitCodes.UNREADABLE;
        } catch (IllegalArgumentException e) {
            err.println("casescreen benchmark: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println("casescreen benchmark: kan ikke skrive / cannot write " + out + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }
}
