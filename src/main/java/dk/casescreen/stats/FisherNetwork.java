package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact p-value of Fisher's test for an r x c table by the network algorithm of Mehta and
 * Patel (1983): the probability, under independence with both margins fixed, of the tables no more
 * probable than the observed one (relative tolerance 1e-7, as R's 2 x 2 code; R's FEXACT uses
 * 3.45e-7 on the log scale).
 *
 * <p>The columns are filled one at a time (stages); a node is the multiset of row totals still to
 * be filled, so rows that are interchangeable share a node. Each node carries the log-probabilities
 * of the paths that reached it ("past" values, merged when equal to 1e-9), with their weights. For
 * every node the longest and shortest remaining paths are computed exactly (by the same stage-wise
 * recursion, memoised), so that a past value whose every completion is as or less probable than the
 * observed table adds its whole subtree at once (the subtree's total has the closed form
 * N'! / (Π r'! Π c'!)), a past value none of whose completions qualifies is dropped, and only the
 * rest travel to the next stage. The last two columns are enumerated per node, and the pasts are
 * matched against the sorted completions with prefix sums.
 *
 * <p>The work is counted in units: one per column allocation enumerated and per past value passed
 * to a daughter, {@value #PAIR_UNITS} more per node/past-value pair stored (a past value equal to
 * one the daughter holds, to 1e-9, is added to it), {@value #NODE_UNITS} per node created and one
 * per two cases (for the table of log factorials), so that both time and
 * memory (about 16 bytes per unit at most) follow it; when it exceeds the workspace the
 * computation stops with {@link WorkspaceExceeded}.
 */
final class FisherNetwork {

    /** Thrown when the exact computation would need more than the workspace. */
    static final class WorkspaceExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkspaceExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** An exact p-value and the work it took. */
    record Outcome(double pValue, long work) {
    }

    private static final double MERGE = 1e-9;
    /** Work units of a stored node/past-value pair (about 40 bytes with its index). */
    static final long PAIR_UNITS = 3;
    /** Work units of a new node (in a stage or in the bounds memo; about 100 bytes). */
    static final long NODE_UNITS = 6;

    private final int r;
    private final int c;
    private final int[] rowTotals;
    private final int[] columns;
    private final int[] columnsLeft;
    private final double[] columnLogsLeft;
    private final double[] lf;
    private final long base;
    private final long workspace;
    private final double threshold;
    private final double constant;
    private final List<Map<Long, double[]>> boundsMemo = new ArrayList<>();
    private long work;
    private double sum;
    private double compensation;

    private FisherNetwork(int[][] table, long workspace) {
        this.workspace = workspace;
        int rows = table.length;
        int cols = table[0].length;
        boolean transpose = rows > cols;
        r = transpose ? cols : rows;
        c = transpose ? rows : cols;
        rowTotals = new int[r];
        columns = new int[c];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int x = table[i][j];
                rowTotals[transpose ? j : i] += x;
                columns[transpose ? i : j] += x;
                n += x;
            }
        }
        spend(n / 2 + 1);
        lf = new double[n + 1];
        LogFactorials logs = new LogFactorials(n);
        for (int k = 0; k <= n; k++) {
            lf[k] = logs.at(k);
        }
        double observed = 0;
        for (int[] row : table) {
            for (int x : row) {
                observed -= lf[x];
            }
        }
        threshold = observed + Math.log1p(Fisher2x2.RELATIVE_TOLERANCE);
        Arrays.sort(rowTotals);
        Arrays.sort(columns);
        columnsLeft = new int[c + 1];
        columnLogsLeft = new double[c + 1];
        for (int s = c - 1; s >= 0; s--) {
            columnsLeft[s] = columnsLeft[s + 1] + columns[s];
            columnLogsLeft[s] = columnLogsLeft[s + 1] + lf[columns[s]];
        }
        double k = columnLogsLeft[0] - lf[n];
        for (int t : rowTotals) {
            k += lf[t];
        }
        constant = k;
        long b = rowTotals[r - 1] + 1L;
        long limit = 1;
        for (int i = 0; i < r; i++) {
            if (limit > Long.MAX_VALUE / b) {
                throw new WorkspaceExceeded("the row totals are too large to index the network's nodes");
            }
            limit *= b;
        }
        base = b;
        for (int s = 0; s < c; s++) {
            boundsMemo.add(new HashMap<>());
        }
    }

    /**
     * The exact p-value of a table without empty rows or columns and at least 2 x 2, or
     * {@link WorkspaceExceeded} when the work passes {@code workspace}.
     */
    static Outcome pValue(int[][] table, long workspace) {
        FisherNetwork network = new FisherNetwork(table, workspace);
        double p = network.run();
        return new Outcome(Math.max(0, Math.min(1, p)), network.work);
    }

    private double run() {
        Map<Long, Pasts> current = new HashMap<>();
        Pasts root = new Pasts(rowTotals.clone());
        root.add(0, 1);
        current.put(key(root.rows), root);
        for (int s = 0; s < c - 2; s++) {
            Map<Long, Pasts> next = new HashMap<>();
            for (Pasts node : current.values()) {
                expand(node, s, next);
            }
            current = next;
        }
        for (Pasts node : current.values()) {
            finish(node);
        }
        return sum + compensation;
    }

    /** Moves the undecided pasts of a node at stage s to its daughters at stage s + 1. */
    private void expand(Pasts node, int s, Map<Long, Pasts> next) {
        node.sortAndMerge();
        int size = node.size;
        double[] v = node.v;
        double[] w = node.w;
        double top = v[size - 1];
        double[] prefix = new double[size + 1];
        for (int i = 0; i < size; i++) {
            prefix[i + 1] = prefix[i] + w[i] * Math.exp(v[i] - top);
        }
        int[] child = new int[r];
        allocations(node.rows, columns[s], (a, t) -> {
            difference(node.rows, a, child);
            long key = key(child);
            double[] b = bounds(s + 1, child, key);
            int all = countAtMost(v, size, threshold - t - b[1]);
            if (all > 0) {
                add(Math.exp(constant + top + t + logTotal(child, s + 1)) * prefix[all]);
            }
            int kept = countAtMost(v, size, threshold - t - b[0]);
            if (kept > all) {
                Pasts daughter = next.get(key);
                if (daughter == null) {
                    daughter = new Pasts(child.clone());
                    next.put(key, daughter);
                    spend(NODE_UNITS);
                }
                long stored = 0;
                for (int i = all; i < kept; i++) {
                    if (daughter.add(v[i] + t, w[i])) {
                        stored++;
                    }
                }
                spend(kept - all + PAIR_UNITS * stored);
            }
        });
    }

    /** Adds the qualifying completions of a node with two columns left. */
    private void finish(Pasts node) {
        node.sortAndMerge();
        Pasts completions = completions(node.rows, columns[c - 2]);
        completions.sortAndMerge();
        double[] values = completions.v;
        int size = completions.size;
        double top = values[size - 1];
        double[] prefix = new double[size + 1];
        for (int i = 0; i < size; i++) {
            prefix[i + 1] = prefix[i] + completions.w[i] * Math.exp(values[i] - top);
        }
        for (int i = 0; i < node.size; i++) {
            int count = countAtMost(values, size, threshold - node.v[i]);
            if (count > 0) {
                add(node.w[i] * Math.exp(constant + node.v[i] + top) * prefix[count]);
            }
        }
    }

    /** The path values of every way to fill the last two columns from the given row totals (equal ones merged). */
    private Pasts completions(int[] rows, int column) {
        Pasts values = new Pasts(rows);
        allocations(rows, column, (a, t) -> {
            double v = t;
            for (int i = 0; i < r; i++) {
                v -= lf[rows[i] - a[i]];
            }
            if (values.add(v, 1)) {
                spend(PAIR_UNITS);
            }
        });
        return values;
    }

    /** The shortest and longest remaining path from a node at stage s, memoised. */
    private double[] bounds(int s, int[] rows, long key) {
        Map<Long, double[]> memo = boundsMemo.get(s);
        double[] b = memo.get(key);
        if (b != null) {
            return b;
        }
        double[] found = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        if (s == c - 1) {
            double v = 0;
            for (int x : rows) {
                v -= lf[x];
            }
            found[0] = v;
            found[1] = v;
        } else if (s == c - 2) {
            found[0] = -mostConcentrated(rows, columns[s]);
            found[1] = -mostEven(rows, columns[s]);
        } else {
            int[] child = new int[r];
            allocations(rows, columns[s], (a, t) -> {
                difference(rows, a, child);
                double[] cb = bounds(s + 1, child, key(child));
                found[0] = Math.min(found[0], t + cb[0]);
                found[1] = Math.max(found[1], t + cb[1]);
            });
        }
        memo.put(key, found);
        spend(NODE_UNITS);
        return found;
    }

    /**
     * The smallest Σ [log a_i! + log (rows_i - a_i)!] over 0 <= a_i <= rows_i with Σ a_i = column:
     * a separable convex minimisation, solved exactly by starting from the proportional split and
     * moving single units while that lowers the sum (the marginal cost log((a + 1) / (rows_i - a))
     * increases in a).
     */
    private double mostEven(int[] rows, int column) {
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
        spend(r);
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
    private double mostConcentrated(int[] rows, int column) {
        double[] best = {Double.NEGATIVE_INFINITY};
        vertices(rows, column, 0, 0, -1, 0, best);
        spend(1L << Math.min(r, 20));
        return best[0];
    }

    private void vertices(int[] rows, int column, int i, int placed, int free, double sum, double[] best) {
        if (i == r) {
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
        vertices(rows, column, i + 1, placed, free, sum + whole, best);
        vertices(rows, column, i + 1, placed + rows[i], free, sum + whole, best);
        if (free < 0) {
            vertices(rows, column, i + 1, placed, i, sum, best);
        }
    }

    /** log of the total of exp(path) over all completions from a node at stage s: N'! / (Π r'! Π c'!). */
    private double logTotal(int[] rows, int s) {
        double v = lf[columnsLeft[s]] - columnLogsLeft[s];
        for (int x : rows) {
            v -= lf[x];
        }
        return v;
    }

    /** A way to put a column's total into rows. */
    private interface Allocation {
        void accept(int[] a, double pathValue);
    }

    /** Calls {@code visit} for every split of {@code total} over rows with 0 <= a[i] <= caps[i], with -Σ log a[i]!. */
    private void allocations(int[] caps, int total, Allocation visit) {
        int[] room = new int[r + 1];
        for (int i = r - 1; i >= 0; i--) {
            room[i] = room[i + 1] + caps[i];
        }
        allocate(0, total, 0, caps, room, new int[r], visit);
    }

    private void allocate(int i, int left, double t, int[] caps, int[] room, int[] a, Allocation visit) {
        if (i == r - 1) {
            a[i] = left;
            spend(1);
            visit.accept(a, t - lf[left]);
            return;
        }
        int from = Math.max(0, left - room[i + 1]);
        int to = Math.min(caps[i], left);
        for (int x = from; x <= to; x++) {
            a[i] = x;
            allocate(i + 1, left - x, t - lf[x], caps, room, a, visit);
        }
    }

    private void spend(long units) {
        work += units;
        if (work > workspace) {
            throw new WorkspaceExceeded("the exact computation needs more than " + workspace + " work units");
        }
    }

    /** rows - a, sorted ascending, into {@code out}. */
    private void difference(int[] rows, int[] a, int[] out) {
        for (int i = 0; i < r; i++) {
            int x = rows[i] - a[i];
            int j = i;
            while (j > 0 && out[j - 1] > x) {
                out[j] = out[j - 1];
                j--;
            }
            out[j] = x;
        }
    }

    private long key(int[] sorted) {
        long k = 0;
        for (int i = r - 1; i >= 0; i--) {
            k = k * base + sorted[i];
        }
        return k;
    }

    /** Neumaier's compensated sum of the p-value's terms. */
    private void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    /** The number of values[0..size) at most x, for ascending values. */
    static int countAtMost(double[] values, int size, double x) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The past path values reaching one node, with their weights (numbers of paths, scaled when merged). */
    private static final class Pasts {
        final int[] rows;
        double[] v = new double[4];
        double[] w = new double[4];
        /** The values on a grid of {@link #MERGE}, and an open-addressing index of them (entry + 1, 0 free). */
        long[] grid = new long[4];
        int[] slots = new int[8];
        int size;

        Pasts(int[] rows) {
            this.rows = rows;
        }

        /** Adds a path, merging it into a stored one on the same grid point; whether it was stored anew. */
        boolean add(double value, double weight) {
            long g = Math.round(value / MERGE);
            int mask = slots.length - 1;
            int h = (int) (g * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (slots[h] != 0) {
                int at = slots[h] - 1;
                if (grid[at] == g) {
                    // exp(value - v[at]) to second order: the two differ by less than 1e-9
                    double d = value - v[at];
                    w[at] += weight * (1 + d + 0.5 * d * d);
                    return false;
                }
                h = (h + 1) & mask;
            }
            if (size == v.length) {
                v = Arrays.copyOf(v, size * 2);
                w = Arrays.copyOf(w, size * 2);
                grid = Arrays.copyOf(grid, size * 2);
            }
            v[size] = value;
            w[size] = weight;
            grid[size] = g;
            size++;
            slots[h] = size;
            if (2 * size > slots.length) {
                rehash();
            }
            return true;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int i = 0; i < size; i++) {
                int h = (int) (grid[i] * 0x9E3779B97F4A7C15L >>> 40) & mask;
                while (slots[h] != 0) {
                    h = (h + 1) & mask;
                }
                slots[h] = i + 1;
            }
        }

        /** Sorts by value and merges values within {@link #MERGE} of the first of their run. */
        void sortAndMerge() {
            sortPairs(v, w, 0, size - 1);
            int out = 0;
            for (int i = 0; i < size; i++) {
                if (out > 0 && v[i] - v[out - 1] <= MERGE) {
                    w[out - 1] += w[i] * Math.exp(v[i] - v[out - 1]);
                } else {
                    v[out] = v[i];
                    w[out] = w[i];
                    out++;
                }
            }
            size = out;
            grid = null;
            slots = null;
        }

        /** Sorts v[lo..hi] ascending, moving w along (quicksort, insertion sort for short runs). */
        private static void sortPairs(double[] v, double[] w, int lo, int hi) {
            while (hi - lo > 16) {
                int mid = (lo + hi) >>> 1;
                double pivot = median(v[lo], v[mid], v[hi]);
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (v[i] < pivot) {
                        i++;
                    }
                    while (v[j] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        swap(v, w, i++, j--);
                    }
                }
                if (j - lo < hi - i) {
                    sortPairs(v, w, lo, j);
                    lo = i;
                } else {
                    sortPairs(v, w, i, hi);
                    hi = j;
                }
            }
            for (int i = lo + 1; i <= hi; i++) {
                double x = v[i];
                double y = w[i];
                int j = i - 1;
                while (j >= lo && v[j] > x) {
                    v[j + 1] = v[j];
                    w[j + 1] = w[j];
                    j--;
                }
                v[j + 1] = x;
                w[j + 1] = y;
            }
        }

        private static double median(double a, double b, double c) {
            return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
        }

        private static void swap(double[] v, double[] w, int i, int j) {
            double t = v[i];
            v[i] = v[j];
            v[j] = t;
            t = w[i];
            w[i] = w[j];
            w[j] = t;
        }
    }
}
