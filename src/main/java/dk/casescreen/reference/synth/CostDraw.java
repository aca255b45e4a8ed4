package dk.casescreen.reference.synth;

import dk.casescreen.cases.Answer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The planted cost effects of a generation and the side stream that draws the annual cost of an exposed case
 * without an exact cost (its band still follows the cost), so that the main stream, and with it every other
 * answer, is the same with and without the effects.
 *
 * @param effects the planted cost effects
 * @param side    the side stream (used only for exposed cases without an exact cost)
 */
record CostDraw(List<PlantedCostEffect> effects, SplittableRandom side) {

    /** No planted cost effect. */
    static final CostDraw NONE = new CostDraw(List.of(), new SplittableRandom(0));

    /** The cost draw of these options: the side stream is seeded from the options' seed. */
    static CostDraw of(SyntheticOptions options) {
        return options.costEffects().isEmpty() ? NONE
                : new CostDraw(options.costEffects(), new SplittableRandom(options.seed()).split());
    }

    /** The product of the ratios of the effects whose exposure the answers have (1 when none). */
    double ratio(Map<String, Answer> answers) {
        double ratio = 1;
        for (PlantedCostEffect e : effects) {
            if (e.exposes(TransitionModel.code(answers, e.questionKey()))) {
                ratio *= e.ratio();
            }
        }
        return ratio;
    }
}
