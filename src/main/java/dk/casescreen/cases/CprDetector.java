package dk.casescreen.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that looks like a Danish CPR number: six digits forming a valid date
 * (ddmmyy), optionally a hyphen or space, and four digits, standing alone (not inside a longer
 * number), anywhere in a cell, and headings that announce CPR numbers. The modulus-11 check is
 * deliberately not applied, since CPR numbers issued since 2007 need not satisfy it.
 */
final class CprDetector {

    private static final Pattern CPR = Pattern.compile("(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})[- ]?[0-9]{4}(?![0-9])");
    private static final Pattern CPR_HEADING = Pattern.compile("^(cpr|cpr[- ._]?(nr|nummer|no|number)|personnummer|personnr|civil registration number)$");

    private CprDetector() {
    }

    /** Whether the text holds something that looks like a CPR number. */
    static boolean looksLikeCpr(String text) {
        if (text == null || text.length() < 10 || digits(text) < 10) {
            return false;
        }
        Matcher m = CPR.matcher(text);
        while (m.find()) {
            if (isDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) {
                return true;
            }
        }
        return false;
    }

    private static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c >= '0' && c <= '9' ? 1 : 0;
        }
        return n;
    }

    /** Whether a column heading announces CPR numbers ("CPR", "CPR-nr.", "Personnummer"). */
    static boolean isCprHeading(String heading) {
        return CPR_HEADING.matcher(dk.casescreen.sheet.Tokens.normalise(heading).toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean isDate(int day, int month, int yearOfCentury) {
        try {
            // 2000 + yy is a leap year whenever any century's yy is, so 29 February is judged generously
            LocalDate.of(2000 + yearOfCentury, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
