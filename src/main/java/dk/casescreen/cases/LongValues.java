package dk.casescreen.cases;

import dk.casescreen.Language;
import dk.casescreen.NumberFormats;
import dk.casescreen.Text;

/**
 * Shortens a value that is too long to repeat in a message: a cell of 32,000 characters is shown by its
 * first {@value #KEPT} characters and its length ("'Ågerup1111…[32.015 tegn i alt]'"), so that a report
 * stays readable and the whole value stays in the cell (and in the JSON report's {@code value} field).
 */
final class LongValues {

    /** Values up to this many characters are shown whole. */
    static final int SHOWN_WHOLE = 100;

    /** How many characters of a longer value are shown. */
    static final int KEPT = 60;

    private LongValues() {
    }

    /** Whether the value is shortened in messages. */
    static boolean isLong(String value) {
        return value.length() > SHOWN_WHOLE;
    }

    /** The value as a message shows it, in both languages: whole, or its beginning and its length. */
    static Text shown(String value) {
        if (!isLong(value)) {
            return new Text(value, value);
        }
        int end = Character.isHighSurrogate(value.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
        String start = value.substring(0, end) + "…";
        return new Text(start + "[" + new NumberFormats(Language.DA).integer(value.length()) + " tegn i alt]",
                start + "[" + new NumberFormats(Language.EN).integer(value.length()) + " characters in all]");
    }
}
