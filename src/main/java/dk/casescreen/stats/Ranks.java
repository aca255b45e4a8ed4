package dk.casescreen.stats;

import java.util.Arrays;

/**
 * Mid-ranks with ties averaged, as R's {@code rank(x)} with {@code ties.method = "average"}, and the
 * sizes of the tie groups, as R's {@code table(x)}.
 */
final class Ranks {

    private final double[] ranks;
    private final int[] tieSizes;

    private Ranks(double[] ranks, int[] tieSizes) {
        this.ranks = ranks;
        this.tieSizes = tieSizes;
    }

    /** The widest range of whole numbers that {@link #of} ranks by counting instead of sorting. */
    static final int COUNTING_RANGE = 1 << 16;

    /**
     * Ranks the values, which must not be NaN: whole numbers within a range of {@link #COUNTING_RANGE}
     * (answer positions, bands, counts) by counting in O(n + range); any other values by sorting a copy
     * (primitive sort, n log n) and finding each value's tie group by binary search. Both give the same
     * mid-ranks and tie groups.
     */
    static Ranks of(double[] values) {
        Ranks counted = byCounting(values);
        return counted != null ? counted : bySorting(values);
    }

    /** The ranks of whole numbers in a narrow range, by counting each value; null for other values. */
    private static Ranks byCounting(double[] values) {
        int n = values.length;
        if (n == 0) {
            return null;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v != Math.rint(v) || Double.isInfinite(v)) {
                return null;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min >= COUNTING_RANGE || min < -(1 << 30) || max > 1 << 30) {
            return null;
        }
        int base = (int) min;
        int[] count = new int[(int) (max - min) + 1];
        for (double v : values) {
            count[(int) v - base]++;
        }
        Counted counted = ofCounts(count);
        double[] mids = counted.mids();
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = mids[(int) values[i] - base];
        }
        return new Ranks(ranks, counted.tieSizes());
    }

    /**
     * Mid-ranks from a table of counts.
     *
     * @param mids     the mid-rank of the values counted in each place of the table (0 where none are)
     * @param tieSizes the counts that are not 0, in the table's order (increasing values)
     */
    record Counted(double[] mids, int[] tieSizes) {
    }

    /** The mid-ranks of values counted by {@code count[c]}, the c-th place holding the c-th smallest value. */
    static Counted ofCounts(int[] count) {
        double[] mids = new double[count.length];
        int[] sizes = new int[count.length];
        int groups = 0;
        int start = 0;
        for (int c = 0; c < count.length; c++) {
            if (count[c] > 0) {
                int end = start + count[c];
                mids[c] = (start + 1 + end) / 2.0;
                sizes[groups++] = count[c];
                start = end;
            }
        }
        return new Counted(mids, Arrays.copyOf(sizes, groups));
    }

    /** The ranks by sorting a copy and a binary search per value (package-private for tests). */
    static Ranks bySorting(double[] values) {
        int n = values.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            // adding 0.0 turns -0.0 into 0.0: R (and ==) treats them as equal
            sorted[i] = values[i] + 0.0;
        }
        Arrays.sort(sorted);
        double[] distinct = new double[n];
        double[] mids = new double[n];
        int[] sizes = new int[n];
        int groups = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            // positions start..end-1 hold ranks start+1..end; their mean is (start + 1 + end) / 2
            distinct[groups] = sorted[start];
            mids[groups] = (start + 1 + end) / 2.0;
            sizes[groups++] = end - start;
            start = end;
        }
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = mids[Arrays.binarySearch(distinct, 0, groups, values[i] + 0.0)];
        }
        return new Ranks(ranks, Arrays.copyOf(sizes, groups));
    }

    /** The mid-ranks, in the order of the values. */
    double[] ranks() {
        return ranks;
    }

    /** The sizes of the groups of equal values, in increasing order of the values. */
    int[] tieSizes() {
        return tieSizes;
    }

    /** Whether any two values are equal. */
    boolean hasTies() {
        return tieSizes.length < ranks.length;
    }

    /** The sum of t^3 - t over the tie groups (R: {@code sum(NTIES^3 - NTIES)}). */
    double tieSum() {
        return tieSum(tieSizes);
    }

    /** The sum of t^3 - t over tie groups of the given sizes, in their order. */
    static double tieSum(int[] tieSizes) {
        double s = 0;
        for (int t : tieSizes) {
            double d = t;
            s += d * d * d - d;
        }
        return s;
    }

    /** The values that are not NaN (R drops NA and NaN). */
    static double[] withoutNaN(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }
}
