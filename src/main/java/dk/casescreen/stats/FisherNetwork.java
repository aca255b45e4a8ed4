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
 * of the paths that reached it ("past" values, merged when equal to 1e-9: {@link FisherPasts}),
 * with their weights. For every node the longest and shortest remaining paths are computed exactly
 * (in closed form with two columns left, {@link FisherTwoColumns}; before that by the stage-wise
 * recursion over the column's allocations, memoised), so that a past value whose every completion is as or less probable than the
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
        Map<Long, FisherPasts> current = new HashMap<>();
        FisherPasts root = new FisherPasts(rowTotals.clone());
        root.add(0, 1);
        current.put(key(root.rows), root);
        for (int s = 0; s < c - 2; s++) {
            Map<Long, FisherPasts> next = new HashMap<>();
            for (FisherPasts node : current.values()) {
                expand(node, s, next);
            }
            current = next;
        }
        for (FisherPasts node : current.values()) {
            finish(node);
        }
        return sum + compensation;
    }

    /** Moves the undecided pasts of a node at stage s to its daughters at stage s + 1. */
    private void expand(FisherPasts node, int s, Map<Long, FisherPasts> next) {
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
                FisherPasts daughter = next.get(key);
                if (daughter == null) {
                    daughter = new FisherPasts(child.clone());
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
    private void finish(FisherPasts node) {
        node.sortAndMerge();
        FisherPasts completions = completions(node.rows, columns[c - 2]);
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
    private FisherPasts completions(int[] rows, int column) {
        FisherPasts values = new FisherPasts(rows);
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
            found[0] = -FisherTwoColumns.mostConcentrated(rows, columns[s], lf);
            found[1] = -FisherTwoColumns.mostEven(rows, columns[s], lf);
            spend(r + (1L << Math.min(r, 20)));
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
}
