package dk.casescreen.cases;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Reuses the text of cells that repeat within a column. Most cells of a case file hold one of a
 * handful of answers, so decoding each of them anew would make millions of equal strings; a column
 * whose cells rarely repeat (case numbers) stops being cached after a sample.
 */
final class CellCache {

    private static final int COLUMNS = 256;
    private static final int SLOTS = 256;
    private static final int MAX_ENTRIES = SLOTS / 2;
    private static final int SAMPLE = 4096;

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final Column[] columns = new Column[COLUMNS];

    private static final class Column {
        final byte[][] keys = new byte[SLOTS][];
        final int[] hashes = new int[SLOTS];
        final String[] texts = new String[SLOTS];
        int entries;
        int lookups;
        int hits;
        boolean off;
    }

    /** The text of {@code bytes[0, length)} in column {@code column}. */
    String text(int column, byte[] bytes, int length, Charset charset) {
        if (length == 0) {
            return "";
        }
        Column c = column < COLUMNS ? columns[column] : null;
        if (c == null) {
            if (column >= COLUMNS) {
                return new String(bytes, 0, length, charset);
            }
            c = columns[column] = new Column();
        }
        if (c.off) {
            return new String(bytes, 0, length, charset);
        }
        if (++c.lookups == SAMPLE && c.hits < SAMPLE / 2) {
            c.off = true;
        }
        int hash = hash(bytes, length);
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        while (true) {
            byte[] key = c.keys[slot];
            if (key == null) {
                String text = new String(bytes, 0, length, charset);
                if (c.entries < MAX_ENTRIES) {
                    c.keys[slot] = Arrays.copyOf(bytes, length);
                    c.hashes[slot] = hash;
                    c.texts[slot] = text;
                    c.entries++;
                }
                return text;
            }
            if (c.hashes[slot] == hash && key.length == length && same(key, bytes, length)) {
                c.hits++;
                return c.texts[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }

    /**
     * A hash of {@code bytes[0, length)} in constant time: the first and the last eight bytes and the
     * length (cells that differ elsewhere only share a slot chain, and are told apart by {@link #same}).
     */
    static int hash(byte[] bytes, int length) {
        long h;
        if (length >= 8) {
            h = ((long) LONGS.get(bytes, 0) * 0x9E3779B97F4A7C15L ^ (long) LONGS.get(bytes, length - 8)) * 0xC2B2AE3D27D4EB4FL + length;
        } else {
            h = length;
            for (int k = 0; k < length; k++) {
                h = h * 31 + bytes[k];
            }
            h *= 0x9E3779B97F4A7C15L;
        }
        return (int) (h ^ h >>> 29);
    }

    /** Whether {@code key} is {@code bytes[0, length)}, for arrays of at least {@code length} bytes. */
    private static boolean same(byte[] key, byte[] bytes, int length) {
        if (length > 16) {
            return Arrays.equals(key, 0, length, bytes, 0, length);
        }
        if (length >= 8) {
            // the first eight and the last eight bytes cover the whole of a cell of 8 to 16 bytes
            return (long) LONGS.get(key, 0) == (long) LONGS.get(bytes, 0)
                    && (long) LONGS.get(key, length - 8) == (long) LONGS.get(bytes, length - 8);
        }
        for (int k = 0; k < length; k++) {
            if (key[k] != bytes[k]) {
                return false;
            }
        }
        return true;
    }
}
