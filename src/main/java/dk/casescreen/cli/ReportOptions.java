package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.Benchmark;
import dk.casescreen.analysis.BenchmarkException;
import dk.casescreen.analysis.BenchmarkJson;
import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.analysis.Reference;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.disclosure.DisclosureException;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.report.Disclosure;
import dk.casescreen.report.ReportBuilder;
import dk.casescreen.report.ReportInput;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs and options every form of the report shares ({@code report}, {@code slides},
 * {@code export}): the case files, the municipalities it is about, the edition and threshold, the
 * populations, extra hypotheses and a benchmark, and the language. A picocli mixin.
 */
final class ReportOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "Filled-in case files or folders.")
    private List<Path> inputs;

    @Option(names = "--municipality", paramLabel = "NAME", description = "The municipality the report is about (repeatable).")
    private List<String> municipalityNames = new ArrayList<>();

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

    @picocli.CommandLine.Mixin
    private RoundOption round;

    @Option(names = "--benchmark", paramLabel = "FILE",
            description = "Compare with the pooled benchmark in FILE (made by casescreen benchmark) instead of the published figures.")
    private Path benchmark;

    /** The language asked for. */
    Language language() {
        return language;
    }

    /**
     * Loads the files and puts the report's input together; notes of a benchmark go to {@code err}.
     *
     * @throws CaseLoadException        when a file cannot be read
     * @throws BenchmarkException       when the benchmark cannot be read
     * @throws IllegalArgumentException when an option names something unknown
     */
    ReportInput input(String command, PrintWriter err) throws IOException {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        Municipalities registry = CliInputs.registry(municipalitiesFile);
        Optional<List<MunicipalityPopulation>> pops = municipalitiesFile == null ? Optional.empty()
                : Optional.of(PopulationsCsv.readFile(municipalitiesFile));
        if (populations != null) {
            pops = Optional.of(CliInputs.populations(populations));
        }
        LoadResult loaded = round.apply(Cases.files(inputs).municipalities(registry)).load();
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
            Benchmark b = BenchmarkJson.read(benchmark, sheet);
            base = base.withReference(Reference.benchmark(b));
            for (dk.casescreen.Text note : b.notes()) {
                err.println("casescreen " + command + ": " + note.in(language));
            }
        }
        AnalysisOptions options = pops.map(base::withPopulations).orElse(base);
        return ReportBuilder.build(loaded.cases(), loaded.report(), codes, String.join(", ", names), options, disclosure, language);
    }

    /**
     * The exit code and one-line message of a failure while reading the inputs or writing the output:
     * unreadable input or a wrong option is 2, a report whose counts cannot be protected is 1.
     */
    int fail(String command, Exception e, PrintWriter err) {
        String prefix = "casescreen " + command + ": ";
        return switch (e) {
            case BenchmarkException b -> {
                err.println(prefix + b.describe(language));
                yield ExitCodes.UNREADABLE;
            }
            case CaseLoadException c -> {
                err.println(prefix + c.describe(language));
                yield ExitCodes.UNREADABLE;
            }
            case DisclosureException d -> {
                err.println(prefix + d.message(language) + (language == Language.DA ? " - intet er skrevet." : " - nothing was written."));
                yield ExitCodes.PROBLEMS;
            }
            case OutputFile.OutputException o -> {
                err.println(prefix + o.getMessage());
                yield ExitCodes.UNREADABLE;
            }
            case IllegalArgumentException i -> {
                err.println(prefix + i.getMessage());
                yield ExitCodes.UNREADABLE;
            }
            case IOException io -> {
                err.println(prefix + io.getMessage());
                yield ExitCodes.UNREADABLE;
            }
            default -> throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        };
    }
}
