package dk.casescreen.fuzz;

/** Shows the invisible characters of a mutant's description as escapes, so that a test name can be read and reproduced. */
final class Names {

    private Names() {
    }

    /** The text with every character outside printable ASCII written as {@code \\uXXXX}. */
    static String visible(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                s.append(c);
            } else {
                s.append(String.format("\\u%04x", (int) c));
            }
        }
        return s.toString();
    }

    /** The first {@code max} characters of a value, made visible, for a step's description. */
    static String shortly(String text, int max) {
        String v = visible(text.length() > max ? text.substring(0, max) + "…" : text);
        return v.length() > 3 * max ? v.substring(0, 3 * max) : v;
    }
}
