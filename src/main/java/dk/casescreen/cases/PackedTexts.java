package dk.casescreen.cases;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A column of texts that rarely repeat (case numbers), packed into one byte array: a text of
 * Latin-1 characters takes a byte per character, any other two bytes per character (UTF-16), and
 * every text four bytes for where it ends; a million case numbers take about 13 MB here instead of
 * about 50 MB as strings. A text is made anew on each {@link #get}; {@link #hash} and
 * {@link #same} compare the packed bytes without making any.
 */
final class PackedTexts {

    private byte[] bytes;
    private int used;
    private int[] ends;
    private final BitSet wide;
    private final BitSet nulls;
    private int size;

    PackedTexts(int capacity) {
        this(new byte[Math.max(16, capacity) * 8], 0, new int[Math.max(16, capacity)], new BitSet(), new BitSet(), 0);
    }

    private PackedTexts(byte[] bytes, int used, int[] ends, BitSet wide, BitSet nulls, int size) {
        this.bytes = bytes;
        this.used = used;
        this.ends = ends;
        this.wide = wide;
        this.nulls = nulls;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** Appends a text, or null. */
    void add(String text) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        if (text == null) {
            nulls.set(size);
        } else {
            boolean latin1 = true;
            for (int k = 0; k < text.length() && latin1; k++) {
                latin1 = text.charAt(k) <= 0xFF;
            }
            byte[] encoded = text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
            if (!latin1) {
                wide.set(size);
            }
            if (used + encoded.length > bytes.length) {
                long grown = Math.max((long) bytes.length * 2, (long) used + encoded.length);
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, grown));
            }
            System.arraycopy(encoded, 0, bytes, used, encoded.length);
            used += encoded.length;
        }
        ends[size++] = used;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** Text {@code i}, or null. */
    String get(int i) {
        java.util.Objects.checkIndex(i, size);
        if (nulls.get(i)) {
            return null;
        }
        int from = start(i);
        return new String(bytes, from, ends[i] - from, wide.get(i) ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
    }

    /** The {@link String#hashCode()} of text {@code i} (0 for null). */
    int hash(int i) {
        if (nulls.get(i)) {
            return 0;
        }
        int h = 0;
        int from = start(i);
        int to = ends[i];
        if (wide.get(i)) {
            for (int k = from; k < to; k += 2) {
                h = 31 * h + ((bytes[k] & 0xFF) << 8 | bytes[k + 1] & 0xFF);
            }
        } else {
            for (int k = from; k < to; k++) {
                h = 31 * h + (bytes[k] & 0xFF);
            }
        }
        return h;
    }

    /** Whether texts {@code i} and {@code j} are equal. */
    boolean same(int i, int j) {
        if (nulls.get(i) || nulls.get(j)) {
            return nulls.get(i) && nulls.get(j);
        }
        // a text is packed wide only when some character needs it, so equal texts are packed alike
        return wide.get(i) == wide.get(j) && Arrays.equals(bytes, start(i), ends[i], bytes, start(j), ends[j]);
    }

    /** The texts with exactly the room they need. */
    PackedTexts trimmed() {
        return new PackedTexts(Arrays.copyOf(bytes, used), used, Arrays.copyOf(ends, size), wide, nulls, size);
    }

    /** Texts {@code rows[0]}, {@code rows[1]}, ... in that order. */
    PackedTexts select(int[] rows) {
        PackedTexts out = new PackedTexts(rows.length);
        for (int r : rows) {
            out.add(get(r));
        }
        return out.trimmed();
    }
}
