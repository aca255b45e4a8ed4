package dk.casescreen.cases;

import dk.casescreen.Privacy;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises cells that look like a Danish CPR number (by the linear-time scanner of
 * {@link Privacy}, which the output masking shares), and headings that announce CPR numbers.
 */
final class CprDetector {

    private static final Pattern CPR_HEADING = Pattern.compile("^(cpr|cpr[- ._]?(nr|nummer|no|number)|personnummer|personnr|civil registration number)$");

    private CprDetector() {
    }

    /**
     * Whether the text holds something that looks like a CPR number in one of the ten-digit forms
     * {@link Privacy#containsCpr} recognises (any dash, space, slash or none; dotted date).
     */
    static boolean looksLikeCpr(String text) {
        return Privacy.containsCpr(text, false);
    }

    /** Whether a number cell's text looks like a CPR number, the nine digits Excel leaves included. */
    static boolean numberLooksLikeCpr(String text) {
        return Privacy.containsCpr(text, true);
    }

    /** Whether a column heading announces CPR numbers ("CPR", "CPR-nr.", "Personnummer"). */
    static boolean isCprHeading(String heading) {
        return CPR_HEADING.matcher(dk.casescreen.sheet.Tokens.normalise(heading).toLowerCase(Locale.ROOT)).matches();
    }
}
