package dk.casescreen;

/**
 * The one masking function every output passes through: any sequence that looks like a Danish
 * CPR number is replaced by {@value #MASK}, and control characters can be shown escaped.
 *
 * <p>A CPR-like sequence, standing alone (no digit right before or after it), is one of:
 * <ul>
 *   <li>six digits ddmmyy forming a valid date, then four digits, with nothing between or one
 *       separator: a dash (hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash,
 *       em dash, minus sign, soft hyphen), a space (ordinary, no-break, narrow no-break, thin,
 *       figure or any other Unicode space) or a slash;</li>
 *   <li>a dotted date dd.mm.yy, then one such separator, then four digits;</li>
 *   <li>nine digits dmmyy + four that form such a date when a leading 0 is put back: the number
 *       Excel keeps of a CPR number typed into a number cell.</li>
 * </ul>
 * The decimals of a number ({@code 0.3112991234}) are not a CPR number.
 * The date must exist (31 April does not; 29 February is allowed for any two-digit year, since
 * the century is unknown). The modulus-11 check is not applied: CPR numbers issued since 2007
 * need not satisfy it. The scan looks at each character a bounded number of times, so its time
 * is linear in the length of the text.
 */
public final class Privacy {

    /** What a CPR-like sequence is replaced by. */
    public static final String MASK = "XXXXXX-XXXX";

    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Privacy() {
    }

    /**
     * The text with every CPR-like sequence (any of the forms above, the nine-digit one
     * included) replaced by {@value #MASK}; {@code null} stays {@code null}.
     */
    public static String mask(String text) {
        if (text == null || text.length() < 9) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int end = startsNumber(text, i) ? matchAt(text, i, true) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(MASK);
            copied = end;
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether the text holds a CPR-like sequence in one of the ten-digit forms (with or without a
     * separator, dotted); the nine-digit form counts only when {@code nineDigits} is set, as for
     * a number cell, since a nine-digit text is usually something else.
     */
    public static boolean containsCpr(String text, boolean nineDigits) {
        if (text == null || text.length() < 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (startsNumber(text, i) && matchAt(text, i, nineDigits) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every control character (U+0000–U+001F, U+007F–U+009F) shown as
     * {@code \xHH}, so that an escape sequence in a cell reaches a terminal as the four
     * characters {@code \x1b} and does nothing; {@code null} stays {@code null}.
     */
    public static String escapeControls(String text) {
        return escapeControls(text, false);
    }

    private static String escapeControls(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 || c >= 0x7f && c <= 0x9f) && !(keepLines && (c == '\n' || c == '\r' || c == '\t'));
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                out.append("\\x").append(Character.forDigit(c >> 4 & 0xf, 16)).append(Character.forDigit(c & 0xf, 16));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A one-line text for a person to read: {@link #mask masked}, then control characters {@link #escapeControls escaped}. */
    public static String display(String text) {
        return escapeControls(mask(text));
    }

    /**
     * A text of several lines for a person to read: {@link #mask masked}, then control characters
     * other than line feed, carriage return and tab {@link #escapeControls escaped}.
     */
    public static String displayLines(String text) {
        return escapeControls(mask(text), true);
    }

    /**
     * The end of the CPR-like sequence starting at {@code i} (a digit with no digit before it),
     * or -1. Looks at no more than 14 characters.
     */
    private static int matchAt(String s, int i, boolean nineDigits) {
        int run = digitRun(s, i, 10);
        if (run >= 6 && isDate(s, i, 0)) {
            int sep = i + 6;
            if (run == 10 && !isDigit(s, i + 10)) {
                return i + 10;
            }
            if (run == 6 && sep < s.length() && isSeparator(s.charAt(sep)) && fourDigitsAt(s, sep + 1)) {
                return sep + 5;
            }
        }
        if (run == 9 && nineDigits && !isDigit(s, i + 9) && isDate(s, i, -1)) {
            return i + 9;
        }
        if (run == 2 && dottedDate(s, i)) {
            int after = i + 8;
            if (after < s.length() && isSeparator(s.charAt(after)) && fourDigitsAt(s, after + 1)) {
                return after + 5;
            }
        }
        return -1;
    }

    /** Whether a digit at {@code i} starts a number: no digit before it, and it is not the decimals of one ("0.3112991234"). */
    private static boolean startsNumber(String s, int i) {
        if (!isDigit(s, i) || isDigit(s, i - 1)) {
            return false;
        }
        return i < 2 || s.charAt(i - 1) != '.' && s.charAt(i - 1) != ',' || !isDigit(s, i - 2);
    }

    private static boolean dottedDate(String s, int i) {
        return i + 8 <= s.length() && s.charAt(i + 2) == '.' && s.charAt(i + 5) == '.'
                && digitRun(s, i + 3, 2) == 2 && digitRun(s, i + 6, 3) == 2
                && validDate(two(s, i), two(s, i + 3), two(s, i + 6));
    }

    /** Whether ddmmyy at {@code i} is a date; {@code shift} -1 reads dmmyy with its leading 0 dropped. */
    private static boolean isDate(String s, int i, int shift) {
        int day = shift == 0 ? two(s, i) : s.charAt(i) - '0';
        int j = i + 2 + shift;
        return validDate(day, two(s, j), two(s, j + 2));
    }

    private static boolean validDate(int day, int month, int year) {
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= DAYS[month - 1];
    }

    private static int two(String s, int i) {
        return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
    }

    private static boolean fourDigitsAt(String s, int i) {
        return digitRun(s, i, 5) == 4;
    }

    /** The number of consecutive ASCII digits from {@code i}, counting at most {@code limit}. */
    private static int digitRun(String s, int i, int limit) {
        int n = 0;
        while (n < limit && isDigit(s, i + n)) {
            n++;
        }
        return n;
    }

    private static boolean isDigit(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return switch (c) {
            case '-', '/', '\u00ad', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\t' -> true;
            default -> Character.isSpaceChar(c);
        };
    }
}
