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
 * kept beside the id, so that the common lookup reads no other memory; a longer one is compared
 * byte by byte too.
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

    /** One column's texts: an open-addressing table of ids, and per id its hash, words, length and text. */
    private static final class Column {
        /** 1 + id, or 0 for an empty slot; at most half full. */
        int[] slots = new int[FIRST_SLOTS];
        int[] hashes = new int[FIRST_ENTRIES];
        long[] heads = new long[FIRST_ENTRIES];
        long[] tails = new long[FIRST_ENTRIES];
        int[] lengths = new int[FIRST_ENTRIES];
        /** The bytes of texts longer than sixteen bytes (null for the others). */
        byte[][] keys = new byte[FIRST_ENTRIES][];
        String[] texts = new String[FIRST_ENTRIES];
        int entries;
        int lookups;
        int hits;
        boolean off;

        void stop() {
            off = true;
            slots = null;
            hashes = null;
            heads = null;
            tails = null;
            lengths = null;
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
        if (length == 0 || column >= COLUMNS) {
            return NONE;
        }
        Column c = columns[column];
        if (c == null) {
            c = columns[column] = new Column();
        }
        if (c.off) {
            return NONE;
        }
        if (++c.lookups == SAMPLE && c.hits < SAMPLE / 2) {
            c.stop();
            return NONE;
        }
        long head;
        long tail;
        if (length >= Long.BYTES) {
            head = (long) LONGS.get(bytes, offset);
            tail = (long) LONGS.get(bytes, offset + length - Long.BYTES);
        } else {
            head = shortWord(bytes, offset, length);
            tail = head;
        }
        int hash = hash(head, tail, length);
        int[] slots = c.slots;
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return add(c, slot, hash, head, tail, bytes, offset, length, charset);
            }
            if (c.heads[entry] == head && c.tails[entry] == tail && c.lengths[entry] == length
                    && (length <= 2 * Long.BYTES || Arrays.equals(c.keys[entry], 0, length, bytes, offset, offset + length))) {
                c.hits++;
                return entry;
            }
        }
    }

    /** The text of {@code id} in column {@code column}, an id this cache gave. */
    String text(int column, int id) {
        return columns[column].texts[id];
    }

    private static int add(Column c, int slot, int hash, long head, long tail, byte[] bytes, int offset, int length,
                           Charset charset) {
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
            int n = id * 2;
            c.hashes = Arrays.copyOf(c.hashes, n);
            c.heads = Arrays.copyOf(c.heads, n);
            c.tails = Arrays.copyOf(c.tails, n);
            c.lengths = Arrays.copyOf(c.lengths, n);
            c.keys = Arrays.copyOf(c.keys, n);
            c.texts = Arrays.copyOf(c.texts, n);
        }
        c.hashes[id] = hash;
        c.heads[id] = head;
        c.tails[id] = tail;
        c.lengths[id] = length;
        c.keys[id] = length > 2 * Long.BYTES ? Arrays.copyOfRange(bytes, offset, offset + length) : null;
        c.texts[id] = text;
        c.slots[slot] = id + 1;
        if (2 * c.entries > c.slots.length) {
            rehash(c);
        }
        return id;
    }

    /** Doubles the column's table of ids. */
    private static void rehash(Column c) {
        int[] slots = new int[c.slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < c.entries; id++) {
            int slot = c.hashes[id] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
        c.slots = slots;
    }

    /** The bytes of a text shorter than eight bytes as one little-endian word, zeros above. */
    private static long shortWord(byte[] bytes, int offset, int length) {
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
