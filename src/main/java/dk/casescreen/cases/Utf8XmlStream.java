package dk.casescreen.cases;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks that the bytes of a workbook's XML part are UTF-8 before the XML parser sees them. The JDK's
 * parser prints "[Fatal Error] ..." on standard error for bytes that are not UTF-8, past every handler,
 * so a broken part would reach the user's terminal in the parser's English; this stream stops at the
 * first such byte with {@link NotUtf8}, which names the XML line, and the parser never meets it. A part
 * that declares another encoding (or starts as UTF-16) is passed through unchecked.
 */
final class Utf8XmlStream extends FilterInputStream {

    /** Bytes of an XML part that are not UTF-8, at the given XML line (1-based) and worksheet row (0: not known). */
    static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long row;

        NotUtf8(long line, long row) {
            super("not UTF-8 at XML line " + line);
            this.line = line;
            this.row = row;
        }

        /** The XML line of the first byte that is not UTF-8. */
        long line() {
            return line;
        }

        /** The worksheet row ({@code <row r="N">}) the byte stands in, or 0 when the part is no worksheet or the row began too far back. */
        long row() {
            return row;
        }
    }

    private static final int HEAD = 128;
    private final byte[] buffer = new byte[8192];
    private final byte[] one = new byte[1];
    private int start;
    private int checkedEnd;
    private int end;
    private boolean atEnd;
    private boolean checking = true;
    private boolean headSeen;
    private long line = 1;

    Utf8XmlStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (start == checkedEnd) {
            if (atEnd && checkedEnd == end) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, checkedEnd - start);
        System.arraycopy(buffer, start, target, offset, n);
        line += newlines(start, start + n);
        start += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 4096)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public int available() {
        return checkedEnd - start;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Moves the unchecked tail (an incomplete sequence) to the front, reads more and checks it. */
    private void fill() throws IOException {
        System.arraycopy(buffer, checkedEnd, buffer, 0, end - checkedEnd);
        end -= checkedEnd;
        start = 0;
        checkedEnd = 0;
        int r = in.read(buffer, end, buffer.length - end);
        if (r < 0) {
            atEnd = true;
        } else {
            end += r;
        }
        if (!headSeen && (end >= HEAD || atEnd)) {
            headSeen = true;
            checking = declaresUtf8(buffer, end);
        }
        if (!checking) {
            checkedEnd = end;
            return;
        }
        if (!headSeen) {
            return; // wait for the head of the part before deciding
        }
        int valid = Utf8Check.check(buffer, end, atEnd);
        if (valid < 0) {
            int at = firstInvalid();
            throw new NotUtf8(line + newlines(0, at), rowBefore(at));
        }
        checkedEnd = valid;
    }

    /** Where the first byte that is not UTF-8 lies in the buffer (found by the JDK's decoder, on failure only). */
    private int firstInvalid() {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(buffer, 0, end);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(end);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(bytes, chars, true);
        return bytes.position();
    }

    /** The number of the last {@code <row r="N"} that begins before {@code at} in the buffer, or 0. */
    private long rowBefore(int at) {
        String before = new String(buffer, 0, at, StandardCharsets.ISO_8859_1);
        int tag = before.lastIndexOf("<row ");
        int attribute = tag < 0 ? -1 : before.indexOf(" r=\"", tag);
        int close = tag < 0 ? -1 : before.indexOf('>', tag);
        if (attribute < 0 || close >= 0 && close < attribute) {
            return 0;
        }
        long row = 0;
        for (int i = attribute + 4; i < before.length() && i < attribute + 14 && Character.isDigit(before.charAt(i)); i++) {
            row = row * 10 + before.charAt(i) - '0';
        }
        return row;
    }

    private long newlines(int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Whether the part is UTF-8: no UTF-16 start, and no declaration of another encoding. */
    private static boolean declaresUtf8(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == 0 || bytes[1] == 0)) {
            return false;
        }
        String head = new String(bytes, 0, Math.min(length, HEAD), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int declaration = head.indexOf("encoding=");
        if (!head.startsWith("<?xml") && !head.startsWith("\u00ef\u00bb\u00bf<?xml") || declaration < 0 || head.indexOf("?>") < declaration) {
            return true;
        }
        String value = head.substring(declaration + "encoding=".length()).replace("\"", "").replace("'", "");
        return value.startsWith("utf-8") || value.startsWith("utf8");
    }
}
