package dk.casescreen.cases;

import dk.casescreen.Text;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Reads a CSV file the way Danish Excel writes it and the way most other tools do: semicolon,
 * comma or tab separated (whichever the first line uses most), quoted fields with doubled quotes
 * and line breaks, UTF-8 with or without a byte-order mark, or Windows-1252 when the file is not
 * valid UTF-8. Binary files are refused before any row is read.
 *
 * <p>The file is parsed as bytes: separators, quotes and line breaks are ASCII, which never occur
 * inside a multi-byte UTF-8 sequence, nor are they anything else in Windows-1252. Cells are decoded
 * one at a time, and a cell text seen before in the same column is reused ({@link CellCache}).
 */
final class CsvRowReader implements RowReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 1 << 20;
    private static final int BUFFER = 1 << 16;
    private static final String[] NO_CELLS = new String[0];
    /** The most rows kept for their arrays: the rows the prefetching reader holds, and a few more. */
    private static final int MAX_SPARE = 8 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long LINE_FEEDS = ONES * '\n';
    private static final long RETURNS = ONES * '\r';

    private final Location location;
    private final InputLimits limits;
    private final InputStream in;
    private final byte separator;
    private final Charset charset;
    private final boolean utf8;
    private final byte[] buffer = new byte[BUFFER];
    /** The bytes that end a run of plain cell bytes: the separator, the quote and the line breaks. */
    private final boolean[] stop = new boolean[256];
    private int position;
    private int end;
    private byte[] cell = new byte[256];
    private String[] cells = new String[64];
    private short[] ids = new short[64];
    private final long separatorWord;
    private final CellCache cache = new CellCache();
    /** Arrays of rows given back ({@link #recycle}), for rows of the same width. */
    private final ArrayDeque<RawRow> spare = new ArrayDeque<>();
    private long rowNumber;
    private boolean ended;

    private CsvRowReader(Location location, InputLimits limits, InputStream in, byte separator, Charset charset) {
        this.location = location;
        this.limits = limits;
        this.in = in;
        this.separator = separator;
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.separatorWord = ONES * (separator & 0xFF);
        for (byte b : new byte[] {separator, '"', '\n', '\r'}) {
            stop[b & 0xFF] = true;
        }
    }

    /** Opens a CSV file, checking that it is text and finding its encoding and separator. */
    static CsvRowReader open(Path path, String name, InputLimits limits) {
        Location where = Location.ofFile(name);
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw CaseLoadException.unreadable(where, new Text(
                        "filen er større end grænsen på " + limits.maxFileBytes() + " bytes",
                        "the file is larger than the limit of " + limits.maxFileBytes() + " bytes"));
            }
            FileSniffer.requireText(path, where);
            boolean bom = FileSniffer.hasUtf8Bom(path);
            Charset charset = bom || Utf8Check.isValid(path) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            byte separator = detectSeparator(path, bom ? 3 : 0);
            InputStream raw = Files.newInputStream(path);
            if (bom) {
                raw.skipNBytes(3);
            }
            return new CsvRowReader(where, limits, raw, separator, charset);
        } catch (IOException e) {
            throw CaseLoadException.unreadable(where, new Text(String.valueOf(e.getMessage()), String.valueOf(e.getMessage())));
        }
    }

    private static byte detectSeparator(Path path, int skip) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(skip);
            head = in.readNBytes(SNIFF_BYTES);
        }
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (byte c : head) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? (byte) ',' : (byte) ';';
    }

    /** The separator found in the first line. */
    char separator() {
        return (char) separator;
    }

    /** The encoding found. */
    Charset charset() {
        return charset;
    }

    @Override
    public Location location() {
        return location;
    }

    /** The next byte, or -1 at the end of the file. */
    private int read() throws IOException {
        if (position == end) {
            end = in.read(buffer, 0, BUFFER);
            position = 0;
            if (end <= 0) {
                end = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }

    /** The next byte without consuming it, or -1 at the end of the file. */
    private int peek() throws IOException {
        int c = read();
        if (c >= 0) {
            position--;
        }
        return c;
    }

    @Override
    public RawRow next() {
        if (ended) {
            return null;
        }
        try {
            int count = 0;
            int length = 0;
            boolean quoted = false;
            boolean any = false;
            long row = rowNumber + 1;
            int maxBytes = maxCellBytes();
            while (true) {
                if (!quoted && position < end) {
                    // the plain bytes of an unquoted cell, straight from the buffer
                    byte[] b = buffer;
                    int start = position;
                    int e = end;
                    int p = scan(b, start, e);
                    int n = p - start;
                    if (length == 0 && p < e && (b[p] == separator || b[p] == '\n')) {
                        // the whole cell lies in the buffer: its text is taken from there, not copied first
                        if (n > maxBytes) {
                            throw tooLong(row, count);
                        }
                        any = true;
                        count = add(count, b, start, n, row);
                        position = p + 1;
                        if (b[p] == '\n') {
                            break;
                        }
                        if (count > limits.maxColumns()) {
                            throw tooMany(row);
                        }
                        continue;
                    }
                    if (n > 0) {
                        any = true;
                        if (length + n > cell.length) {
                            cell = Arrays.copyOf(cell, Math.max(cell.length * 2, length + n));
                        }
                        System.arraycopy(b, start, cell, length, n);
                        length += n;
                        if (length > maxBytes) {
                            throw tooLong(row, count);
                        }
                        position = p;
                        if (p == e) {
                            continue;
                        }
                    }
                }
                int c = read();
                if (c == -1) {
                    ended = true;
                    if (!any && count == 0) {
                        return null;
                    }
                    count = add(count, cell, 0, length, row);
                    break;
                }
                any = true;
                if (quoted) {
                    if (c == '"') {
                        if (peek() == '"') {
                            position++;
                        } else {
                            quoted = false;
                            continue;
                        }
                    }
                } else if (c == '"' && length == 0) {
                    quoted = true;
                    continue;
                } else if (c == separator) {
                    count = add(count, cell, 0, length, row);
                    length = 0;
                    if (count > limits.maxColumns()) {
                        throw tooMany(row);
                    }
                    continue;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        position++;
                    }
                    count = add(count, cell, 0, length, row);
                    break;
                }
                if (length == cell.length) {
                    cell = Arrays.copyOf(cell, length * 2);
                }
                cell[length++] = (byte) c;
                if (length > maxBytes) {
                    throw tooLong(row, count);
                }
            }
            if (count > limits.maxColumns()) {
                // the row's last cell, ended by a line break or the end of the file
                throw tooMany(row);
            }
            rowNumber = row;
            if (rowNumber > limits.maxRows()) {
                throw CaseLoadException.unreadable(location.atRow(row), new Text(
                        "filen har flere end " + limits.maxRows() + " rækker", "the file has more than " + limits.maxRows() + " rows"));
            }
            return count == 0 ? new RawRow(row, NO_CELLS) : row(row, count);
        } catch (IOException e) {
            throw CaseLoadException.unreadable(location, new Text(String.valueOf(e.getMessage()), String.valueOf(e.getMessage())));
        }
    }

    /** The row of the first {@code count} cells and ids, in the arrays of a row given back when they fit. */
    private RawRow row(long number, int count) {
        RawRow old = spare.poll();
        if (old == null || old.cells().length != count || old.ids() == null || old.ids().length != count) {
            return new RawRow(number, Arrays.copyOf(cells, count), Arrays.copyOf(ids, count));
        }
        System.arraycopy(cells, 0, old.cells(), 0, count);
        System.arraycopy(ids, 0, old.ids(), 0, count);
        return new RawRow(number, old.cells(), old.ids());
    }

    /** Keeps the arrays of a row this reader made, to fill for a later row of the same width. */
    @Override
    public void recycle(RawRow row) {
        if (row.cells().length > 0 && spare.size() < MAX_SPARE) {
            spare.add(row);
        }
    }

    /**
     * The most bytes a cell may take before it surely holds more characters than allowed: a
     * character takes at most four bytes of UTF-8 (two chars for four bytes), one of Windows-1252.
     */
    private int maxCellBytes() {
        long bytes = utf8 ? 4L * limits.maxCellChars() + 3 : limits.maxCellChars();
        return (int) Math.min(Integer.MAX_VALUE - 16, bytes);
    }

    /** The characters (UTF-16 units) of the cell's bytes {@code bytes[offset, offset + length)}. */
    private int chars(byte[] bytes, int offset, int length) {
        if (!utf8) {
            return length;
        }
        int chars = 0;
        for (int i = offset; i < offset + length; i++) {
            int c = bytes[i] & 0xFF;
            // a continuation byte adds no character; a four-byte sequence makes two
            chars += (c & 0xC0) == 0x80 ? 0 : (c & 0xF8) == 0xF0 ? 2 : 1;
        }
        return chars;
    }

    /**
     * Adds the cell in {@code bytes[offset, offset + length)} as cell number {@code count}, after checking
     * its length in characters; returns the new count.
     */
    private int add(int count, byte[] bytes, int offset, int length, long row) {
        if (length > limits.maxCellChars() && chars(bytes, offset, length) > limits.maxCellChars()) {
            throw tooLong(row, count);
        }
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, count * 2);
            ids = Arrays.copyOf(ids, count * 2);
        }
        int id = cache.id(count, bytes, offset, length, charset);
        cells[count] = id != CellCache.NONE ? cache.text(count, id) : length == 0 ? "" : new String(bytes, offset, length, charset);
        ids[count] = (short) id;
        return count + 1;
    }

    /**
     * The index of the first separator, quote or line break in {@code b[p, e)}, or {@code e}: eight bytes
     * at a time, each compared with the four at once (a byte equal to one of them is a zero byte of the
     * word xor that byte repeated; the lowest byte flagged by the zero-byte test is always a true one).
     */
    private int scan(byte[] b, int p, int e) {
        long separators = separatorWord;
        while (p + Long.BYTES <= e) {
            long w = (long) LONGS.get(b, p);
            long found = zeroBytes(w ^ separators) | zeroBytes(w ^ QUOTES) | zeroBytes(w ^ LINE_FEEDS) | zeroBytes(w ^ RETURNS);
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            p += Long.BYTES;
        }
        boolean[] stops = stop;
        while (p < e && !stops[b[p] & 0xFF]) {
            p++;
        }
        return p;
    }

    /** The high bit of each byte of {@code x} that is zero, and perhaps of some bytes above the lowest zero byte. */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    private CaseLoadException tooLong(long row, int column) {
        return CaseLoadException.unreadable(location.atRow(row).atColumn(columnName(column)), new Text(
                "cellen er længere end " + limits.maxCellChars() + " tegn (mangler der et afsluttende anførselstegn?)",
                "the cell is longer than " + limits.maxCellChars() + " characters (is a closing quote missing?)"));
    }

    private CaseLoadException tooMany(long row) {
        return CaseLoadException.unreadable(location.atRow(row), new Text(
                "rækken har flere end " + limits.maxColumns() + " kolonner", "the row has more than " + limits.maxColumns() + " columns"));
    }

    @Override
    public String columnName(int index) {
        return Integer.toString(index + 1);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a file we only read cannot lose data
        }
    }
}
