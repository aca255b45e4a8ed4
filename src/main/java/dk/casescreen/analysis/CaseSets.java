package dk.casescreen.analysis;

import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.Question;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The sets of cases behind the counts an analysis publishes, as bit sets over the rows of one case
 * table: the cases of some municipalities, the cases giving an answer, the exposed cases of a
 * hypothesis, the cases with an action opportunity. Disclosure control works on these sets (every
 * published count is the size of one), and they are defined exactly as the analysis counts.
 */
public final class CaseSets {

    private final CaseTable table;
    private final java.util.Map<HypothesisSpec, int[]> exposures = new java.util.HashMap<>();

    /** The sets over the rows of {@code table}. */
    public CaseSets(CaseTable table) {
        this.table = table;
    }

    private BitSet where(IntPredicate holds) {
        BitSet set = new BitSet(table.size());
        for (int i = 0; i < table.size(); i++) {
            if (holds.test(i)) {
                set.set(i);
            }
        }
        return set;
    }

    /** The table the sets are over. */
    public CaseTable table() {
        return table;
    }

    /** Every case. */
    public BitSet all() {
        BitSet set = new BitSet(table.size());
        set.set(0, table.size());
        return set;
    }

    /** The cases with an annual cost in kroner: the cases a sum, mean or median of the cost is over. */
    public BitSet withCost() {
        return where(i -> table.annualCost(i).isPresent());
    }

    /** The screened cases: cost band 2 mio. kr. or more, or not given (comparison cases below 2 mio. kr. left out). */
    public BitSet screened() {
        AnswerColumn band = table.column(HypothesisEngine.OUTCOME);
        return where(i -> !HypothesisEngine.BELOW_TWO_MIO.equals(band.code(i)));
    }

    /**
     * The screened cases whose cost band is known (2 mio. kr. or more): the cases a hypothesis's
     * prevalence and cost-band counts are of.
     */
    public BitSet banded() {
        AnswerColumn band = table.column(HypothesisEngine.OUTCOME);
        return where(i -> band.code(i) != null && !HypothesisEngine.BELOW_TWO_MIO.equals(band.code(i)));
    }

    /** The cases of the given municipalities (codes). */
    public BitSet municipalities(Collection<String> codes) {
        return where(i -> codes.contains(table.municipalityCode(i)));
    }

    /** The cases of one municipality. */
    public BitSet municipality(String code) {
        return municipalities(List.of(code));
    }

    /** The cases that gave one of the answers {@code codes} to question {@code key}. */
    public BitSet answers(String key, Collection<String> codes) {
        AnswerColumn column = table.column(key);
        return where(i -> column.code(i) != null && codes.contains(column.code(i)));
    }

    /** The cases that gave the answer {@code code} to question {@code key}. */
    public BitSet answer(String key, String code) {
        return answers(key, List.of(code));
    }

    /** The cases that answered question {@code key} ("Ved ikke" included), as the profile counts them. */
    public BitSet answered(String key) {
        Question q = table.sheet().require(key);
        AnswerColumn column = table.column(key);
        return where(i -> q.type().isChoice() ? column.option(i) >= 0 || column.option(i) == AnswerColumn.OTHER
                : column.option(i) == AnswerColumn.NUMBER);
    }

    /** The cases that left question {@code key} blank although it applied. */
    public BitSet notAnswered(String key) {
        return withOption(key, AnswerColumn.NOT_ANSWERED);
    }

    /** The cases where question {@code key} did not apply. */
    public BitSet notApplicable(String key) {
        return withOption(key, AnswerColumn.NOT_APPLICABLE);
    }

    private BitSet withOption(String key, int wanted) {
        AnswerColumn column = table.column(key);
        return where(i -> column.option(i) == wanted);
    }

    /** The cases exposed under a hypothesis. */
    public BitSet exposed(HypothesisSpec spec) {
        return exposure(spec, Exposures.EXPOSED);
    }

    /** The cases known not to be exposed under a hypothesis. */
    public BitSet unexposed(HypothesisSpec spec) {
        return exposure(spec, Exposures.NOT_EXPOSED);
    }

    private BitSet exposure(HypothesisSpec spec, int wanted) {
        // a report asks for the same hypothesis's exposed and unexposed cases many times
        int[] exposure = exposures.computeIfAbsent(spec, s -> Exposures.of(s, table.sheet(), table));
        return where(i -> exposure[i] == wanted);
    }

    /** The cases with an action opportunity. */
    public BitSet opportunity(OpportunityDefinition definition) {
        return opportunityState(definition, true);
    }

    /** The cases where an opportunity could be judged (every question it asks answered). */
    public BitSet opportunityJudged(OpportunityDefinition definition) {
        return opportunityState(definition, false);
    }

    private BitSet opportunityState(OpportunityDefinition definition, boolean holds) {
        byte[] state = ActionOpportunities.states(table, definition);
        return where(i -> holds ? state[i] == 1 : state[i] >= 0);
    }

    /** The intersection of sets (a new set). */
    public static BitSet and(BitSet first, BitSet... more) {
        BitSet set = (BitSet) first.clone();
        for (BitSet s : more) {
            set.and(s);
        }
        return set;
    }
}
