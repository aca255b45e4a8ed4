package dk.casescreen.sheet;

import dk.casescreen.Text;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A figure published for a question in the source documents.
 *
 * <p>Where the figure is one share it says which answers it counts ({@link #answers()}) or which
 * range of a whole-number question ({@link #rangeMin()}, {@link #rangeMax()}), and, where the
 * source gives it, the denominator {@link #n()}.
 *
 * @param text     the figure as published, in Danish and English
 * @param share    the share, between 0 and 1, where the figure is one share
 * @param answers  the answer codes the share counts (empty for ranges and text-only figures)
 * @param rangeMin the lowest value counted, for whole-number questions
 * @param rangeMax the highest value counted, for whole-number questions
 * @param n        the published denominator, where given
 */
public record PublishedFigure(Text text, OptionalDouble share, List<String> answers, OptionalInt rangeMin,
                              OptionalInt rangeMax, OptionalInt n) {

    /** Creates a figure; the answer list is copied. */
    public PublishedFigure {
        answers = List.copyOf(answers);
    }
}
