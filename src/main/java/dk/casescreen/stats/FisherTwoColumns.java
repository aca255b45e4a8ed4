package dk.casescreen.stats;

/**
 * The most and the least probable ways to fill the last two columns of a table from given row
 * totals, in closed form: the exact longest and shortest remaining paths of the network algorithm
 * (Mehta &amp; Patel 1983) one stage before the end, where {@code lf} holds log factorials.
 */
final class FisherTwoColumns {

    private FisherTwoColumns() {
    }

    /**
     * The smallest Σ [log a_i! + log (rows_i - a_i)!] over 0 <= a_i <= rows_i with Σ a_i = column:
     * a separable convex minimisation, solved exactly by starting from the proportional split and
     * moving single units while that lowers the sum (the marginal cost log((a + 1) / (rows_i - a))
     * increases in a).
     */
    static double mostEven(int[] rows, int column, double[] lf) {
        int r = rows.length;
        int total = 0;
        for (int x : rows) {
            total += x;
        }
        int[] a = new int[r];
        int placed = 0;
        for (int i = 0; i < r; i++) {
            a[i] = (int) ((long) rows[i] * column / total);
            placed += a[i];
        }
        for (int step = 0; step <= 4 * (column + r); step++) {
            int up = -1;
            double upCost = Double.POSITIVE_INFINITY;
            int down = -1;
            double downGain = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < r; i++) {
                if (a[i] < rows[i]) {
                    double cost = Math.log((a[i] + 1.0) / (rows[i] - a[i]));
                    if (cost < upCost) {
                        upCost = cost;
                        up = i;
                    }
                }
                if (a[i] > 0) {
                    double gain = Math.log((double) a[i] / (rows[i] - a[i] + 1));
                    if (gain > downGain) {
                        downGain = gain;
                        down = i;
                    }
                }
            }
            if (placed < column) {
                a[up]++;
                placed++;
            } else if (up >= 0 && down >= 0 && up != down && downGain > upCost) {
                a[up]++;
                a[down]--;
            } else {
                break;
            }
        }
        double sum = 0;
        for (int i = 0; i < r; i++) {
            sum += lf[a[i]] + lf[rows[i] - a[i]];
        }
        return sum;
    }

    /**
     * The largest Σ [log a_i! + log (rows_i - a_i)!] over 0 <= a_i <= rows_i with Σ a_i = column:
     * a convex function is largest at a vertex of the feasible set, where every a_i but at most one
     * is 0 or rows_i; all vertices are tried.
     */
    static double mostConcentrated(int[] rows, int column, double[] lf) {
        double[] best = {Double.NEGATIVE_INFINITY};
        vertices(rows, column, lf, 0, 0, -1, 0, best);
        return best[0];
    }

    private static void vertices(int[] rows, int column, double[] lf, int i, int placed, int free, double sum,
                                 double[] best) {
        if (i == rows.length) {
            if (free < 0) {
                if (placed == column) {
                    best[0] = Math.max(best[0], sum);
                }
            } else {
                int x = column - placed;
                if (x >= 0 && x <= rows[free]) {
                    best[0] = Math.max(best[0], sum + lf[x] + lf[rows[free] - x]);
                }
            }
            return;
        }
        if (placed > column) {
            return;
        }
        double whole = lf[rows[i]];
        vertices(rows, column, lf, i + 1, placed, free, sum + whole, best);
        vertices(rows, column, lf, i + 1, placed + rows[i], free, sum + whole, best);
        if (free < 0) {
            vertices(rows, column, lf, i + 1, placed, i, sum, best);
        }
    }
}
