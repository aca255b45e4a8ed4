package dk.casescreen.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into Java code and line magics, in order. A line magic is a line whose first
 * non-blank character is {@code %} followed by a letter (no Java line starts that way); a cell
 * magic is a first line starting with {@code %%}.
 */
final class CellParts {

    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%([A-Za-z][\\w-]*)(.*)$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%([A-Za-z][\\w-]*)(.*)$");

    /** One part of a cell. */
    sealed interface Part permits Java, Magic {
    }

    /**
     * Java code; {@code offset} is where it starts in the cell.
     *
     * @param code   the code
     * @param offset its start in the cell
     */
    record Java(String code, int offset) implements Part {
    }

    /**
     * A line magic: {@code %name arg arg}.
     *
     * @param name the magic's name
     * @param args its arguments, split at blanks (double quotes keep blanks in an argument)
     * @param cell true for a cell magic ({@code %%name}, the rest of the cell as its body)
     * @param body the body of a cell magic, else empty
     */
    record Magic(String name, List<String> args, boolean cell, String body) implements Part {
    }

    private CellParts() {
    }

    /** The parts of a cell, in order; blank Java parts are left out. */
    static List<Part> split(String cell) {
        List<Part> parts = new ArrayList<>();
        int firstBreak = cell.indexOf('\n');
        String firstLine = firstBreak < 0 ? cell : cell.substring(0, firstBreak);
        Matcher cellMagic = CELL_MAGIC.matcher(firstLine);
        if (cellMagic.matches()) {
            parts.add(new Magic(cellMagic.group(1), arguments(cellMagic.group(2)), true,
                    firstBreak < 0 ? "" : cell.substring(firstBreak + 1)));
            return parts;
        }
        StringBuilder java = new StringBuilder();
        int javaStart = 0;
        int offset = 0;
        for (String line : cell.split("(?<=\n)", -1)) {
            Matcher m = LINE_MAGIC.matcher(line.stripTrailing());
            if (m.matches()) {
                flush(java, javaStart, parts);
                parts.add(new Magic(m.group(1), arguments(m.group(2)), false, ""));
                java.setLength(0);
                javaStart = offset + line.length();
            } else {
                java.append(line);
            }
            offset += line.length();
        }
        flush(java, javaStart, parts);
        return parts;
    }

    private static void flush(StringBuilder java, int start, List<Part> parts) {
        if (!java.toString().isBlank()) {
            parts.add(new Java(java.toString(), start));
        }
    }

    /** Splits magic arguments at blanks; double quotes keep blanks inside an argument. */
    static List<String> arguments(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    args.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            args.add(current.toString());
        }
        return args;
    }
}
