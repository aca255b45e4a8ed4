package dk.casescreen.analysis;

import dk.casescreen.cases.AnswerColumn;
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
     * Default options for a sheet: the built-in hypotheses and the decision rule of {@code hypotheses.json},
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
        AnswerColumn band = cases.column(HypothesisEngine.OUTCOME);
        CaseTable screened = cases.rows(i -> !HypothesisEngine.BELOW_TWO_MIO.equals(band.code(i)));
        long comparison = cases.size() - screened.size();
        Map<String, Long> perMunicipality = new LinkedHashMap<>();
        for (int i = 0; i < screened.size(); i++) {
            perMunicipality.merge(screened.municipalityCode(i), 1L, Long::sum);
        }
        Optional<FunnelPlot> funnel = options.populations().map(p -> FunnelPlot.of(perMunicipality, p));
        return new Analysis(cases.sheet().id(), cases.sheet().version(), options.synthetic(), cases.size(), screened.size(),
                comparison, Profiles.of(screened, "all"), Profiles.byMunicipality(screened), options.reference(),
                HypothesisEngine.run(cases, options.hypotheses(), options.rule()), options.rule(),
                ActionOpportunities.find(screened, options.opportunities()), funnel);
    }
}
