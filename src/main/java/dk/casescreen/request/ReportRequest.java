package dk.casescreen.request;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.Benchmark;
import dk.casescreen.analysis.BenchmarkException;
import dk.casescreen.analysis.BenchmarkJson;
import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.analysis.Reference;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.CaseLoader;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import dk.casescreen.disclosure.DisclosureException;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.report.Disclosure;
import dk.casescreen.report.ReportBuilder;
import dk.casescreen.report.ReportInput;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a report is asked for, as plain values: the municipalities it is about, the edition and
 * threshold, the populations, extra hypotheses, a benchmark and the language. The one road from
 * options to a {@link ReportInput} that {@code report}, {@code slides}, {@code export} and the app
 * ({@code casescreen app}) all take.
 *
 * @param municipalityNames the municipalities by name or code; empty for the one the files hold
 * @param shared            the shared edition even for one municipality
 * @param threshold         the shared edition's smallest count shown (at least 3)
 * @param populations       a FOLK1A export or code;name;region;aged_18_66 file for the funnel plot
 * @param municipalitiesFile extra municipalities (code;name;region;aged_18_66), also used as populations
 * @param extraHypotheses   hypothesis files added to the built-in ones
 * @param benchmark         a pooled benchmark (made by {@code casescreen benchmark}) instead of the published figures
 * @param language          the report's language
 */
public record ReportRequest(List<String> municipalityNames, boolean shared, int threshold, Optional<Path> populations,
                            Optional<Path> municipalitiesFile, List<Path> extraHypotheses, Optional<Path> benchmark,
                            Language language) {

    /** Copies the lists; nothing may be null. */
    public ReportRequest {
        municipalityNames = List.copyOf(municipalityNames);
        extraHypotheses = List.copyOf(extraHypotheses);
        Objects.requireNonNull(populations);
        Objects.requireNonNull(municipalitiesFile);
        Objects.requireNonNull(benchmark);
        Objects.requireNonNull(language);
    }

    /** The municipalities a case file may name: the known ones, plus those of {@link #municipalitiesFile()}. */
    public Municipalities registry() {
        return InputFiles.registry(municipalitiesFile.orElse(null));
    }

    /**
     * Loads the files with {@code loader} (its municipalities set to {@link #registry()}) and puts the
     * report's input together; notes of a benchmark go to {@code notes}.
     *
     * @throws CaseLoadException        when a file cannot be read
     * @throws BenchmarkException       when the benchmark cannot be read
     * @throws IllegalArgumentException when an option names something unknown
     */
    public ReportInput input(CaseLoader loader, Consumer<Text> notes) throws IOException {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        Municipalities registry = registry();
        Optional<List<MunicipalityPopulation>> pops = municipalitiesFile.map(PopulationsCsv::readFile);
        if (populations.isPresent()) {
            pops = Optional.of(InputFiles.populations(populations.get()));
        }
        LoadResult loaded = loader.municipalities(registry).load();
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
        List<HypothesisSpec> specs = InputFiles.hypotheses(sheet, extraHypotheses);
        AnalysisOptions base = AnalysisOptions.defaults(sheet).withHypotheses(specs);
        if (benchmark.isPresent()) {
            Benchmark b = BenchmarkJson.read(benchmark.get(), sheet);
            base = base.withReference(Reference.benchmark(b));
            b.notes().forEach(notes);
        }
        AnalysisOptions options = pops.map(base::withPopulations).orElse(base);
        return ReportBuilder.build(loaded.cases(), loaded.report(), codes, String.join(", ", names), options, disclosure, language);
    }

    /**
     * The one-line message (without the command's prefix) of a failure while reading the inputs or
     * making the report, in {@code language}; empty for a failure that is not the user's input (an
     * internal error).
     */
    public static Optional<String> message(Exception e, Language language) {
        return Optional.ofNullable(switch (e) {
            case BenchmarkException b -> b.describe(language);
            case CaseLoadException c -> c.describe(language);
            case DisclosureException d -> d.message(language) + (language == Language.DA ? " - intet er skrevet." : " - nothing was written.");
            case OutputFile.OutputException o -> o.getMessage();
            case IllegalArgumentException i -> i.getMessage();
            case IOException io -> io.getMessage();
            default -> null;
        });
    }
}
