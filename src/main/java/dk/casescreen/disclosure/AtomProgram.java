package dk.casescreen.disclosure;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The attacker's linear programs over one connected set of atoms and shown cells: non-negative atom values
 * whose sums over each shown member set equal its count. One simplex basis serves every question asked of
 * the set (the largest and the smallest value of any sum of atoms), and stays feasible when a cell is hidden,
 * so that a question costs a few pivots from the last answer's basis instead of a program solved from
 * nothing.
 *
 * <p>A revised two-phase simplex with the basis inverse kept whole (rows × rows): each step prices the
 * columns from the duals (every coefficient is 1, so a column's reduced cost is its cost less the duals
 * of its rows), and a pivot updates the inverse, not a tableau as wide as the atoms (a national report's
 * part has about 380 rows and 23,000 atoms). Every row has an artificial variable; the first phase finds a
 * feasible basis; after it a row's artificial is fixed at 0 while the row is shown and free (any sign)
 * once the row's cells are hidden ({@link #relax}): the feasible set is then exactly that of the rows still
 * shown, dependent rows included (a dependent row's artificial stays basic at 0 until a row it depends on is
 * relaxed). Entering columns by the largest reduced cost, by Bland's rule after
 * {@value #DEGENERATE_STEPS} steps without progress; every answer's solution is checked against the rows
 * it must satisfy, and a program that fails the check, or stalls, reports it to the caller, which builds it again.
 */
final class AtomProgram {

    /** Reduced costs and pivot elements at most this large count as zero. */
    static final double EPS = 1e-9;
    /** A row sum may miss its count by this much in the check of an answer. */
    private static final double TOLERANCE = 1e-6;
    /** Steps without progress after which entering columns are chosen by Bland's rule (no cycling). */
    static final int DEGENERATE_STEPS = 50;

    /** An answer: the optimum (±∞ when unbounded) and the rows with a non-zero dual value. */
    record Optimum(double value, BitSet dualRows) {
    }

    /** Thrown when the simplex stalls or its solution misses the rows by more than rounding. */
    static final class Unreliable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreliable(String message) {
            super(message, null, false, false);
        }
    }

    private final int m;
    private final int n;
    private final int[][] rowColumns;
    /** Each column's rows (every coefficient is 1). */
    private final int[][] columnRows;
    private final double[] rhs;
    /** The inverse of the basis, row-major (m × m). */
    private final double[] inverse;
    /** The basic variables' values. */
    private final double[] beta;
    private final int[] basis;
    /** Each column's row in the basis, or -1; columns n + i are the rows' artificial variables. */
    private final int[] basicRow;
    private final boolean[] relaxed;
    /** Each column's cost in the program being solved. */
    private final double[] cost;
    private final double[] dual;
    private final double[] entering;
    private boolean feasible;
    private long pivots;

    /**
     * Builds the program and finds a feasible basis.
     *
     * @param columns    the number of variables (atoms)
     * @param rowColumns each row's variables
     * @param rowCounts  each row's count
     * @throws Unreliable when no feasible basis is found (the counts contradict each other, or rounding)
     */
    AtomProgram(int columns, int[][] rowColumns, int[] rowCounts) {
        m = rowColumns.length;
        n = columns;
        this.rowColumns = rowColumns;
        int[] size = new int[n];
        for (int[] row : rowColumns) {
            for (int j : row) {
                size[j]++;
            }
        }
        columnRows = new int[n][];
        for (int j = 0; j < n; j++) {
            columnRows[j] = new int[size[j]];
            size[j] = 0;
        }
        for (int i = 0; i < m; i++) {
            for (int j : rowColumns[i]) {
                columnRows[j][size[j]++] = i;
            }
        }
        rhs = new double[m];
        inverse = new double[m * m];
        beta = new double[m];
        basis = new int[m];
        basicRow = new int[n + m];
        Arrays.fill(basicRow, -1);
        relaxed = new boolean[m];
        cost = new double[n + m];
        dual = new double[m];
        entering = new double[m];
        for (int i = 0; i < m; i++) {
            rhs[i] = rowCounts[i];
            beta[i] = rowCounts[i];
            inverse[i * m + i] = 1;
            basis[i] = n + i;
            basicRow[n + i] = i;
        }
        phaseOne();
    }

    /** Pivots made since the program was built. */
    long pivots() {
        return pivots;
    }

    /** Lets row {@code i} go: its cells are hidden. */
    void relax(int i) {
        relaxed[i] = true;
    }

    /**
     * Binds row {@code i} again (a cell of it is shown again); false when the current basis does not satisfy
     * the row, and the program must be built again.
     */
    boolean restore(int i) {
        int r = basicRow[n + i];
        if (r >= 0 && Math.abs(beta[r]) > TOLERANCE) {
            return false;
        }
        relaxed[i] = false;
        return true;
    }

    /**
     * The largest (or smallest) sum of the variables {@code target} over the rows not relaxed.
     *
     * @throws Unreliable when the simplex stalls or its solution does not satisfy the rows
     */
    Optimum optimise(int[] target, boolean maximise) {
        Arrays.fill(cost, 0);
        for (int j : target) {
            cost[j] = maximise ? -1 : 1;
        }
        boolean bounded = iterate(n + m);
        double[] x = solution();
        check(x);
        if (!bounded) {
            return new Optimum(maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, new BitSet());
        }
        double value = 0;
        for (int j : target) {
            value += x[j];
        }
        duals();
        BitSet rows = new BitSet();
        for (int i = 0; i < m; i++) {
            if (Math.abs(dual[i]) > Attack.ROUND) {
                rows.set(i);
            }
        }
        return new Optimum(value, rows);
    }

    /** Minimises the sum of the artificial variables over the atom columns: a basis of the rows' polytope. */
    private void phaseOne() {
        Arrays.fill(cost, 0);
        Arrays.fill(cost, n, n + m, 1);
        iterate(n);
        double infeasibility = 0;
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                infeasibility += beta[i];
            }
        }
        if (infeasibility > TOLERANCE) {
            throw new Unreliable("no feasible basis: " + infeasibility);
        }
        feasible = true;
    }

    /** The dual values of the current basis: the basic costs times the inverse. */
    private void duals() {
        Arrays.fill(dual, 0);
        for (int i = 0; i < m; i++) {
            double c = cost[basis[i]];
            if (c != 0) {
                int i0 = i * m;
                for (int k = 0; k < m; k++) {
                    dual[k] += c * inverse[i0 + k];
                }
            }
        }
    }

    /** A column's reduced cost under the current duals. */
    private double reducedCost(int j) {
        if (j >= n) {
            return cost[j] - dual[j - n];
        }
        double d = cost[j];
        for (int i : columnRows[j]) {
            d -= dual[i];
        }
        return d;
    }

    /** Simplex steps with entering columns below {@code columns}; false when unbounded. */
    private boolean iterate(int columns) {
        int stalled = 0;
        long limit = 50L * (m + n) + 1000;
        for (long step = 0; ; step++) {
            if (step > limit) {
                throw new Unreliable("no optimum after " + step + " steps");
            }
            duals();
            boolean bland = stalled > DEGENERATE_STEPS;
            int col = -1;
            int dir = 0;
            double best = EPS;
            for (int j = 0; j < columns; j++) {
                if (basicRow[j] >= 0 || (j >= n && feasible && !relaxed[j - n])) {
                    continue; // basic, or a shown row's artificial, which stays at 0
                }
                double d = reducedCost(j);
                int s = d < -EPS ? 1 : j >= n && feasible && d > EPS ? -1 : 0;
                if (s != 0 && Math.abs(d) > best) {
                    col = j;
                    dir = s;
                    best = Math.abs(d);
                    if (bland) {
                        break;
                    }
                }
            }
            if (col < 0) {
                return true;
            }
            column(col);
            int row = leaving(dir);
            if (row < 0) {
                return false;
            }
            stalled = Math.max(0, beta[row]) <= EPS ? stalled + 1 : 0;
            pivot(row, col);
        }
    }

    /** The entering column in terms of the basis: the inverse times the column. */
    private void column(int j) {
        if (j >= n) {
            for (int i = 0; i < m; i++) {
                entering[i] = inverse[i * m + j - n];
            }
            return;
        }
        int[] rows = columnRows[j];
        for (int i = 0; i < m; i++) {
            int i0 = i * m;
            double sum = 0;
            for (int k : rows) {
                sum += inverse[i0 + k];
            }
            entering[i] = sum;
        }
    }

    /** The ratio test: the row whose basic variable first reaches a bound as the entering column moves in {@code dir}; -1 when none does. */
    private int leaving(int dir) {
        int row = -1;
        double ratio = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            int b = basis[i];
            double a = dir * entering[i];
            double r;
            if (b < n || !feasible) {
                if (a <= EPS) {
                    continue;
                }
                r = Math.max(0, beta[i]) / a;
            } else if (relaxed[b - n]) {
                continue; // a free variable never blocks
            } else {
                if (Math.abs(a) <= EPS) {
                    continue;
                }
                r = 0; // a shown row's artificial may not move from 0
            }
            if (r < ratio - 1e-12 || (r <= ratio + 1e-12 && b < basis[row])) {
                ratio = Math.min(ratio, r);
                row = i;
            }
        }
        return row;
    }

    /** Brings the entering column {@code col} into the basis at {@code row}. */
    private void pivot(int row, int col) {
        pivots++;
        double p = entering[row];
        int r0 = row * m;
        for (int k = 0; k < m; k++) {
            inverse[r0 + k] /= p;
        }
        double theta = beta[row] / p;
        for (int i = 0; i < m; i++) {
            double f = entering[i];
            if (i == row || f == 0) {
                continue;
            }
            int i0 = i * m;
            for (int k = 0; k < m; k++) {
                inverse[i0 + k] -= f * inverse[r0 + k];
            }
            beta[i] -= f * theta;
        }
        beta[row] = theta;
        basicRow[basis[row]] = -1;
        basis[row] = col;
        basicRow[col] = row;
    }

    /** The atom values of the current basis. */
    private double[] solution() {
        double[] x = new double[n];
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = beta[i];
            }
        }
        return x;
    }

    /** Checks that {@code x} is non-negative and meets every row not relaxed. */
    private void check(double[] x) {
        for (double v : x) {
            if (v < -TOLERANCE) {
                throw new Unreliable("negative value " + v);
            }
        }
        for (int i = 0; i < m; i++) {
            if (relaxed[i]) {
                continue;
            }
            double sum = 0;
            for (int j : rowColumns[i]) {
                sum += x[j];
            }
            if (Math.abs(sum - rhs[i]) > TOLERANCE) {
                throw new Unreliable("row " + i + " misses its count by " + (sum - rhs[i]));
            }
        }
    }
}
