package dk.casescreen.sheet;

import dk.casescreen.Language;
import dk.casescreen.Text;
import java.util.List;
import java.util.Optional;

/**
 * One question of the screening sheet.
 *
 * @param number     the question's number on the sheet (1-based)
 * @param key        the stable key used in case records and tables
 * @param text       the wording in Danish and English
 * @param help       a hint for whoever fills in the sheet, if any
 * @param type       how the question is answered
 * @param options    the answer options in sheet order (empty for whole numbers)
 * @param min        the lowest allowed value of a whole-number question
 * @param max        the highest allowed value of a whole-number question
 * @param condition  when the question applies, if it is conditional
 * @param provenance where the question comes from
 * @param published  the figure published for it, if any
 * @param retired    from when and why the question is no longer asked, if this sheet version retires it
 */
public record Question(int number, String key, Text text, Optional<Text> help, AnswerType type,
                       List<AnswerOption> options, int min, int max, Optional<Condition> condition,
                       Provenance provenance, Optional<PublishedFigure> published, Optional<Retirement> retired) {

    /** Creates a question; the option list is copied. */
    public Question {
        options = List.copyOf(options);
    }

    /** Whether this sheet version retires the question (its answers are read but not analysed). */
    public boolean isRetired() {
        return retired.isPresent();
    }

    /** Whether the question is only asked when another question has certain answers. */
    public boolean isConditional() {
        return condition.isPresent();
    }

    /** The option codes in sheet order. */
    public List<String> codes() {
        return options.stream().map(AnswerOption::code).toList();
    }

    /** The option with the given code, if there is one. */
    public Optional<AnswerOption> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** Whether the code is a "Ved ikke" (don't know) answer of this question. */
    public boolean isDontKnow(String code) {
        return option(code).map(AnswerOption::dontKnow).orElse(false);
    }

    /** The option labels in one language, joined for messages ("Ja, Nej, Ved ikke"). */
    public String optionList(Language language) {
        return String.join(", ", options.stream().map(o -> o.label().in(language)).toList());
    }
}
