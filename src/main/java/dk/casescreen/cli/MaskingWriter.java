package dk.casescreen.cli;

import dk.casescreen.Privacy;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The edge every line the command line prints passes: each line is masked ({@link Privacy#mask})
 * and its control characters escaped before it reaches the terminal, so that no message, report or
 * JSON document can repeat a CPR number or send an escape sequence. Lines are held until their
 * line feed (or a flush), so a number printed in pieces is still seen whole.
 *
 * <p>DEL and the C1 controls (U+007F–U+009F) are written as &#92;u00HH: only a JSON writer leaves
 * them raw (JSON allows them unescaped; text has them escaped already), and &#92;u00HH is the
 * one escape that is valid inside a JSON string, where &#92;xHH would break the document.
 */
final class MaskingWriter extends Writer {

    private final Writer target;
    private final StringBuilder line = new StringBuilder();

    private MaskingWriter(Writer target) {
        this.target = target;
    }

    /** A print writer, flushing on every line, that masks what it prints and passes it to {@code target}. */
    static PrintWriter printWriter(Writer target) {
        return new PrintWriter(new MaskingWriter(target), true);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws java.io.IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (buffer[i] == '\n') {
                line.append(buffer, start, i + 1 - start);
                emit();
                start = i + 1;
            }
        }
        line.append(buffer, start, end - start);
    }

    private void emit() throws java.io.IOException {
        if (!line.isEmpty()) {
            target.write(Privacy.displayLines(escapeDeleteAndC1(line)));
            line.setLength(0);
        }
    }

    private static String escapeDeleteAndC1(CharSequence text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean c1 = c >= 0x7f && c <= 0x9f;
            if (c1 && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (c1) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    @Override
    public void flush() throws java.io.IOException {
        emit();
        target.flush();
    }

    @Override
    public void close() throws java.io.IOException {
        flush();
        target.close();
    }
}
