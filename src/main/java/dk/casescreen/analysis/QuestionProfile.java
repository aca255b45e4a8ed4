package dk.casescreen.analysis;

import dk.casescreen.sheet.PublishedFigure;
import dk.casescreen.sheet.Question;
import java.util.List;
import java.util.Optional;

/**
 * The answers to one question in a group of cases, with explicit denominators: every share is of
 * {@link #answered()} cases, the cases that gave an answer ("Ved ikke" included); cases that left
 * it blank and cases where it did not apply are counted apart and left out. A question that the
 * sheet version retires ({@link #retired()}) keeps its counts, but its shares are NaN with a
 * denominator of 0: it is not analysed.
 *
 * @param question      the question
 * @param answers       one entry per answer option, in sheet order (empty for whole-number questions)
 * @param answered      the cases that answered
 * @param dontKnow      of those, the cases that answered "Ved ikke"
 * @param notAnswered   the cases that left it blank although it applied
 * @param notApplicable the cases where it did not apply
 * @param numbers       for a whole-number question, the summary of the answers
 * @param published     the figure published for the question in the 2022 screening, if any
 */
public record QuestionProfile(Question question, List<AnswerShare> answers, long answered, long dontKnow,
                              long notAnswered, long notApplicable, Optional<NumberSummary> numbers,
                              Optional<PublishedFigure> published) {

    /** Creates a profile; the answer list is copied. */
    public QuestionProfile {
        answers = List.copyOf(answers);
    }

    /** Whether the sheet version the cases were read with retires the question ("ikke relevant"). */
    public boolean retired() {
        return question.isRetired();
    }

    /** The share of one answer, if the question has that option. */
    public Optional<AnswerShare> answer(String code) {
        return answers.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
