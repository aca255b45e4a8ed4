package dk.casescreen.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attacker: the protection interval of a cell given which cells are shown, by linear programming over
 * the atoms (τ-ARGUS / sdcTable, Hundepool et al. 2012, §4.3). Shown cells fix their atom sums, suppressed
 * cells are unknown, atoms are non-negative.
 *
 * <p>The shown cells with the same members make one constraint; the atoms and constraints fall into
 * connected parts, and each part has one {@link AtomProgram}, made when a question first needs it, that
 * answers every question about the part's atoms. Hiding a cell relaxes its constraint in place; showing a
 * cell that was hidden when the programs were made makes them again. Not safe for use by two threads at once.
 */
final class Attack {

    /** LP optima are rounded to this before widths are compared. */
    static final double ROUND = 1e-6;
    /** Pivots after which a part's program is made again from the counts, before rounding errors pile up. */
    static final long REFRESH = 20_000;

    private final AtomModel m;
    /** Which cells the attacker sees; the caller may change it between questions. */
    final boolean[] shown;
    /** The shown cells the programs were last brought up to date with. */
    private boolean[] synced;
    /** Each atom's part, -1 for an atom in no shown cell when the parts were made. */
    private int[] partOf;
    /** Each atom's column in its part's program. */
    private int[] columnOf;
    /** Each cell's constraint (its part's row), -1 for a cell hidden or empty when the parts were made. */
    private int[] rowOf;
    private List<Part> parts;
    /** The target and shown cells of the last question, with its two answers (null when not asked). */
    private int lastTarget = -1;
    private boolean[] lastShown;
    private Answer lastUpper;
    private Answer lastLower;

    Attack(AtomModel m, boolean[] shown) {
        this.m = m;
        this.shown = shown;
    }

    /** A protection interval; {@code upper} is +∞ when the cell has cases that no shown cell constrains. */
    record Bounds(double lower, double upper) {
        double width() {
            return upper - lower;
        }
    }

    /** An optimum over the target's parts, with the shown cells its dual values rest on. */
    private record Answer(double value, List<int[]> evidence) {
    }

    /** One connected part: its atoms, its constraints (member sets of shown cells) and, once needed, its program. */
    private static final class Part {
        /** Its atoms: the program's columns. */
        int columns;
        final List<int[]> rowColumns = new ArrayList<>();
        final List<Integer> rowCounts = new ArrayList<>();
        /** The cells of each constraint (those shown when the parts were made). */
        final List<List<Integer>> rowCells = new ArrayList<>();
        /** How many of each constraint's cells are shown. */
        int[] live;
        AtomProgram program;
    }

    /** The exact protection interval of {@code target}, a suppressed cell. */
    Bounds bounds(int target) {
        boolean free = freeIn(target);
        double lower = round(answer(target, false).value);
        double upper = free ? Double.POSITIVE_INFINITY : round(answer(target, true).value);
        return new Bounds(lower, upper);
    }

    /** Whether {@code target}'s protection interval is at least {@code threshold} wide; cheaper than bounds. */
    boolean protectedEnough(int target, int threshold) {
        if (freeIn(target)) {
            return true;
        }
        int value = m.count[target];
        double upper = round(answer(target, true).value);
        if (upper - value >= threshold) {
            return true; // the lower limit is at most the true value
        }
        return upper - round(answer(target, false).value) >= threshold;
    }

    /**
     * The shown cells that the attacker's bounds on {@code target} rest on (the support of the optimal dual
     * solutions of the two LPs), then the rest of the target's component.
     */
    List<int[]> evidence(int target) {
        List<int[]> out = new ArrayList<>();
        if (!freeIn(target)) {
            out.addAll(answer(target, true).evidence);
        }
        out.addAll(answer(target, false).evidence);
        out.add(component(target));
        return out;
    }

    /** Whether some case of {@code target} is in no shown cell (its count has no upper limit). */
    private boolean freeIn(int target) {
        for (int a : m.cellAtoms[target]) {
            if (!constrained(a)) {
                return true;
            }
        }
        return false;
    }

    /** The largest or smallest value of the target's constrained atoms, remembered for the same shown cells. */
    private Answer answer(int target, boolean upper) {
        if (target != lastTarget || !Arrays.equals(shown, lastShown)) {
            lastTarget = target;
            lastShown = shown.clone();
            lastUpper = null;
            lastLower = null;
        }
        Answer known = upper ? lastUpper : lastLower;
        if (known == null) {
            known = solve(target, upper);
            if (upper) {
                lastUpper = known;
            } else {
                lastLower = known;
            }
        }
        return known;
    }

    private Answer solve(int target, boolean upper) {
        for (int attempt = 0; ; attempt++) {
            sync(attempt > 0);
            try {
                return optimum(target, upper);
            } catch (AtomProgram.Unreliable e) {
                if (attempt > 0) {
                    throw new IllegalStateException("The audit's linear program failed: " + e.getMessage(), e);
                }
            }
        }
    }

    /** The optimum over every part holding an atom of the target that a shown cell constrains. */
    private Answer optimum(int target, boolean upper) {
        Map<Integer, List<Integer>> byPart = new LinkedHashMap<>();
        for (int a : m.cellAtoms[target]) {
            int p = partOf[a];
            if (p >= 0 && constrained(a)) {
                byPart.computeIfAbsent(p, k -> new ArrayList<>()).add(columnOf[a]);
            }
        }
        double value = 0;
        List<int[]> evidence = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byPart.entrySet()) {
            Part part = parts.get(e.getKey());
            AtomProgram.Optimum o = program(part).optimise(e.getValue().stream().mapToInt(Integer::intValue).toArray(), upper);
            value += o.value();
            BitSet rows = o.dualRows();
            for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
                evidence.add(part.rowCells.get(r).stream().mapToInt(Integer::intValue).filter(c -> shown[c]).toArray());
            }
        }
        return new Answer(value, evidence);
    }

    private boolean constrained(int atom) {
        for (int c : m.atomCells[atom]) {
            if (shown[c]) {
                return true;
            }
        }
        return false;
    }

    /** The part's program, made when first needed or again when it has pivoted long enough. */
    private AtomProgram program(Part part) {
        if (part.program == null || part.program.pivots() > REFRESH) {
            int[] counts = part.rowCounts.stream().mapToInt(Integer::intValue).toArray();
            part.program = new AtomProgram(part.columns, part.rowColumns.toArray(int[][]::new), counts);
            for (int r = 0; r < part.live.length; r++) {
                if (part.live[r] == 0) {
                    part.program.relax(r);
                }
            }
        }
        return part.program;
    }

    /**
     * Brings the parts up to date with the shown cells: relaxes the constraints whose cells are all hidden
     * now, binds again those with a cell shown again, and makes the parts anew when that cannot be done in
     * place (a cell shown that had no constraint, a basis that breaks a constraint bound again) or when
     * {@code anew}.
     */
    private void sync(boolean anew) {
        if (parts == null || anew) {
            makeParts();
            return;
        }
        for (int c = 0; c < shown.length; c++) {
            if (shown[c] == synced[c]) {
                continue;
            }
            if (rowOf[c] < 0) {
                if (m.count[c] > 0) {
                    makeParts();
                    return;
                }
                continue; // an empty cell constrains no atom
            }
            Part part = parts.get(partOf[m.cellAtoms[c][0]]);
            int r = rowOf[c];
            if (shown[c]) {
                if (part.live[r]++ == 0 && part.program != null && !part.program.restore(r)) {
                    makeParts();
                    return;
                }
            } else if (--part.live[r] == 0 && part.program != null) {
                part.program.relax(r);
            }
        }
        synced = shown.clone();
    }

    /** Groups the shown cells by member set and the atoms and member sets into connected parts. */
    private void makeParts() {
        int atoms = m.atomCount();
        int[] parent = new int[atoms];
        for (int a = 0; a < atoms; a++) {
            parent[a] = a;
        }
        Map<AtomModel.Signature, Integer> rowByMembers = new HashMap<>();
        List<int[]> rowAtoms = new ArrayList<>();
        List<List<Integer>> rowCells = new ArrayList<>();
        rowOf = new int[m.cellCount];
        Arrays.fill(rowOf, -1);
        for (int c = 0; c < m.cellCount; c++) {
            int[] members = m.cellAtoms[c];
            if (!shown[c] || members.length == 0) {
                continue;
            }
            Integer r = rowByMembers.get(new AtomModel.Signature(members));
            if (r == null) {
                r = rowAtoms.size();
                rowByMembers.put(new AtomModel.Signature(members), r);
                rowAtoms.add(members);
                rowCells.add(new ArrayList<>());
                for (int a : members) {
                    union(parent, members[0], a);
                }
            }
            rowCells.get(r).add(c);
            rowOf[c] = r;
        }
        partOf = new int[atoms];
        columnOf = new int[atoms];
        Arrays.fill(partOf, -1);
        parts = new ArrayList<>();
        Map<Integer, Integer> partOfRoot = new HashMap<>();
        boolean[] inRow = new boolean[atoms];
        for (int[] members : rowAtoms) {
            for (int a : members) {
                inRow[a] = true;
            }
        }
        for (int a = 0; a < atoms; a++) {
            if (inRow[a]) {
                int p = partOfRoot.computeIfAbsent(find(parent, a), k -> {
                    parts.add(new Part());
                    return parts.size() - 1;
                });
                partOf[a] = p;
                columnOf[a] = parts.get(p).columns++;
            }
        }
        int[] rowInPart = new int[rowAtoms.size()];
        for (int r = 0; r < rowAtoms.size(); r++) {
            int[] members = rowAtoms.get(r);
            Part part = parts.get(partOf[members[0]]);
            int[] columns = new int[members.length];
            for (int k = 0; k < members.length; k++) {
                columns[k] = columnOf[members[k]];
            }
            rowInPart[r] = part.rowColumns.size();
            part.rowColumns.add(columns);
            part.rowCounts.add(m.count[rowCells.get(r).get(0)]);
            part.rowCells.add(rowCells.get(r));
        }
        for (Part part : parts) {
            part.live = new int[part.rowColumns.size()];
        }
        for (int c = 0; c < m.cellCount; c++) {
            if (rowOf[c] >= 0) {
                rowOf[c] = rowInPart[rowOf[c]];
                parts.get(partOf[m.cellAtoms[c][0]]).live[rowOf[c]]++;
            }
        }
        synced = shown.clone();
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    /** The shown cells connected to the target through atoms they share (the target's component). */
    private int[] component(int target) {
        boolean[] atomSeen = new boolean[m.atomCount()];
        boolean[] cellSeen = new boolean[m.cellCount];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a : m.cellAtoms[target]) {
            if (constrained(a)) {
                atomSeen[a] = true;
                queue.add(a);
            }
        }
        List<Integer> cells = new ArrayList<>();
        while (!queue.isEmpty()) {
            int a = queue.poll();
            for (int c : m.atomCells[a]) {
                if (shown[c] && !cellSeen[c]) {
                    cellSeen[c] = true;
                    cells.add(c);
                    for (int b : m.cellAtoms[c]) {
                        if (!atomSeen[b]) {
                            atomSeen[b] = true;
                            queue.add(b);
                        }
                    }
                }
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double round(double x) {
        return Math.rint(x / ROUND) * ROUND;
    }
}
