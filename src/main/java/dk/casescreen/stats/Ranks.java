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

    /**
     * Ranks the values, which must not be NaN: sorts a copy (primitive sort, n log n) and finds each
     * value's tie group by binary search.
     */
    static Ranks of(double[] values) {
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
