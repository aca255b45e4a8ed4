package dk.casescreen.cases;

import java.util.Arrays;

/**
 * A column of row numbers: four bytes each while every number fits in an int, eight after.
 */
final class RowNumbers {

    private int[] small;
    private long[] large;
    private int size;

    RowNumbers(int capacity) {
        this(new int[Math.max(16, capacity)], null, 0);
    }

    private RowNumbers(int[] small, long[] large, int size) {
        this.small = small;
        this.large = large;
        this.size = size;
    }

    /** Appends a row number. */
    void add(long row) {
        if (large == null && (row > Integer.MAX_VALUE || row < Integer.MIN_VALUE)) {
            large = new long[small.length];
            for (int i = 0; i < size; i++) {
                large[i] = small[i];
            }
            small = null;
        }
        if (large != null) {
            if (size == large.length) {
                large = Arrays.copyOf(large, size * 2);
            }
            large[size++] = row;
        } else {
            if (size == small.length) {
                small = Arrays.copyOf(small, size * 2);
            }
            small[size++] = (int) row;
        }
    }

    /** Row number {@code i}. */
    long get(int i) {
        java.util.Objects.checkIndex(i, size);
        return large != null ? large[i] : small[i];
    }

    /** The numbers with exactly the room they need. */
    RowNumbers trimmed() {
        return large != null ? new RowNumbers(null, Arrays.copyOf(large, size), size)
                : new RowNumbers(Arrays.copyOf(small, size), null, size);
    }

    /** Numbers {@code rows[0]}, {@code rows[1]}, ... in that order. */
    RowNumbers select(int[] rows) {
        RowNumbers out = new RowNumbers(rows.length);
        for (int r : rows) {
            out.add(get(r));
        }
        return out.trimmed();
    }
}
