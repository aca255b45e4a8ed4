package dk.casescreen.analysis;

import dk.casescreen.cases.DataOrigin;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole analysis of a case table: who the citizens are, why they became expensive, what can be
 * done, and how municipalities vary. Immutable; renderers (JSON, HTML, notebooks) turn it into text.
 *
 * @param sheetId        the screening sheet's id
 * @param sheetVersion   its version
 * @param origin         where the cases come from (taken from the case table; synthetic data say so in every output)
 * @param cases          all cases analysed
 * @param screened       the screened cases (2 mio. kr. or more)
 * @param comparison     the comparison cases below 2 mio. kr.
 * @param profile        the profile of the screened cases
 * @param byMunicipality the profile of each municipality's screened cases, by code
 * @param reference      what the own numbers are compared with (by default the published figures of 2022)
 * @param hypotheses     the hypotheses tested, in the order given
 * @param rule           the decision rule used
 * @param opportunities  the action opportunities
 * @param funnel         the funnel plot of cases per 1,000 aged 18–66, when populations are known
 * @param cost           what the screened cases cost: annual cost profile, concentration, cost ratio per
 *                       hypothesis, spending per 1,000 inhabitants, the cost where each opportunity applies
 */
public record Analysis(String sheetId, String sheetVersion, DataOrigin origin, long cases, long screened, long comparison,
                       Profile profile, Map<String, Profile> byMunicipality, Optional<Reference> reference,
                       List<HypothesisResult> hypotheses, DecisionRule rule, ActionOpportunities opportunities,
                       Optional<FunnelPlot> funnel, CostAnalysis cost) {

    /** Creates the analysis; collections are copied. */
    public Analysis {
        java.util.Objects.requireNonNull(cost, "cost");
        byMunicipality = Map.copyOf(byMunicipality);
        hypotheses = List.copyOf(hypotheses);
    }

    /** Whether the analysed cases are synthetic (from {@link #origin()}). */
    public boolean synthetic() {
        return origin.isSynthetic();
    }

    /**
     * The own shares beside the reference's figures: one comparison for each figure of the reference that
     * counts answers to one question among all answering cases (or among all screened cases, for a figure
     * "of all"), nationally or for the pooled cases; figures of a subgroup or of one region are left out.
     */
    public List<FigureComparison> comparisons() {
        List<FigureComparison> list = new java.util.ArrayList<>();
        if (reference.isEmpty()) {
            return list;
        }
        for (ReferenceFigure f : reference.get().figures()) {
            if (f.subgroup() || !f.national() || f.answers().isEmpty()) {
                continue;
            }
            profile.question(f.question()).ifPresent(q -> {
                long count = q.answers().stream().filter(a -> f.answers().contains(a.code())).mapToLong(AnswerShare::count).sum();
                long n = f.ofAll() ? profile.cases() : q.answered();
                AnswerShare s = Profiles.share(f.id(), count, n);
                list.add(new FigureComparison(f, count, n, s.estimate(), s.confLow(), s.confHigh(),
                        FigureComparison.position(f, n, s.confLow(), s.confHigh())));
            });
        }
        return list;
    }

    /** The hypothesis results as a tidy table, one row per hypothesis ({@link HypothesisResult#asTable(List)}). */
    public tech.tablesaw.api.Table hypothesesTable() {
        return HypothesisResult.asTable(hypotheses());
    }

    /** The result of one hypothesis by id. */
    public Optional<HypothesisResult> hypothesis(String id) {
        return hypotheses.stream().filter(h -> h.spec().id().equals(id)).findFirst();
    }
}
