package dk.casescreen.cases;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads an amount in kr. as Danes write it, in one pass without regular expressions (so a long cell
 * costs no more than its length):
 * <ul>
 *   <li>thousands separated by dots, spaces or no-break spaces in groups of three ({@code 2.450.000},
 *       {@code 2 450 000}), or not at all;</li>
 *   <li>a comma as the decimal mark ({@code 2.450.000,50}; {@code 2.450.000,-} means whole kroner);</li>
 *   <li>one dot followed by other than three digits is a decimal point as in English writing
 *       ({@code 2500000.75}, {@code 2.45 mio}); a dot followed by exactly three digits always
 *       separates thousands, so {@code 2.450} is 2.450 kr.;</li>
 *   <li>"mio."/"mill."/"million(er)" multiply by a million and "mia."/"milliard(er)" by a milliard
 *       ({@code 2,45 mio.}, {@code 1,2 mia.});</li>
 *   <li>"kr", "kr." or "DKK" before or after the number, a sign before it.</li>
 * </ul>
 * Anything else (two commas, groups not of three, words) is not an amount. Whether the amount is a
 * plausible annual cost is {@link AnnualCosts}' concern.
 */
final class AmountText {

    /** Longer cells are no amount: the longest sensible form ("kr. 100.000.000,00") is far shorter. */
    static final int MAX_LENGTH = 64;

    /** The most digits {@link #plainDigits} reads: every number of eighteen digits fits a long. */
    static final int PLAIN_DIGITS = 18;

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MILLIARD = BigDecimal.valueOf(1_000_000_000);

    private final String s;
    private int i;

    private AmountText(String s) {
        this.s = s;
    }

    /** The amount {@code text} writes, with its sign; empty when it is not an amount. */
    static Optional<BigDecimal> parse(String text) {
        long plain = plainDigits(text);
        if (plain >= 0) {
            // the commonest form by far (what spreadsheets export), read as the general path reads it
            return Optional.of(BigDecimal.valueOf(plain));
        }
        return parseWritten(text);
    }

    /** The amount {@code text} writes, read by the general path only (what {@link #parse} gives too). */
    static Optional<BigDecimal> parseWritten(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(stripped.length());
        for (int k = 0; k < stripped.length(); k++) {
            char c = stripped.charAt(k);
            b.append(switch (c) {
                case '\u00A0', '\u202F', '\u2009', '\t' -> ' ';
                default -> dk.casescreen.sheet.Tokens.isDash(c) ? '-' : Character.toLowerCase(c);
            });
        }
        return new AmountText(b.toString()).amount();
    }

    /**
     * The value of a text of one to {@value #PLAIN_DIGITS} ASCII digits and nothing else, or -1: such a text
     * is a whole number of kroner without separators, unit or sign, and fits a long.
     */
    static long plainDigits(String text) {
        int n = text.length();
        if (n == 0 || n > PLAIN_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int k = 0; k < n; k++) {
            int d = text.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private Optional<BigDecimal> amount() {
        boolean negative = false;
        boolean signed = false;
        if (peek() == '-' || peek() == '+') {
            negative = s.charAt(i++) == '-';
            signed = true;
            spaces();
        }
        boolean currency = currency();
        spaces();
        if (!signed && (peek() == '-' || peek() == '+')) {
            negative = s.charAt(i++) == '-';
            spaces();
        }
        int start = i;
        while (i < s.length() && (digit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ',' || s.charAt(i) == ' ')) {
            i++;
        }
        String number = s.substring(start, i).strip();
        spaces();
        boolean wholeKroner = false;
        if (number.endsWith(",") && peek() == '-') {
            number = number.substring(0, number.length() - 1).strip();
            wholeKroner = true;
            i++;
            spaces();
        }
        BigDecimal multiplier = unit();
        if (multiplier == null || wholeKroner && multiplier != BigDecimal.ONE) {
            return Optional.empty();
        }
        if (!currency) {
            currency();
        }
        spaces();
        if (i != s.length()) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = number(number);
        if (value.isEmpty()) {
            return value;
        }
        BigDecimal v = value.get();
        if (multiplier != BigDecimal.ONE) {
            v = v.multiply(multiplier).stripTrailingZeros();
            v = v.scale() < 0 ? v.setScale(0) : v;
        }
        return Optional.of(negative ? v.negate() : v);
    }

    /** Skips "kr", "kr." or "dkk" at the current position, saying whether there was one. */
    private boolean currency() {
        String word = word();
        if (word.equals("kr") || word.equals("dkk")) {
            i += word.length();
            if (peek() == '.') {
                i++;
            }
            return true;
        }
        return false;
    }

    /** The multiplier of a unit word at the current position (one without a unit); null for another word. */
    private BigDecimal unit() {
        String word = word();
        BigDecimal multiplier = switch (word) {
            case "" -> BigDecimal.ONE;
            case "mio", "mill", "million", "millioner" -> MILLION;
            case "mia", "milliard", "milliarder" -> MILLIARD;
            case "kr", "dkk" -> BigDecimal.ONE;
            default -> null;
        };
        if (multiplier != null && multiplier != BigDecimal.ONE) {
            i += word.length();
            if (peek() == '.') {
                i++;
            }
            spaces();
        }
        return multiplier;
    }

    /** The letters from the current position on, not consumed. */
    private String word() {
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(i, end);
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private void spaces() {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
    }

    /** The number of digits, separators and decimal mark, unsigned. */
    private static Optional<BigDecimal> number(String n) {
        if (n.isEmpty() || !digit(n.charAt(0))) {
            return Optional.empty();
        }
        int comma = n.indexOf(',');
        String whole;
        String fraction = "";
        if (comma >= 0) {
            if (n.indexOf(',', comma + 1) >= 0) {
                return Optional.empty();
            }
            whole = n.substring(0, comma);
            fraction = n.substring(comma + 1);
            if (fraction.isEmpty() || !digits(fraction)) {
                return Optional.empty();
            }
        } else {
            int dot = n.indexOf('.');
            boolean oneDot = dot >= 0 && n.indexOf('.', dot + 1) < 0 && n.indexOf(' ') < 0;
            if (oneDot && n.length() - dot - 1 != 3) {
                whole = n.substring(0, dot);
                fraction = n.substring(dot + 1);
                if (fraction.isEmpty() || !digits(fraction) || !digits(whole)) {
                    return Optional.empty();
                }
            } else {
                whole = n;
            }
        }
        String plain = grouped(whole);
        if (plain == null) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(fraction.isEmpty() ? plain : plain + "." + fraction));
    }

    /** The digits of a whole part written without separators or in groups of three; null otherwise. */
    private static String grouped(String whole) {
        if (digits(whole)) {
            return whole;
        }
        char separator = 0;
        StringBuilder plain = new StringBuilder(whole.length());
        int group = 0;
        boolean first = true;
        for (int k = 0; k < whole.length(); k++) {
            char c = whole.charAt(k);
            if (digit(c)) {
                plain.append(c);
                group++;
                continue;
            }
            if (separator == 0) {
                separator = c;
            }
            if (c != separator || group == 0 || group > 3 || !first && group != 3) {
                return null;
            }
            first = false;
            group = 0;
        }
        return group == 3 ? plain.toString() : null;
    }

    private static boolean digits(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!digit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
