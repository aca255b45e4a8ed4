package dk.casescreen.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * The attacker: the protection interval of a cell given which cells are shown, by linear programming over
 * the atoms (τ-ARGUS / sdcTable, Hundepool et al. 2012, §4.3). Shown cells fix their atom sums, suppressed
 * cells are unknown, atoms are non-negative. The LP is cut down to the target's connected component of the
 * atom–shown-cell graph, atoms with the same shown cells (and the same membership of the target) are merged,
 * duplicate and linearly dependent constraints are dropped.
 */
final class Attack {

    static {
        // ojAlgo prints a notice about unknown hardware to standard output unless asked not to: a command's
        // output (a report's path, a JSON document) must hold nothing else
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    /** LP optima are rounded to this before widths are compared. */
    static final double ROUND = 1e-6;
    private static final double PIVOT_EPS = 1e-9;

    private final AtomModel m;
    /** Which cells the attacker sees; the caller may change it between questions. */
    final boolean[] shown;
    /**
     * The last problem built by {@link #protectedEnough} or {@link #evidence}, with the target and the shown
     * cells it was built for: suppression asks for the evidence right after finding a cell unprotected, over
     * the same shown cells. Only those two (called one at a time) use it; the audit's parallel bounds do not.
     */
    private Problem last;
    private int lastTarget = -1;
    private boolean[] lastShown;

    Attack(AtomModel m, boolean[] shown) {
        this.m = m;
        this.shown = shown;
    }

    private Problem problem(int target) {
        if (last == null || lastTarget != target || !Arrays.equals(lastShown, shown)) {
            last = new Problem(target);
            lastTarget = target;
            lastShown = shown.clone();
        }
        return last;
    }

    /** A protection interval; {@code upper} is +∞ when the cell has cases that no shown cell constrains. */
    record Bounds(double lower, double upper) {
        double width() {
            return upper - lower;
        }
    }

    /** The reduced LP around one target cell. */
    private final class Problem {
        boolean freeInTarget;
        /** The target's count over constrained atoms: its true value, since free atoms are taken as 0 here. */
        int value;
        int vars;
        double[] objective;
        final List<double[]> rows = new ArrayList<>();
        final List<Double> rhs = new ArrayList<>();
        /** The rows as sets of variables (every coefficient is 1) and the target's variables: the LP's identity. */
        final List<BitSet> rowSets = new ArrayList<>();
        final BitSet targetSet = new BitSet();
        /** For each independent row, the shown cells with the same member set. */
        final List<int[]> rowCells = new ArrayList<>();
        final List<Integer> componentCells = new ArrayList<>();
        boolean pinned;

        /*
         * The steps are methods of their own: as one constructor, the JIT compiler compiled it whole again for
         * each of its hot loops (on-stack replacement), about 1.5 s of compilation in a demo.
         */
        Problem(int target) {
            List<Integer> atoms = component(target);
            int[] varOf = mergeAtoms(atoms, target);
            keepIndependentRows(rowsByMembers(varOf));
        }

        /** The constrained atoms of the target's component, filling value, freeInTarget and componentCells. */
        private List<Integer> component(int target) {
            boolean[] atomSeen = new boolean[m.atomCount()];
            boolean[] cellSeen = new boolean[m.cellCount];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int a : m.cellAtoms[target]) {
                if (constrained(a)) {
                    atomSeen[a] = true;
                    queue.add(a);
                    value += m.atomSize[a];
                } else {
                    freeInTarget = true;
                }
            }
            List<Integer> atoms = new ArrayList<>();
            while (!queue.isEmpty()) {
                int a = queue.poll();
                atoms.add(a);
                for (int c : m.atomCells[a]) {
                    if (shown[c] && !cellSeen[c]) {
                        cellSeen[c] = true;
                        componentCells.add(c);
                        for (int b : m.cellAtoms[c]) {
                            if (!atomSeen[b]) {
                                atomSeen[b] = true;
                                queue.add(b);
                            }
                        }
                    }
                }
            }
            return atoms;
        }

        /**
         * Merges atoms with the same shown cells and the same membership of the target into one variable each,
         * filling vars, objective and targetSet; returns each atom's variable.
         */
        private int[] mergeAtoms(List<Integer> atoms, int target) {
            int[] varOf = new int[m.atomCount()];
            Map<AtomModel.Signature, Integer> merged = new HashMap<>();
            List<Boolean> inTarget = new ArrayList<>();
            int[] buf = new int[m.cellCount + 1];
            for (int a : atoms) {
                int len = 0;
                boolean in = false;
                for (int c : m.atomCells[a]) {
                    if (shown[c]) {
                        buf[len++] = c;
                    } else if (c == target) {
                        in = true;
                    }
                }
                buf[len++] = in ? -1 : -2;
                AtomModel.Signature key = new AtomModel.Signature(Arrays.copyOf(buf, len));
                Integer v = merged.get(key);
                if (v == null) {
                    v = merged.size();
                    merged.put(key, v);
                    inTarget.add(in);
                }
                varOf[a] = v;
            }
            vars = merged.size();
            objective = new double[vars];
            for (int v = 0; v < vars; v++) {
                objective[v] = inTarget.get(v) ? 1 : 0;
                targetSet.set(v, inTarget.get(v));
            }
            return varOf;
        }

        /** The component's shown cells grouped by their set of variables, in the order they were reached. */
        private Map<BitSet, List<Integer>> rowsByMembers(int[] varOf) {
            Map<BitSet, List<Integer>> groups = new LinkedHashMap<>();
            for (int c : componentCells) {
                BitSet row = new BitSet(vars);
                for (int a : m.cellAtoms[c]) {
                    row.set(varOf[a]);
                }
                groups.computeIfAbsent(row, r -> new ArrayList<>()).add(c);
            }
            return groups;
        }

        /**
         * One constraint per distinct member set, keeping only those independent of the ones before (rows, rhs,
         * rowSets, rowCells), and whether the objective lies in their span (pinned).
         */
        private void keepIndependentRows(Map<BitSet, List<Integer>> groups) {
            List<double[]> echelon = new ArrayList<>();
            List<Integer> pivots = new ArrayList<>();
            for (Map.Entry<BitSet, List<Integer>> g : groups.entrySet()) {
                double[] row = new double[vars];
                for (int v = g.getKey().nextSetBit(0); v >= 0; v = g.getKey().nextSetBit(v + 1)) {
                    row[v] = 1;
                }
                if (reduceAndAdd(row.clone(), echelon, pivots)) {
                    rows.add(row);
                    rowSets.add(g.getKey());
                    rhs.add((double) m.count[g.getValue().get(0)]);
                    rowCells.add(g.getValue().stream().mapToInt(Integer::intValue).toArray());
                }
            }
            double[] obj = objective.clone();
            reduce(obj, echelon, pivots);
            pinned = maxAbs(obj) < PIVOT_EPS;
        }
    }

    private boolean constrained(int atom) {
        for (int c : m.atomCells[atom]) {
            if (shown[c]) {
                return true;
            }
        }
        return false;
    }

    private static void reduce(double[] row, List<double[]> echelon, List<Integer> pivots) {
        for (int i = 0; i < echelon.size(); i++) {
            int p = pivots.get(i);
            double f = row[p];
            if (f != 0) {
                double[] e = echelon.get(i);
                for (int j = 0; j < row.length; j++) {
                    row[j] -= f * e[j];
                }
            }
        }
    }

    private static double maxAbs(double[] row) {
        double best = 0;
        for (double x : row) {
            best = Math.max(best, Math.abs(x));
        }
        return best;
    }

    private static boolean reduceAndAdd(double[] row, List<double[]> echelon, List<Integer> pivots) {
        reduce(row, echelon, pivots);
        int p = -1;
        double best = PIVOT_EPS;
        for (int j = 0; j < row.length; j++) {
            if (Math.abs(row[j]) > best) {
                best = Math.abs(row[j]);
                p = j;
            }
        }
        if (p < 0) {
            return false;
        }
        double f = row[p];
        for (int j = 0; j < row.length; j++) {
            row[j] /= f;
        }
        echelon.add(row);
        pivots.add(p);
        return true;
    }

    /** The exact protection interval of {@code target}, a suppressed cell. */
    Bounds bounds(int target) {
        Problem pr = new Problem(target);
        if (pr.vars == 0 || pr.pinned) {
            return new Bounds(pr.value, pr.freeInTarget ? Double.POSITIVE_INFINITY : pr.value);
        }
        double lower = round(solve(pr, GoalType.MINIMIZE));
        double upper = pr.freeInTarget ? Double.POSITIVE_INFINITY : round(solve(pr, GoalType.MAXIMIZE));
        return new Bounds(lower, upper);
    }

    /**
     * Whether {@code target}'s protection interval is at least {@code threshold} wide; cheaper than bounds. The
     * lower limit's LP runs beside the upper one's on another core, as it is needed whenever the upper limit
     * alone does not decide (and then, with its dual, again for the evidence).
     */
    boolean protectedEnough(int target, int threshold) {
        Problem pr = problem(target);
        if (pr.freeInTarget) {
            return true;
        }
        if (pr.pinned) {
            return false;
        }
        CompletableFuture<SolvedPrograms.Optimum> lowest = CompletableFuture.supplyAsync(() -> program(pr, GoalType.MINIMIZE));
        double upper = round(solve(pr, GoalType.MAXIMIZE));
        if (upper - pr.value >= threshold) {
            return true; // the lower limit is at most the true value
        }
        return upper - round(lowest.join().value()) >= threshold;
    }

    /**
     * The shown cells that the attacker's bounds on {@code target} rest on (the support of optimal dual
     * solutions of the two LPs), then the rest of the target's component.
     */
    List<int[]> evidence(int target) {
        Problem pr = problem(target);
        List<int[]> out = new ArrayList<>();
        BitSet used = new BitSet();
        if (pr.vars > 0) {
            if (!pr.freeInTarget) {
                used.or(dualSupport(pr, GoalType.MAXIMIZE));
            }
            used.or(dualSupport(pr, GoalType.MINIMIZE));
        }
        for (int r = used.nextSetBit(0); r >= 0; r = used.nextSetBit(r + 1)) {
            out.add(pr.rowCells.get(r));
        }
        out.add(pr.componentCells.stream().mapToInt(Integer::intValue).toArray());
        return out;
    }

    private static double round(double x) {
        return Math.rint(x / ROUND) * ROUND;
    }

    /**
     * The optimum of the target over the problem's polytope, by ojAlgo's simplex (robust where Commons Math's
     * dense tableau cycles or runs out of iterations on large degenerate problems).
     */
    private static double solve(Problem pr, GoalType goal) {
        return program(pr, goal).value();
    }

    /**
     * Rows with a non-zero value in the optimal dual solution that the simplex ends with (its multipliers) for
     * the max (or min) LP: the shown cells the attacker's bound rests on. Empty when the program is unbounded,
     * and the caller falls back to the component.
     */
    private static BitSet dualSupport(Problem pr, GoalType primalGoal) {
        return program(pr, primalGoal).dualSupport();
    }

    private static SolvedPrograms.Optimum program(Problem pr, GoalType goal) {
        return SolvedPrograms.optimum(new SolvedPrograms.Key(goal, pr.vars, pr.targetSet, pr.rowSets, pr.rhs),
                () -> simplex(pr, goal));
    }

    /**
     * Solves the LP in standard form (minimise c·x subject to Ax = b, x ≥ 0; a maximum as the minimum of −c·x) with
     * ojAlgo's simplex, built directly rather than through its modelling layer (whose presolve and bookkeeping
     * cost as much as the simplex on these programs).
     */
    private static SolvedPrograms.Optimum simplex(Problem pr, GoalType goal) {
        return optimum(pr, goal, standardForm(pr, goal).build().solve());
    }

    /** The program in ojAlgo's standard form: minimise c·x, Ax = b, x ≥ 0. */
    private static LinearSolver.Builder standardForm(Problem pr, GoalType goal) {
        double sign = goal == GoalType.MAXIMIZE ? -1 : 1;
        double[] cost = new double[pr.vars];
        for (int v = 0; v < pr.vars; v++) {
            cost[v] = sign * pr.objective[v];
        }
        LinearSolver.Builder program = LinearSolver.newStandardBuilder(cost);
        for (int i = 0; i < pr.rows.size(); i++) {
            program.equality(pr.rhs.get(i), pr.rows.get(i));
        }
        return program;
    }

    /** The optimum the simplex found and the rows with a non-zero multiplier. */
    private static SolvedPrograms.Optimum optimum(Problem pr, GoalType goal, Optimisation.Result result) {
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return new SolvedPrograms.Optimum(
                    goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, new BitSet());
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("The audit's linear program failed: " + result.getState());
        }
        double value = 0;
        for (int v = 0; v < pr.vars; v++) {
            value += pr.objective[v] * result.doubleValue(v);
        }
        BitSet support = new BitSet();
        result.getMultipliers().ifPresent(multipliers -> {
            for (int i = 0; i < pr.rows.size(); i++) {
                if (Math.abs(multipliers.doubleValue(i)) > ROUND) {
                    support.set(i);
                }
            }
        });
        return new SolvedPrograms.Optimum(value, support);
    }

    /** Whether to maximise or minimise. */
    enum GoalType {
        /** The upper end of an interval. */
        MAXIMIZE,
        /** The lower end. */
        MINIMIZE
    }
}
