package dk.casescreen.cases;

import dk.casescreen.Language;
import dk.casescreen.Privacy;
import dk.casescreen.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem found while loading case records, located to file, worksheet, row and column.
 *
 * @param rule     which rule found it
 * @param severity error (the row is rejected) or warning (the row is kept)
 * @param location where it is
 * @param question the question concerned, as "q17 conviction", if any
 * @param value    the offending value as typed, if showing it helps fixing it (never a CPR number)
 * @param message  what is wrong, in Danish and English, without the location
 */
public record Problem(Rule rule, Severity severity, Location location, Optional<String> question,
                      Optional<String> value, Text message) {

    private static final Pattern NUMBERED = Pattern.compile("q(\\d+)\\b.*");

    /**
     * The full message, location first: "cases.xlsx, Sager!F12 (q17 conviction): 'jaa' is not one of Ja, Nej";
     * in Danish the question by its number only ("spørgsmål 17"), never its key. Anything that looks
     * like a CPR number is masked and control characters are escaped ({@link Privacy#display}).
     */
    public String describe(Language language) {
        String where = location.describe(language)
                + question.map(q -> " (" + (language == Language.DA ? questionNumber().map(n -> "spørgsmål " + n).orElse(q) : q) + ")")
                        .orElse("");
        return Privacy.display(where + ": " + message.in(language));
    }

    /** The number of the question the problem concerns ("17" for "q17 conviction"); empty for a field. */
    public Optional<String> questionNumber() {
        return question.map(NUMBERED::matcher).filter(Matcher::matches).map(m -> m.group(1));
    }
}
