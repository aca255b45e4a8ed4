package dk.casescreen.reference;

import dk.casescreen.Text;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A share published from the screening, as a definition that can be computed on any case table:
 * the share of cases whose answer to {@code question} is one of {@code answers} (or, for age, lies in
 * {@code rangeMin}–{@code rangeMax}), optionally among the cases of a subgroup, of the cases that
 * answered (or of all cases).
 *
 * @param id            a stable identifier
 * @param question      the question key
 * @param answers       the answer codes counted (empty for a range)
 * @param rangeMin      the lowest value counted, for whole-number questions
 * @param rangeMax      the highest value counted, for whole-number questions
 * @param amongQuestion the question defining the subgroup, if any
 * @param amongAnswers  the answers defining the subgroup
 * @param ofAll         whether the denominator is all cases rather than those that answered
 * @param share         the published share (for {@link FigureBound#OVER}, the bound)
 * @param bound         how precisely the share is known
 * @param n             the published denominator, where given
 * @param count         the published count, where given
 * @param scope         whose cases the figure describes: national, or Region Midtjylland only
 * @param source        the slide (or other source) the figure comes from
 * @param text          the figure as published
 */
public record PublishedFigure(String id, String question, List<String> answers, OptionalInt rangeMin,
                              OptionalInt rangeMax, Optional<String> amongQuestion, List<String> amongAnswers,
                              boolean ofAll, double share, FigureBound bound, OptionalInt n,
                              OptionalInt count, FigureScope scope, String source, Text text) {

    /** Creates a figure; the lists are copied. */
    public PublishedFigure {
        answers = List.copyOf(answers);
        amongAnswers = List.copyOf(amongAnswers);
    }

    /** Whether the figure describes all municipalities of the screening (not one region only). */
    public boolean national() {
        return scope == FigureScope.NATIONAL;
    }
}
