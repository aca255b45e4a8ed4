package dk.casescreen.cases;

import dk.casescreen.sheet.Tokens;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Numbers the texts of cells that repeat within a column. Most cells of a case file hold one of a
 * handful of answers, so decoding each of them anew would make millions of equal strings; here each
 * distinct text of a column is decoded once and gets an id (0, 1, 2, ... in the order first seen),
 * which the row passes on so that what is worked out from a text (the option it means, that it holds
 * no CPR number) is worked out once per id. A column whose cells rarely repeat (case numbers,
 * amounts) stops being numbered after a sample; a column stops taking new texts at
 * {@value #MAX_ENTRIES}.
 *
 * <p>A text of at most sixteen bytes is told apart by its first and last eight bytes and its length,
 * kept in the table's slot beside the id, so that the common lookup reads one place in memory; a longer
 * one is compared byte by byte too.
 */
final class CellCache {

    /** The id of a cell that has none: blank, in a column not numbered, or new in a full column. */
    static final int NONE = -1;
    /** The most distinct texts numbered in one column. */
    static final int MAX_ENTRIES = 4096;

    private static final int COLUMNS = 256;
    private static final int FIRST_SLOTS = 64;
    private static final int FIRST_ENTRIES = 16;
    /** After this many lookups a column with fewer than half of them found stops being numbered. */
    private static final int SAMPLE = 4096;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final Column[] columns = new Column[COLUMNS];

    /**
     * One column's texts: an open-addressing table of three words a slot (the text's first and last eight
     * bytes, its length and 1 + its id; 0 in the last word for an empty slot), at most half full, so that a
     * lookup reads one place; per id the text, and the bytes of texts longer than sixteen bytes.
     */
    private static final class Column {
        long[] table = new long[3 * FIRST_SLOTS];
        String[] texts = new String[FIRST_ENTRIES];
        byte[][] keys = new byte[FIRST_ENTRIES][];
        int entries;
        int lookups;
        int hits;
        boolean off;

        void stop() {
            off = true;
            table = null;
            keys = null;
        }
    }

    /**
     * The id of the text of {@code bytes[offset, offset + length)} in column {@code column}, numbering
     * it when it is new and there is room; {@link #NONE} for a blank cell ({@link Tokens#isBlank}: a
     * numbered cell never is), a column not numbered or a new text in a full column. The bytes are decoded
     * with {@code charset} when they are new.
     */
    int id(int column, byte[] bytes, int offset, int length, Charset charset) {
        // kept small, so that the compiler inlines it into the reader's loop: a column's first lookups take
        // the other way
        if (length == 0 || column >= COLUMNS) {
            return NONE;
        }
        Column c = columns[column];
        if (c == null || c.lookups < SAMPLE) {
            return sampled(column, bytes, offset, length, charset);
        }
        return c.off ? NONE : find(c, bytes, offset, length, charset);
    }

    /**
     * {@link #id} for one of a column's first {@value #SAMPLE} lookups, which count the texts found: a column
     * with fewer than half of them found stops being numbered.
     */
    private int sampled(int column, byte[] bytes, int offset, int length, Charset charset) {
        Column c = columns[column];
        if (c == null) {
            c = columns[column] = new Column();
        }
        if (++c.lookups == SAMPLE && c.hits < SAMPLE / 2) {
            c.stop();
            return NONE;
        }
        int entries = c.entries;
        int id = find(c, bytes, offset, length, charset);
        if (id != NONE && c.entries == entries) {
            c.hits++;
        }
        return id;
    }

    /** The id of the text in column {@code c}'s table, numbering it when it is new and there is room. */
    private static int find(Column c, byte[] bytes, int offset, int length, Charset charset) {
        long head;
        long tail;
        if (length >= Long.BYTES) {
            head = (long) LONGS.get(bytes, offset);
            tail = (long) LONGS.get(bytes, offset + length - Long.BYTES);
        } else {
            head = shortWord(bytes, offset, length);
            tail = head;
        }
        long[] table = c.table;
        int mask = table.length / 3 - 1;
        for (int slot = hash(head, tail, length) & mask; ; slot = (slot + 1) & mask) {
            int at = 3 * slot;
            long last = table[at + 2];
            if (last == 0) {
                return add(c, slot, head, tail, bytes, offset, length, charset);
            }
            if (table[at] == head && table[at + 1] == tail && (int) (last >>> 32) == length) {
                int id = (int) last - 1;
                if (length <= 2 * Long.BYTES || Arrays.equals(c.keys[id], 0, length, bytes, offset, offset + length)) {
                    return id;
                }
            }
        }
    }

    /** The text of {@code id} in column {@code column}, an id this cache gave. */
    String text(int column, int id) {
        return columns[column].texts[id];
    }

    private static int add(Column c, int slot, long head, long tail, byte[] bytes, int offset, int length, Charset charset) {
        if (c.entries == MAX_ENTRIES) {
            return NONE;
        }
        String text = new String(bytes, offset, length, charset);
        if (Tokens.isBlank(text)) {
            // a numbered cell is never blank: readers of the ids may skip that test
            return NONE;
        }
        int id = c.entries++;
        if (id == c.texts.length) {
            c.texts = Arrays.copyOf(c.texts, 2 * id);
            c.keys = Arrays.copyOf(c.keys, 2 * id);
        }
        c.texts[id] = text;
        c.keys[id] = length > 2 * Long.BYTES ? Arrays.copyOfRange(bytes, offset, offset + length) : null;
        put(c.table, slot, head, tail, length, id);
        if (2 * c.entries > c.table.length / 3) {
            rehash(c);
        }
        return id;
    }

    private static void put(long[] table, int slot, long head, long tail, int length, int id) {
        table[3 * slot] = head;
        table[3 * slot + 1] = tail;
        table[3 * slot + 2] = (long) length << 32 | (id + 1);
    }

    /** Doubles the column's table. */
    private static void rehash(Column c) {
        long[] old = c.table;
        long[] table = new long[2 * old.length];
        int mask = table.length / 3 - 1;
        for (int at = 0; at < old.length; at += 3) {
            long last = old[at + 2];
            if (last != 0) {
                int length = (int) (last >>> 32);
                int slot = hash(old[at], old[at + 1], length) & mask;
                while (table[3 * slot + 2] != 0) {
                    slot = (slot + 1) & mask;
                }
                put(table, slot, old[at], old[at + 1], length, (int) last - 1);
            }
        }
        c.table = table;
    }

    /**
     * The bytes of a text shorter than eight bytes as one little-endian word, zeros above: one read of eight
     * bytes, masked, where the array has them.
     */
    private static long shortWord(byte[] bytes, int offset, int length) {
        if (offset + Long.BYTES <= bytes.length) {
            return (long) LONGS.get(bytes, offset) & (-1L >>> (Long.SIZE - Byte.SIZE * length));
        }
        long w = 0;
        for (int k = length - 1; k >= 0; k--) {
            w = w << 8 | (bytes[offset + k] & 0xFF);
        }
        return w;
    }

    /** A hash of a text by its first and last eight bytes and its length. */
    static int hash(long head, long tail, int length) {
        long h = (head * 0x9E3779B97F4A7C15L ^ tail) * 0xC2B2AE3D27D4EB4FL + length;
        h ^= h >>> 29;
        return (int) (h ^ h >>> 32);
    }
}
