package dk.casescreen.followup;

import java.util.List;
import java.util.Optional;

/**
 * Two consecutive rounds compared: who was screened in both (linked by municipality and case number),
 * who only in the earlier and who only in the later, how the linked citizens' cost bands moved, paired
 * tests of change, the predictors of becoming dearer, the first round's own expectation against what
 * happened, and the change in annual cost.
 *
 * @param firstRound       the earlier round's number
 * @param secondRound      the later round's number
 * @param linked           the citizens screened in both rounds
 * @param onlyFirst        the citizens screened only in the earlier round, with their profile
 * @param onlySecond       the citizens screened only in the later round (new cases)
 * @param transitions      every pair of cost bands (earlier, later) in sheet order, with its count
 * @param bandChange       dearer, same and cheaper with shares and intervals
 * @param tests            the paired tests, Holm-adjusted as one family
 * @param predictors       the first-round Ja/Nej answers as predictors of becoming dearer
 * @param selfReport       the first round's "Udvikling i udgift over tid" against the realised change, if the
 *                         earlier round's sheet has that question
 * @param annualCostChange the change in annual cost, if any linked citizen has an annual cost in both rounds
 */
public record RoundComparison(int firstRound, int secondRound, long linked, Dropouts onlyFirst, long onlySecond,
                              List<Transition> transitions, BandChange bandChange, List<PairedTest> tests,
                              List<Predictor> predictors, Optional<SelfReport> selfReport,
                              Optional<CostChange> annualCostChange) {

    /** Creates a comparison; the lists are copied. */
    public RoundComparison {
        transitions = List.copyOf(transitions);
        tests = List.copyOf(tests);
        predictors = List.copyOf(predictors);
    }

    /** Whether anything can be compared: at least one citizen is linked. */
    public boolean comparable() {
        return linked > 0;
    }

    /** The paired test with the given id, if there is one. */
    public Optional<PairedTest> test(String id) {
        return tests.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The predictor for the given question key, if there is one. */
    public Optional<Predictor> predictor(String question) {
        return predictors.stream().filter(p -> p.question().equals(question)).findFirst();
    }
}
