package dk.casescreen.analysis;

import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;

/** Runs the whole analysis. */
public final class Analyses {

    private Analyses() {
    }

    /**
     * Default options for a sheet: the built-in hypotheses and decision rule, the built-in
     * opportunities, no populations, the published figures of 2022 as reference.
     *
     * @see AnalysisOptions#defaults(ScreeningSheet)
     */
    public static AnalysisOptions defaults(ScreeningSheet sheet) {
        return AnalysisOptions.defaults(sheet);
    }

    /**
     * The built-in SYNTHETIC reference data analysed with the default options and their fictional
     * populations, for demonstrations, teaching and tests; the analysis says it is synthetic.
     */
    public static Analysis synthetic() {
        ReferenceData reference = ReferenceData.builtIn();
        return run(reference.cases(), defaults(reference.cases().sheet()).withPopulations(reference.populations()));
    }

    /** Analyses the cases; the analysis takes its origin (synthetic or observed) from the case table. */
    public static Analysis run(CaseTable cases, AnalysisOptions options) {
        AnswerColumn band = cases.column(HypothesisEngine.OUTCOME);
        CaseTable screened = cases.rows(i -> !HypothesisEngine.BELOW_TWO_MIO.equals(band.code(i)));
        long comparison = cases.size() - screened.size();
        Map<String, Long> perMunicipality = new LinkedHashMap<>();
        for (int i = 0; i < screened.size(); i++) {
            perMunicipality.merge(screened.municipalityCode(i), 1L, Long::sum);
        }
        Optional<FunnelPlot> funnel = options.populations().map(p -> FunnelPlot.of(perMunicipality, p));
        // the cost analysis and the hypotheses are independent: the cost on another core meanwhile, when the
        // heap has room for both (each fits its models one at a time then)
        ForkJoinTask<CostAnalysis> cost = ForkJoinTask.adapt(() -> CostProfiles.analyse(screened, options));
        boolean beside = InOrder.roomFor(4, InOrder.BYTES_PER_CASE * cases.size(), cases.size());
        if (beside) {
            cost.fork();
        }
        List<HypothesisResult> hypotheses;
        try {
            hypotheses = HypothesisEngine.run(cases, options.hypotheses(), options.rule());
        } catch (RuntimeException | Error e) {
            cost.cancel(true);
            throw e;
        }
        Profile profile = Profiles.of(screened, "all");
        Map<String, Profile> byMunicipality = Profiles.byMunicipality(screened);
        ActionOpportunities opportunities = ActionOpportunities.find(screened, options.opportunities());
        return new Analysis(cases.sheet().id(), cases.sheet().version(), cases.origin(), cases.size(), screened.size(),
                comparison, profile, byMunicipality, options.reference(), hypotheses, options.rule(), opportunities,
                funnel, beside ? cost.join() : cost.invoke());
    }
}
