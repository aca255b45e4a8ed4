package dk.casescreen.analysis;

import dk.casescreen.reference.MunicipalityPopulation;
import java.util.List;
import java.util.Optional;

/**
 * What to analyse besides the cases.
 *
 * @param hypotheses    the hypotheses to test (the built-in ones: the slide's ten and the extra H11, plus any the user adds)
 * @param rule          the decision rule
 * @param opportunities the action opportunities to look for
 * @param populations   inhabitants aged 18–66 per municipality, for the funnel plot
 * @param reference     the reference profile to show side by side
 * @param synthetic     whether the data are synthetic
 */
public record AnalysisOptions(List<HypothesisSpec> hypotheses, DecisionRule rule, List<OpportunityDefinition> opportunities,
                              Optional<List<MunicipalityPopulation>> populations, Optional<Profile> reference,
                              boolean synthetic) {

    /** Creates options; lists are copied. */
    public AnalysisOptions {
        hypotheses = List.copyOf(hypotheses);
        opportunities = List.copyOf(opportunities);
        populations = populations.map(List::copyOf);
    }
}
