package dk.casescreen.report;

/** Small helpers for writing HTML by hand: escaping text and making JSON safe inside a script element. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for HTML content and attribute values, after masking anything that looks like a
     * CPR number and showing control characters but line breaks and tabs as {@code \xHH}
     * ({@link dk.casescreen.Privacy#displayLines}).
     */
    public static String esc(String raw) {
        String text = dk.casescreen.Privacy.displayLines(raw);
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Makes JSON safe inside a script element. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\!--");
    }
}
