package dk.casescreen.sheet;

import java.util.Locale;

/**
 * Normalises typed answers and headings for matching.
 *
 * <p>The tolerance is deliberately narrow: letter case, surrounding white space (including the
 * non-breaking space Excel inserts), runs of inner white space and trailing punctuation
 * ({@code . , ; : ! ?}) are ignored; nothing else is. "ja", "JA " and "Ja." all match "Ja";
 * "jaa" does not.
 */
public final class Tokens {

    private Tokens() {
    }

    /** Returns the normalised form of {@code raw}: lower case, trimmed, without trailing punctuation. */
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
                out.append(c);
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

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
    }
}
