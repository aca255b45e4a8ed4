package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.ValidationReport;
import dk.casescreen.reference.MunicipalityPopulation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a report's input together: the own municipalities' cases analysed, compared with either the
 * pooled data (when the data hold at least {@value #POOLED_MUNICIPALITIES} municipalities) or the
 * built-in synthetic reference, and the funnel plot of all municipalities in the data.
 */
public final class ReportBuilder {

    /** From this many municipalities the data are their own reference. */
    public static final int POOLED_MUNICIPALITIES = 5;

    private ReportBuilder() {
    }

    /**
     * The input of a report on {@code own} municipalities (codes).
     *
     * @param all         every case loaded
     * @param validation  the validation report of the load
     * @param own         the codes of the municipalities the report is about
     * @param title       the title (their names)
     * @param options     analysis options (hypotheses, rule, opportunities); populations, if any, give the funnel
     */
    public static ReportInput build(CaseTable all, ValidationReport validation, List<String> own, String title,
                                    AnalysisOptions options, Disclosure disclosure, Language language) {
        Set<String> ownSet = Set.copyOf(own);
        CaseTable ownCases = all.filter(r -> ownSet.contains(r.municipalityCode()));
        long municipalities = all.records().stream().map(CaseRecord::municipalityCode).distinct().count();
        AnalysisOptions withoutPopulations = options.withoutPopulations();
        Analysis reference = municipalities >= POOLED_MUNICIPALITIES ? Analyses.run(all, withoutPopulations)
                : Analyses.synthetic();
        Analysis ownAnalysis = Analyses.run(ownCases, withoutPopulations);
        Optional<FunnelPlot> funnel = Optional.empty();
        if (municipalities >= 2 && options.populations().isPresent()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            all.records().stream().filter(r -> !r.code("cost_band").filter("band_under_2_0"::equals).isPresent())
                    .forEach(r -> counts.merge(r.municipalityCode(), 1L, Long::sum));
            List<MunicipalityPopulation> withCases = options.populations().get().stream()
                    .filter(p -> counts.containsKey(p.municipality().code())).toList();
            funnel = Optional.of(FunnelPlot.of(counts, withCases));
        }
        return new ReportInput(title, own, ownAnalysis, reference, validation, disclosure, language, ownCases.origin().isSynthetic(), funnel);
    }
}
