package dk.casescreen.disclosure;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The attacker's linear programs over one connected set of atoms and shown cells: non-negative atom values
 * whose sums over each shown member set equal its count. One simplex tableau serves every question asked of
 * the set (the largest and the smallest value of any sum of atoms), and stays feasible when a cell is hidden,
 * so that a question costs a few pivots from the last answer's basis instead of a program solved from
 * nothing.
 *
 * <p>The tableau is the two-phase simplex's: the constraint rows, an identity column for each row (its
 * artificial variable) and the right-hand side, below them the reduced costs. The first phase finds a
 * feasible basis; after it an artificial variable is fixed at 0 while its row is shown and free (any sign)
 * once the row's cells are hidden ({@link #relax}): the feasible set is then exactly that of the rows still
 * shown, dependent rows included (a dependent row's artificial stays basic at 0 until a row it depends on is
 * relaxed). Entering columns by the largest reduced cost, by Bland's rule after
 * {@value #DEGENERATE_STEPS} steps without progress; every answer's solution is checked against the rows
 * it must satisfy, and a tableau that fails the check, or stalls, reports it to the caller, which builds it again.
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

    /** Thrown when the tableau stalls or its solution misses the rows by more than rounding. */
    static final class Unreliable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreliable(String message) {
            super(message, null, false, false);
        }
    }

    private final int m;
    private final int n;
    private final int w;
    private final int[][] rowColumns;
    private final double[] rhs;
    private final double[] t;
    private final int[] basis;
    /** Each column's row in the basis, or -1. */
    private final int[] basicRow;
    private final boolean[] relaxed;
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
        w = n + m + 1;
        this.rowColumns = rowColumns;
        rhs = new double[m];
        t = new double[(m + 1) * w];
        basis = new int[m];
        basicRow = new int[n + m];
        Arrays.fill(basicRow, -1);
        relaxed = new boolean[m];
        for (int i = 0; i < m; i++) {
            for (int j : rowColumns[i]) {
                t[i * w + j] = 1;
            }
            t[i * w + n + i] = 1;
            rhs[i] = rowCounts[i];
            t[i * w + w - 1] = rowCounts[i];
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
        if (r >= 0 && Math.abs(t[r * w + w - 1]) > TOLERANCE) {
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
        int z = m * w;
        Arrays.fill(t, z, z + w, 0);
        double cost = maximise ? -1 : 1;
        for (int j : target) {
            t[z + j] = cost;
        }
        for (int j : target) {
            int r = basicRow[j];
            if (r >= 0) {
                subtract(z, r, cost);
            }
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
        BitSet dual = new BitSet();
        for (int i = 0; i < m; i++) {
            // the reduced cost of row i's artificial column is minus its dual value
            if (Math.abs(t[z + n + i]) > Attack.ROUND) {
                dual.set(i);
            }
        }
        return new Optimum(value, dual);
    }

    /** Minimises the sum of the artificial variables over the atom columns: a basis of the rows' polytope. */
    private void phaseOne() {
        int z = m * w;
        for (int i = 0; i < m; i++) {
            subtract(z, i, 1);
            t[z + n + i] += 1;
        }
        iterate(n);
        if (-t[z + w - 1] > TOLERANCE) {
            throw new Unreliable("no feasible basis: " + (-t[z + w - 1]));
        }
        feasible = true;
    }

    /** Row z −= f × row r, over the whole width. */
    private void subtract(int z, int r, double f) {
        int r0 = r * w;
        for (int j = 0; j < w; j++) {
            t[z + j] -= f * t[r0 + j];
        }
    }

    /** Simplex steps with entering columns below {@code columns}; false when unbounded. */
    private boolean iterate(int columns) {
        int z = m * w;
        int stalled = 0;
        long limit = 50L * (m + n) + 1000;
        for (long step = 0; ; step++) {
            if (step > limit) {
                throw new Unreliable("no optimum after " + step + " steps");
            }
            boolean bland = stalled > DEGENERATE_STEPS;
            int col = -1;
            int dir = 0;
            double best = EPS;
            for (int j = 0; j < columns; j++) {
                if (basicRow[j] >= 0) {
                    continue;
                }
                double d = t[z + j];
                int s;
                if (j < n || !feasible) {
                    s = d < -EPS ? 1 : 0;
                } else if (relaxed[j - n]) {
                    s = d < -EPS ? 1 : d > EPS ? -1 : 0;
                } else {
                    s = 0; // a shown row's artificial stays at 0
                }
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
            int row = leaving(col, dir);
            if (row < 0) {
                return false;
            }
            double step0 = Math.max(0, t[row * w + w - 1]);
            stalled = step0 <= EPS ? stalled + 1 : 0;
            pivot(row, col);
        }
    }

    /** The ratio test: the row whose basic variable first reaches a bound as {@code col} moves in {@code dir}; -1 when none does. */
    private int leaving(int col, int dir) {
        int row = -1;
        double ratio = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            int b = basis[i];
            double a = dir * t[i * w + col];
            double r;
            if (b < n || !feasible) {
                if (a <= EPS) {
                    continue;
                }
                r = Math.max(0, t[i * w + w - 1]) / a;
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

    private void pivot(int row, int col) {
        pivots++;
        int r0 = row * w;
        double p = t[r0 + col];
        for (int j = 0; j < w; j++) {
            t[r0 + j] /= p;
        }
        t[r0 + col] = 1;
        for (int i = 0; i <= m; i++) {
            if (i == row) {
                continue;
            }
            int i0 = i * w;
            double f = t[i0 + col];
            if (f != 0) {
                for (int j = 0; j < w; j++) {
                    t[i0 + j] -= f * t[r0 + j];
                }
                t[i0 + col] = 0;
            }
        }
        basicRow[basis[row]] = -1;
        basis[row] = col;
        basicRow[col] = row;
    }

    /** The atom values of the current basis. */
    private double[] solution() {
        double[] x = new double[n];
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = t[i * w + w - 1];
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
