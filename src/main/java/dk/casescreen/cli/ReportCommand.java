package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.reference.Municipalities;
import dk.casescreen.reference.Municipality;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.disclosure.DisclosureException;
import dk.casescreen.report.Disclosure;
import dk.casescreen.report.ReportBuilder;
import dk.casescreen.report.ReportInput;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casescreen report}: from filled-in sheets to an HTML report a municipality can act on. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a self-contained HTML report (opens offline) on one or more municipalities' cases.",
                "Internal edition (own case numbers) for one municipality; shared edition (no case numbers, counts under 5 "
                        + "shown as <5) with --shared or when several municipalities are named."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "Filled-in case files or folders.")
    private List<Path> inputs;

    @Option(names = "--municipality", paramLabel = "NAME", description = "The municipality the report is about (repeatable).")
    private List<String> municipalityNames = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the report to.")
    private Path out;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class,
            description = "Language (default: da).")
    private Language language;

    @Option(names = "--shared", description = "The shared edition even for one municipality.")
    private boolean shared;

    @Option(names = "--threshold", defaultValue = "5", paramLabel = "N",
            description = "Suppress counts under N persons in the shared edition (default 5, never below 3).")
    private int threshold;

    @Option(names = "--populations", paramLabel = "FILE", description = "FOLK1A export (or code;name;region;aged_18_66) for the funnel plot.")
    private Path populations;

    @Option(names = "--municipalities", paramLabel = "FILE",
            description = "Also accept the municipalities in FILE (code;name;region;aged_18_66); also used as populations.")
    private Path municipalitiesFile;

    @Option(names = "--hypotheses", paramLabel = "FILE", description = "Add the hypotheses in FILE to the built-in ones (repeatable).")
    private List<Path> extraHypotheses = new ArrayList<>();

    @Option(names = "--benchmark", paramLabel = "FILE",
            description = "Compare with the pooled benchmark in FILE (made by casescreen benchmark) instead of the published figures.")
    private Path benchmark;

    @Override
    public Integer call() {
        try {
            ScreeningSheet sheet = ScreeningSheet.builtIn();
            Municipalities registry = CliInputs.registry(municipalitiesFile);
            Optional<List<MunicipalityPopulation>> pops = municipalitiesFile == null ? Optional.empty()
                    : Optional.of(PopulationsCsv.readFile(municipalitiesFile));
            if (populations != null) {
                pops = Optional.of(CliInputs.populations(populations));
            }
            LoadResult loaded = Cases.files(inputs).municipalities(registry).load();
            List<String> codes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String name : municipalityNames) {
                Municipality m = registry.find(name).orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a known municipality"));
                codes.add(m.code());
                names.add(m.name());
            }
            if (codes.isEmpty()) {
                List<String> present = loaded.cases().records().stream().map(CaseRecord::municipalityCode).distinct().toList();
                if (present.size() != 1) {
                    throw new IllegalArgumentException("the files hold " + present.size()
                            + " municipalities: name the one(s) the report is about with --municipality");
                }
                codes.add(present.getFirst());
                names.add(registry.find(present.getFirst()).map(Municipality::name).orElse(present.getFirst()));
            }
            Disclosure disclosure = shared || codes.size() > 1 ? Disclosure.shared(threshold) : Disclosure.internal();
            List<HypothesisSpec> specs = CliInputs.hypotheses(sheet, extraHypotheses);
            AnalysisOptions base = AnalysisOptions.defaults(sheet).withHypotheses(specs);
            if (benchmark != null) {
                dk.casescreen.analysis.Benchmark b = dk.casescreen.analysis.BenchmarkJson.read(benchmark, sheet);
                base = base.withReference(dk.casescreen.analysis.Reference.benchmark(b));
                for (dk.casescreen.Text note : b.notes()) {
                    spec.commandLine().getErr().println("casescreen report: " + note.in(language));
                }
            }
            AnalysisOptions options = pops.map(base::withPopulations).orElse(base);
            ReportInput input = ReportBuilder.build(loaded.cases(), loaded.report(), codes, String.join(", ", names), options,
                    disclosure, language);
            Path file = ReportFiles.write(out, input);
            spec.commandLine().getOut().println(file);
            return ExitCodes.OK;
        } catch (dk.casescreen.analysis.BenchmarkException e) {
            spec.commandLine().getErr().println("casescreen report: " + e.describe(language));
            return ExitCodes.UNREADABLE;
        } catch (CaseLoadException e) {
            spec.commandLine().getErr().println("casescreen report: " + e.describe(language));
            return ExitCodes.UNREADABLE;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("casescreen report: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (DisclosureException e) {
            spec.commandLine().getErr().println("casescreen report: " + e.message(language) + (language == Language.DA
                    ? " - rapporten er ikke skrevet." : " - the report was not written."));
            return ExitCodes.PROBLEMS;
        } catch (IOException e) {
            spec.commandLine().getErr().println("casescreen report: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }
}
