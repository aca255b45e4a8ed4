package dk.casescreen.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes SVG markup: elements with attributes, coordinates rounded to one decimal, all text escaped
 * for XML; and estimates how wide a text is, so that layouts can be computed without fonts.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(8192);

    /** Opens an element; attributes come as name, value pairs, a null value leaves the attribute out. */
    Svg start(String name, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        return this;
    }

    /** Closes an element. */
    Svg end(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element without content. */
    Svg empty(String name, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element with text content. */
    Svg element(String name, String text, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** A mark (a bar, a point, a whisker, a line) with its tooltip as a {@code <title>} child. */
    Svg mark(String name, String tooltip, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("><title>").append(escape(tooltip)).append("</title></").append(name).append(">\n");
        return this;
    }

    /** A text with a tooltip: the {@code <title>} first, then the text. */
    Svg text(String text, String tooltip, Object... attributes) {
        out.append("<text");
        attributes(attributes);
        out.append("><title>").append(escape(tooltip)).append("</title>").append(escape(text)).append("</text>\n");
        return this;
    }

    /** Markup written elsewhere. */
    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(Object[] attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"")
                    .append(value instanceof Double d ? num(d) : escape(String.valueOf(value))).append('"');
        }
    }

    /** A coordinate rounded to one decimal, without a trailing ".0". */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        long a = Math.abs(tenths);
        String sign = tenths < 0 ? "-" : "";
        return a % 10 == 0 ? sign + a / 10 : sign + a / 10 + "." + a % 10;
    }

    /** Text escaped for XML content and attribute values, CPR-like numbers masked; control characters become spaces. */
    static String escape(String raw) {
        String text = dk.casescreen.Privacy.mask(raw);
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? ' ' : c);
            }
        }
        return s.toString();
    }

    /**
     * The estimated width of a text in pixels, from the character widths of DejaVu Sans (what
     * "system-ui" is on Linux, wider than Arial and Segoe UI) with a small margin, so layouts built
     * on it do not overlap in any of those fonts.
     */
    static double width(String text, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                em += 0.32;
            } else if ("iIjl.,:;!'|".indexOf(c) >= 0) {
                em += 0.30;
            } else if ("rtf()[]-".indexOf(c) >= 0) {
                em += 0.42;
            } else if ("mwMWæÆ%@–—".indexOf(c) >= 0) {
                em += 0.95;
            } else if (Character.isUpperCase(c)) {
                em += 0.72;
            } else if (Character.isDigit(c)) {
                em += 0.64;
            } else {
                em += 0.61;
            }
        }
        return em * size * (bold ? 1.12 : 1.04);
    }

    /** The estimated width of a normal-weight text. */
    static double width(String text, double size) {
        return width(text, size, false);
    }

    /** The text shortened with "…" to fit {@code max} pixels. */
    static String fit(String text, double max, double size, boolean bold) {
        if (width(text, size, bold) <= max) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && width(s + "…", size, bold) > max) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }

    /**
     * A text broken into lines at spaces, at most {@code maxLines} lines of at most {@code max}
     * pixels; what does not fit is cut with "…".
     *
     * @param lines     the lines
     * @param shortened whether anything was cut
     */
    record Lines(List<String> lines, boolean shortened) {
    }

    /** Breaks a text into lines. */
    static Lines wrap(String text, double max, double size, boolean bold, int maxLines) {
        String whole = text.strip().replaceAll("\\s+", " ");
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : whole.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(candidate, size, bold) <= max) {
                line = candidate;
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        if (lines.size() > maxLines) {
            String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
            lines = new ArrayList<>(lines.subList(0, maxLines - 1));
            lines.add(rest + "…");
        }
        List<String> fitted = lines.stream().map(l -> fit(l, max, size, bold)).toList();
        return new Lines(fitted, !String.join(" ", fitted).equals(whole));
    }
}
