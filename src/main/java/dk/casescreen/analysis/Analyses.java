package dk.casescreen.analysis;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Runs the whole analysis. */
public final class Analyses {

    private Analyses() {
    }

    /**
     * Default options for a sheet: the ten hypotheses and the decision rule of {@code hypotheses.json},
     * the built-in opportunities, no populations.
     */
    public static AnalysisOptions defaults(ScreeningSheet sheet) {
        return new AnalysisOptions(HypothesisSpecs.builtIn(sheet), HypothesisSpecs.builtInRule(), OpportunityDefinitions.builtIn(sheet),
                Optional.empty(), Optional.empty(), false);
    }

    /** The built-in reference data analysed with the default options, their populations and the synthetic label. */
    public static Analysis reference() {
        ReferenceData reference = ReferenceData.builtIn();
        AnalysisOptions defaults = defaults(reference.cases().sheet());
        return run(reference.cases(), new AnalysisOptions(defaults.hypotheses(), defaults.rule(), defaults.opportunities(),
                Optional.of(reference.populations()), Optional.empty(), true));
    }

    /** Analyses the cases. */
    public static Analysis run(CaseTable cases, AnalysisOptions options) {
        CaseTable screened = cases.filter(Analyses::isScreened);
        long comparison = cases.records().stream()
                .filter(r -> r.code(HypothesisEngine.OUTCOME).filter(HypothesisEngine.BELOW_TWO_MIO::equals).isPresent()).count();
        Map<String, Long> perMunicipality = new LinkedHashMap<>();
        screened.records().forEach(r -> perMunicipality.merge(r.municipalityCode(), 1L, Long::sum));
        Optional<FunnelPlot> funnel = options.populations().map(p -> FunnelPlot.of(perMunicipality, p));
        return new Analysis(cases.sheet().id(), cases.sheet().version(), options.synthetic(), cases.size(), screened.size(),
                comparison, Profiles.of(screened, "all"), Profiles.byMunicipality(screened), options.reference(),
                HypothesisEngine.run(cases, options.hypotheses(), options.rule()), options.rule(),
                ActionOpportunities.find(screened, options.opportunities()), funnel);
    }

    /** Whether a case is a screened case: cost band given and 2 mio. kr. or more (not a comparison case). */
    static boolean isScreened(CaseRecord r) {
        return r.code(HypothesisEngine.OUTCOME).filter(code -> !code.equals(HypothesisEngine.BELOW_TWO_MIO)).isPresent()
                || r.code(HypothesisEngine.OUTCOME).isEmpty();
    }
}
