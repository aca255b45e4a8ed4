package dk.casescreen.analysis;

import dk.casescreen.Text;
import dk.casescreen.reference.FigureBound;
import dk.casescreen.reference.FigureScope;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One figure of a reference: the share of cases giving one of {@code answers} to {@code question},
 * with what is known about it: how precise it is, its count and denominator where known, its 95%
 * interval where the denominator is known, whose cases it describes and where it comes from.
 *
 * @param id         a stable identifier (the published figure's id, or {@code question:answer})
 * @param question   the question key
 * @param answers    the answer codes the share counts (empty for a range of a whole-number question)
 * @param subgroup   whether the share is of a subgroup only (e.g. "among the cases with mental illness")
 * @param ofAll      whether the share is of all cases rather than of those that answered
 * @param share      the share (for {@link FigureBound#OVER}, its lower bound); NaN when suppressed
 * @param bound      how precisely the share is known
 * @param count      the count, where known and shown
 * @param n          the denominator, where known
 * @param confLow    the lower limit of the 95% Wilson interval, where the denominator is known
 * @param confHigh   the upper limit of that interval
 * @param scope      whose cases the figure describes
 * @param source     the slide or file the figure comes from
 * @param text       the figure in words, as published or as computed
 * @param suppressed whether the figure is hidden by disclosure control in its source
 */
public record ReferenceFigure(String id, String question, List<String> answers, boolean subgroup, boolean ofAll, double share,
                              FigureBound bound, OptionalLong count, OptionalLong n, OptionalDouble confLow,
                              OptionalDouble confHigh, FigureScope scope, Optional<String> source, Text text,
                              boolean suppressed) {

    /** Creates a figure; the answer list is copied. */
    public ReferenceFigure {
        answers = List.copyOf(answers);
    }

    /** Whether this figure is the share of exactly the one answer {@code code} among all answering cases. */
    public boolean isAnswer(String code) {
        return !subgroup && answers.size() == 1 && answers.getFirst().equals(code);
    }

    /** Whether this figure describes all municipalities of its source (national or pooled), not one region. */
    public boolean national() {
        return scope != FigureScope.REGION_MIDTJYLLAND;
    }
}
