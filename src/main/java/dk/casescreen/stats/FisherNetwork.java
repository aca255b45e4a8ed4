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
 * <p>The work is counted in units: one per column allocation enumerated, {@value #PAIR_UNITS} per
 * node/past-value pair stored, {@value #NODE_UNITS} per node created and one per two cases (for
 * the table of log factorials), so that both time and
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
    /** Work units of a stored node/past-value pair (16 to 32 bytes). */
    static final long PAIR_UNITS = 2;
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
                for (int i = all; i < kept; i++) {
                    daughter.add(v[i] + t, w[i]);
                }
                spend(PAIR_UNITS * (kept - all));
            }
        });
    }

    /** Adds the qualifying completions of a node with two columns left. */
    private void finish(Pasts node) {
        node.sortAndMerge();
        double[] completions = completions(node.rows, columns[c - 2]);
        Arrays.sort(completions);
        double top = completions[completions.length - 1];
        double[] prefix = new double[completions.length + 1];
        for (int i = 0; i < completions.length; i++) {
            prefix[i + 1] = prefix[i] + Math.exp(completions[i] - top);
        }
        for (int i = 0; i < node.size; i++) {
            int count = countAtMost(completions, completions.length, threshold - node.v[i]);
            if (count > 0) {
                add(node.w[i] * Math.exp(constant + node.v[i] + top) * prefix[count]);
            }
        }
    }

    /** The path values of every way to fill the last two columns from the given row totals. */
    private double[] completions(int[] rows, int column) {
        Pasts values = new Pasts(rows);
        allocations(rows, column, (a, t) -> {
            double v = t;
            for (int i = 0; i < r; i++) {
                v -= lf[rows[i] - a[i]];
            }
            values.add(v, 1);
        });
        return Arrays.copyOf(values.v, values.size);
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
            allocations(rows, columns[s], (a, t) -> {
                double v = t;
                for (int i = 0; i < r; i++) {
                    v -= lf[rows[i] - a[i]];
                }
                found[0] = Math.min(found[0], v);
                found[1] = Math.max(found[1], v);
            });
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
        int size;

        Pasts(int[] rows) {
            this.rows = rows;
        }

        void add(double value, double weight) {
            if (size == v.length) {
                v = Arrays.copyOf(v, size * 2);
                w = Arrays.copyOf(w, size * 2);
            }
            v[size] = value;
            w[size] = weight;
            size++;
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
