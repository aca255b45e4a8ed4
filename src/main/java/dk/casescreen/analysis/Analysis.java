package dk.casescreen.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole analysis of a case table: who the citizens are, why they became expensive, what can be
 * done, and how municipalities vary. Immutable; renderers (JSON, HTML, notebooks) turn it into text.
 *
 * @param sheetId        the screening sheet's id
 * @param sheetVersion   its version
 * @param synthetic      whether the data are synthetic (every output then says so)
 * @param cases          all cases analysed
 * @param screened       the screened cases (2 mio. kr. or more)
 * @param comparison     the comparison cases below 2 mio. kr.
 * @param profile        the profile of the screened cases
 * @param byMunicipality the profile of each municipality's screened cases, by code
 * @param reference      the profile of the reference data, to show side by side, if asked for
 * @param hypotheses     the hypotheses tested, in the order given
 * @param rule           the decision rule used
 * @param opportunities  the action opportunities
 * @param funnel         the funnel plot of cases per 1,000 aged 18–66, when populations are known
 */
public record Analysis(String sheetId, String sheetVersion, boolean synthetic, long cases, long screened, long comparison,
                       Profile profile, Map<String, Profile> byMunicipality, Optional<Profile> reference,
                       List<HypothesisResult> hypotheses, DecisionRule rule, ActionOpportunities opportunities,
                       Optional<FunnelPlot> funnel) {

    /** Creates the analysis; collections are copied. */
    public Analysis {
        byMunicipality = Map.copyOf(byMunicipality);
        hypotheses = List.copyOf(hypotheses);
    }

    /** The result of one hypothesis by id. */
    public Optional<HypothesisResult> hypothesis(String id) {
        return hypotheses.stream().filter(h -> h.spec().id().equals(id)).findFirst();
    }
}
