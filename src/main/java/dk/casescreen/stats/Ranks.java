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

    /** Ranks the values, which must not be NaN. */
    static Ranks of(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Double.compare would put -0.0 before 0.0; R (and ==) treats them as equal.
        Arrays.sort(order, (a, b) -> values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0);
        double[] ranks = new double[n];
        int[] sizes = new int[n];
        int groups = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && values[order[end]] == values[order[start]]) {
                end++;
            }
            // positions start..end-1 hold ranks start+1..end; their mean is (start + 1 + end) / 2
            double mid = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = mid;
            }
            sizes[groups++] = end - start;
            start = end;
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
