package dk.casescreen.analysis;

import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to analyse besides the cases. Start from {@link #defaults(ScreeningSheet)} and change what you
 * need with the {@code with…} methods:
 *
 * <pre>{@code
 * AnalysisOptions options = AnalysisOptions.defaults(sheet).withPopulations(populations);
 * }</pre>
 *
 * @param hypotheses    the hypotheses to test (the built-in ones: the slide's ten and the extra H11, plus any the user adds)
 * @param rule          the decision rule
 * @param opportunities the action opportunities to look for
 * @param populations   inhabitants aged 18–66 per municipality, for the funnel plot
 * @param reference     what the own numbers are compared with; by default the published figures of 2022
 */
public record AnalysisOptions(List<HypothesisSpec> hypotheses, DecisionRule rule, List<OpportunityDefinition> opportunities,
                              Optional<List<MunicipalityPopulation>> populations, Optional<Reference> reference) {

    /**
     * Creates options; lists are copied. The hypotheses are checked against the cases' sheet when they are
     * run ({@link HypothesisEngine#run}); here only that no id is used twice.
     *
     * @throws IllegalArgumentException naming a hypothesis id used twice
     */
    public AnalysisOptions {
        hypotheses = List.copyOf(hypotheses);
        opportunities = List.copyOf(opportunities);
        populations = Objects.requireNonNull(populations, "populations").map(List::copyOf);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reference, "reference");
        Set<String> ids = new HashSet<>();
        for (HypothesisSpec h : hypotheses) {
            if (!ids.add(h.id())) {
                throw new IllegalArgumentException("The hypothesis id " + h.id() + " is used twice");
            }
        }
    }

    /**
     * The defaults for a sheet: the built-in hypotheses and decision rule of {@code hypotheses.json},
     * the built-in action opportunities, no populations, and the published figures of 2022 as reference.
     */
    public static AnalysisOptions defaults(ScreeningSheet sheet) {
        return new AnalysisOptions(HypothesisSpecs.builtIn(sheet), DecisionRule.DEFAULT, OpportunityDefinitions.builtIn(sheet),
                Optional.empty(), Optional.of(Reference.published2022()));
    }

    /** These options with other hypotheses. */
    public AnalysisOptions withHypotheses(List<HypothesisSpec> other) {
        return new AnalysisOptions(other, rule, opportunities, populations, reference);
    }

    /** These options with another decision rule. */
    public AnalysisOptions withRule(DecisionRule other) {
        return new AnalysisOptions(hypotheses, other, opportunities, populations, reference);
    }

    /** These options with other action opportunities. */
    public AnalysisOptions withOpportunities(List<OpportunityDefinition> other) {
        return new AnalysisOptions(hypotheses, rule, other, populations, reference);
    }

    /** These options with the populations aged 18–66 of the municipalities (for the funnel plot). */
    public AnalysisOptions withPopulations(List<MunicipalityPopulation> other) {
        return new AnalysisOptions(hypotheses, rule, opportunities, Optional.of(other), reference);
    }

    /** These options without populations (no funnel plot). */
    public AnalysisOptions withoutPopulations() {
        return new AnalysisOptions(hypotheses, rule, opportunities, Optional.empty(), reference);
    }

    /** These options with another reference. */
    public AnalysisOptions withReference(Reference other) {
        return new AnalysisOptions(hypotheses, rule, opportunities, populations, Optional.of(other));
    }

    /** These options with no reference at all. */
    public AnalysisOptions withoutReference() {
        return new AnalysisOptions(hypotheses, rule, opportunities, populations, Optional.empty());
    }
}
