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

    private final Column[] columns = new Column[COLUMNS];

    private static final class Column {
        final byte[][] keys = new byte[SLOTS][];
        final String[] texts = new String[SLOTS];
        int entries;
        int lookups;
        int hits;
        boolean off;
    }

    /** The text of {@code bytes[0, length)} in column {@code column}, whose hash is {@code hash}. */
    String text(int column, byte[] bytes, int length, int hash, Charset charset) {
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
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        while (true) {
            byte[] key = c.keys[slot];
            if (key == null) {
                String text = new String(bytes, 0, length, charset);
                if (c.entries < MAX_ENTRIES) {
                    c.keys[slot] = Arrays.copyOf(bytes, length);
                    c.texts[slot] = text;
                    c.entries++;
                }
                return text;
            }
            if (key.length == length && Arrays.equals(key, 0, length, bytes, 0, length)) {
                c.hits++;
                return c.texts[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }
}
