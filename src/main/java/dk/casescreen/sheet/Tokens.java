package dk.casescreen.sheet;

import java.util.Locale;

/**
 * Normalises typed answers and headings for matching.
 *
 * <p>The tolerance is deliberately narrow: letter case, surrounding white space (including the
 * non-breaking space Excel inserts), runs of inner white space and trailing punctuation
 * ({@code . , ; : ! ?}) are ignored, and every dash (hyphen, non-breaking hyphen, figure dash, en
 * dash, em dash, minus sign) counts as a hyphen; nothing else is. "ja", "JA " and "Ja." all match
 * "Ja", "2-3" matches "2–3"; "jaa" does not.
 *
 * <p>{@link #withoutUnits} gives the looser form an answer label may also be matched by ("2,0-2,5"
 * for "2,0–2,5 mio. kr."); a sheet accepts it only when exactly one option has that form.
 */
public final class Tokens {

    private Tokens() {
    }

    /**
     * Returns the normalised form of {@code raw}: lower case, trimmed, inner white space single, every
     * dash a hyphen, without trailing punctuation.
     */
    public static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(isDash(c) ? '-' : c);
            }
        }
        int end = out.length();
        while (end > 0 && (isTrailingPunctuation(out.charAt(end - 1)) || out.charAt(end - 1) == ' ')) {
            end--;
        }
        out.setLength(end);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code raw} is null or holds nothing but white space (including non-breaking space). */
    public static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code c} is a dash people type or programs insert for a hyphen: hyphen-minus, hyphen
     * (U+2010), non-breaking hyphen (U+2011), figure dash (U+2012), en dash (U+2013), em dash
     * (U+2014) or minus sign (U+2212).
     */
    public static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2014') || c == '\u2212';
    }

    /**
     * The looser form of a {@linkplain #normalise normalised} text that answer labels with a unit are
     * also matched by: the unit words "mio.", "mio", "kr.", "kr" and "mio.kr." and a closing remark in
     * parentheses removed, and spaces beside a hyphen. "over 10 mio. kr.", "2,0 - 2,5 mio" and
     * "under 2,0 mio. kr. (kun sammenligningssager)" become "over 10", "2,0-2,5" and "under 2,0". Takes time linear in the length of the text.
     *
     * @param normalised a text as {@link #normalise} returns it
     * @return the text without units, single-spaced and trimmed; the text itself when it has none
     */
    public static String withoutUnits(String normalised) {
        String s = normalised;
        if (s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open > 0) {
                s = s.substring(0, open);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = s.indexOf(' ', i);
            if (end < 0) {
                end = s.length();
            }
            String word = s.substring(i, end);
            if (!word.isEmpty() && !isUnit(word)) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(word);
            }
            i = end + 1;
        }
        int last = out.length();
        while (last > 0 && isTrailingPunctuation(out.charAt(last - 1))) {
            last--;
        }
        out.setLength(last);
        StringBuilder joined = new StringBuilder(out.length());
        for (int k = 0; k < out.length(); k++) {
            char c = out.charAt(k);
            boolean besideDash = c == ' ' && (out.charAt(k - 1) == '-' || k + 1 < out.length() && out.charAt(k + 1) == '-');
            if (!besideDash) {
                joined.append(c);
            }
        }
        return joined.toString();
    }

    private static boolean isUnit(String word) {
        return switch (word) {
            case "mio.", "mio", "kr.", "kr", "mio.kr.", "mio.kr", "mio.-kr." -> true;
            default -> false;
        };
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
    }
}
