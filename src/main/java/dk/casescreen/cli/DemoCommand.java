package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.disclosure.DisclosureException;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.report.Disclosure;
import dk.casescreen.report.ReportBuilder;
import dk.casescreen.report.ReportDocument;
import dk.casescreen.report.ReportInput;
import dk.casescreen.report.SlideDeck;
import dk.casescreen.request.OutputFile;
import dk.casescreen.request.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casescreen demo}: the built-in SYNTHETIC reference analysed as if one fictional municipality screened itself. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Writes the report of the built-in SYNTHETIC reference data as if one fictional municipality (the one "
                + "with the most cases) had screened itself, and prints its path.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "demo", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class,
            description = "Language (default: da).")
    private Language language;

    @Option(names = "--shared", description = "The shared edition (no case numbers, small counts suppressed).")
    private boolean shared;

    @Option(names = "--slides", paramLabel = "FILE", description = "Also write the demo deck (.pptx) to FILE, replacing it.")
    private Path slides;

    @Override
    public Integer call() {
        ReferenceData reference = ReferenceData.builtIn();
        Map<String, Long> counts = reference.cases().records().stream()
                .collect(Collectors.groupingBy(CaseRecord::municipalityCode, Collectors.counting()));
        String own = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).findFirst().orElseThrow().getKey();
        Map<String, String> names = reference.populations().stream().map(MunicipalityPopulation::municipality)
                .collect(Collectors.toMap(m -> m.code(), m -> m.name(), (a, b) -> a));
        AnalysisOptions options = AnalysisOptions.defaults(reference.cases().sheet()).withPopulations(reference.populations());
        ReportInput input = ReportBuilder.build(reference.cases(), reference.load().report(), java.util.List.of(own), names.get(own),
                options, shared ? Disclosure.shared(Disclosure.DEFAULT_THRESHOLD) : Disclosure.internal(), language);
        try {
            Path file = ReportFiles.write(out, input, true);
            spec.commandLine().getOut().println(file);
            if (slides != null) {
                ReportDocument document = ReportDocument.prepare(input);
                OutputFile.write(slides, true, language, o -> SlideDeck.write(document, o));
                spec.commandLine().getOut().println(slides);
            }
            return ExitCodes.OK;
        } catch (DisclosureException e) {
            spec.commandLine().getErr().println("casescreen demo: " + e.message(language) + (language == Language.DA
                    ? " - rapporten er ikke skrevet." : " - the report was not written."));
            return ExitCodes.PROBLEMS;
        } catch (IOException e) {
            spec.commandLine().getErr().println("casescreen demo: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }
}
