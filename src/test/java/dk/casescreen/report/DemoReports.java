package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo report's input, as {@code casescreen demo} makes it: the built-in SYNTHETIC data, the municipality with the most cases. */
final class DemoReports {

    private DemoReports() {
    }

    static ReportInput input(Language language, boolean shared) {
        ReferenceData reference = ReferenceData.builtIn();
        Map<String, Long> counts = reference.cases().records().stream()
                .collect(Collectors.groupingBy(CaseRecord::municipalityCode, Collectors.counting()));
        String own = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).findFirst().orElseThrow().getKey();
        String name = reference.populations().stream().map(MunicipalityPopulation::municipality).filter(m -> m.code().equals(own))
                .findFirst().orElseThrow().name();
        AnalysisOptions options = AnalysisOptions.defaults(reference.cases().sheet()).withPopulations(reference.populations());
        return ReportBuilder.build(reference.cases(), reference.load().report(), List.of(own), name, options,
                shared ? Disclosure.shared(Disclosure.DEFAULT_THRESHOLD) : Disclosure.internal(), language);
    }

    static byte[] deck(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SlideDeck.write(doc, out);
        return out.toByteArray();
    }
}
