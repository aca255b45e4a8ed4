package dk.casescreen.analysis;

import dk.casescreen.cases.CaseTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * What the screened cases cost ("Hvad koster de?", issue 14): the annual cost overall, per municipality
 * and by every answer of every choice question ({@link CostSummary}), where the kroner concentrate
 * ({@link CostConcentration}), each hypothesis as a ratio of mean cost ({@link CostRatio}), spending per
 * 1,000 inhabitants aged 18–66 when populations are known ({@link MunicipalityCost}), and the cost of the
 * cases where each action opportunity applies ({@link OpportunityCost}). Only cases with an annual cost
 * enter the numbers, and every summary says how many are missing. Deterministic: every bootstrap has the
 * fixed seed 14 and 2,000 resamples; groups of more than 2,000 cases get normal-theory intervals instead,
 * so that a million cases take seconds.
 *
 * @param overall        all screened cases
 * @param byMunicipality one summary per municipality code, in code order
 * @param byAnswer       one summary per answer of every choice question, in sheet order (answers no screened
 *                       case gave included, with count 0)
 * @param concentration  the concentration, when at least one screened case has an annual cost
 * @param ratios         one cost ratio per hypothesis, in the analysis's order
 * @param perPopulation  spending per 1,000 inhabitants aged 18–66, ranked; empty without populations
 * @param opportunities  one per action opportunity, in the order of the definitions
 */
public record CostAnalysis(CostSummary overall, Map<String, CostSummary> byMunicipality, List<CostSummary> byAnswer,
                           Optional<CostConcentration> concentration, List<CostRatio> ratios,
                           List<MunicipalityCost> perPopulation, List<OpportunityCost> opportunities) {

    /** Creates the record; the collections are copied (the map keeps its order). */
    public CostAnalysis {
        byMunicipality = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byMunicipality));
        byAnswer = List.copyOf(byAnswer);
        ratios = List.copyOf(ratios);
        perPopulation = List.copyOf(perPopulation);
        opportunities = List.copyOf(opportunities);
    }

    /**
     * The cost analysis of the screened cases of {@code cases} (cost band not under 2 mio. kr.) with the
     * hypotheses, opportunities and populations of {@code options}.
     */
    public static CostAnalysis of(CaseTable cases, AnalysisOptions options) {
        var band = cases.column(HypothesisEngine.OUTCOME);
        return CostProfiles.analyse(cases.rows(i -> !HypothesisEngine.BELOW_TWO_MIO.equals(band.code(i))), options);
    }

    /**
     * Spending per 1,000 inhabitants aged 18–66 of each municipality with a population, over the screened
     * cases of {@code cases} (every municipality in the table, not one group's), ranked as in
     * {@link #perPopulation()}; empty when no screened case has an annual cost.
     */
    public static List<MunicipalityCost> perPopulation(CaseTable cases,
                                                       List<dk.casescreen.reference.MunicipalityPopulation> populations) {
        var band = cases.column(HypothesisEngine.OUTCOME);
        return CostProfiles.perPopulation(cases.rows(i -> !HypothesisEngine.BELOW_TWO_MIO.equals(band.code(i))), populations);
    }

    /** The cost ratio of one hypothesis by id. */
    public Optional<CostRatio> hypothesis(String id) {
        return ratios.stream().filter(r -> r.hypothesis().equals(id)).findFirst();
    }

    /** The summaries by answer of one question, in sheet order (empty for an unknown or whole-number question). */
    public List<CostSummary> byAnswer(String questionKey) {
        return byAnswer.stream().filter(s -> s.scope().equals(questionKey)).toList();
    }

    /** The summary of one municipality by code. */
    public Optional<CostSummary> municipality(String code) {
        return Optional.ofNullable(byMunicipality.get(code));
    }

    /** The money at stake with one opportunity by id. */
    public Optional<OpportunityCost> opportunity(String id) {
        return opportunities.stream().filter(o -> o.opportunityId().equals(id)).findFirst();
    }

    /** Every summary (overall, per municipality, by answer) as one tidy table ({@link CostSummary#asTable(List)}). */
    public Table asTable() {
        List<CostSummary> all = new ArrayList<>();
        all.add(overall);
        all.addAll(byMunicipality.values());
        all.addAll(byAnswer);
        return CostSummary.asTable(all);
    }

    /** The cost ratios as a tidy table ({@link CostRatio#asTable(List)}). */
    public Table ratiosTable() {
        return CostRatio.asTable(ratios);
    }

    /** A short reading: the overall summary. */
    @Override
    public String toString() {
        return "Cost " + overall;
    }
}
