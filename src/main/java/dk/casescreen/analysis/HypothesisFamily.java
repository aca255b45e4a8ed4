package dk.casescreen.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The hypotheses tested together, whose p-values were adjusted across one another and whose
 * simultaneous intervals are at level {@code 1 - alpha / size}: a hypothesis run alone is a family of
 * one, and its adjusted p-value is its own p-value, not the one it would have among the ten.
 *
 * @param members    the ids of the hypotheses in the family, in the order run (a hypothesis whose
 *                   questions are retired is tested by no one and is not a member)
 * @param adjustment how the p-values were adjusted across the members
 */
public record HypothesisFamily(List<String> members, DecisionRule.Adjustment adjustment) {

    /** Creates a family; the list is copied. */
    public HypothesisFamily {
        members = List.copyOf(members);
        Objects.requireNonNull(adjustment, "adjustment");
    }

    /** The number of hypotheses in the family. */
    public int size() {
        return members.size();
    }
}
