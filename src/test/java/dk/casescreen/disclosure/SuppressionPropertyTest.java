package dk.casescreen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random small publications (one-way and two-way tables and totals, pooled and per municipality) are
 * protected, then attacked by an independent integer search that does not use linear programming.
 */
class SuppressionPropertyTest {

    /** Builds a random publication; row attribute 0 is the municipality. */
    static Publication randomPublication(Random rnd) {
        int n = 15 + rnd.nextInt(16);
        int attributes = 2 + rnd.nextInt(2);
        int municipalities = 2 + rnd.nextInt(2);
        int[] levels = new int[attributes + 1];
        levels[0] = municipalities;
        for (int a = 1; a <= attributes; a++) {
            levels[a] = 2 + rnd.nextInt(2);
        }
        Universe u = new Universe();
        for (int r = 0; r < n; r++) {
            int[] v = new int[attributes + 1];
            for (int a = 0; a <= attributes; a++) {
                // skewed: level 0 is common, later levels rare, so that small cells occur
                double x = rnd.nextDouble();
                v[a] = Math.min(levels[a] - 1, (int) (levels[a] * x * x));
            }
            u.add(1, v);
        }
        Publication pub = new Publication();
        for (int m = -1; m < municipalities; m++) {
            String g = m < 0 ? "Alle" : "Kommune " + m;
            BitSet group = u.where(0, m);
            pub.add(g + ": i alt", "I alt", "Antal", group);
            for (int a = 1; a <= attributes; a++) {
                for (int l = 0; l < levels[a]; l++) {
                    pub.add(g + ": A" + a, "niveau " + l, "Antal", Universe.and(group, u.where(a, l)));
                }
                for (int b = a + 1; b <= attributes; b++) {
                    for (int la = 0; la < levels[a]; la++) {
                        for (int lb = 0; lb < levels[b]; lb++) {
                            pub.add(g + ": A" + a + "×A" + b, "niveau " + la, "niveau " + lb,
                                    Universe.and(group, u.where(a, la, b, lb)));
                        }
                        pub.add(g + ": A" + a + "×A" + b, "niveau " + la, "I alt",
                                Universe.and(group, u.where(a, la)));
                    }
                }
            }
        }
        return pub;
    }

    /** Primary cells attacked per publication. */
    private static final int SAMPLE = 12;

    @Test
    void protectedPublicationsWithstandAnIntegerAttacker() {
        Random rnd = new Random(20240611L);
        int primaries = 0;
        int checked = 0;
        int naiveLeaks = 0;
        for (int instance = 0; instance < 30; instance++) {
            Publication pub = randomPublication(rnd);
            int threshold = instance % 4 == 0 ? 3 : 5;
            SuppressionPlan plan = Suppression.protect(pub, threshold);
            assertTrue(DisclosureAudit.audit(pub, plan).passed(), "instance " + instance);
            for (CellRef c : pub.cells()) {
                boolean small = c.count() > 0 && c.count() < threshold;
                assertEquals(small, plan.status(c) == CellStatus.PRIMARY, c + " in instance " + instance);
            }
            IntegerAttacker attacker = new IntegerAttacker(pub, plan::isSuppressed);
            // the attacker must be able to fail: with only the small counts hidden it finds some of them
            IntegerAttacker naive = new IntegerAttacker(pub, c -> plan.status(c) == CellStatus.PRIMARY);
            for (CellRef p : plan.primary().subList(0, Math.min(3, plan.primary().size()))) {
                if (naive.attack(p, threshold) == IntegerAttacker.Outcome.DISCLOSED) {
                    naiveLeaks++;
                }
            }
            List<CellRef> sample = new ArrayList<>(plan.primary());
            java.util.Collections.shuffle(sample, rnd);
            for (CellRef p : sample.subList(0, Math.min(SAMPLE, sample.size()))) {
                primaries++;
                IntegerAttacker.Outcome o = attacker.attack(p, threshold);
                if (o == IntegerAttacker.Outcome.DISCLOSED) {
                    fail("instance " + instance + ": the integer attacker pins " + p + " to less than "
                            + threshold + " values");
                }
                if (o == IntegerAttacker.Outcome.PROTECTED) {
                    checked++;
                }
            }
        }
        assertTrue(naiveLeaks > 10, "the attacker found too few leaks without secondary suppression: " + naiveLeaks);
        assertTrue(primaries > 150, "too few primary cells to mean anything: " + primaries);
        // the search has a node budget; it settles about three in four cells within it
        assertTrue(checked >= 0.66 * primaries, "the attacker gave up too often: " + checked + " of " + primaries);
    }

    /**
     * Searches integer values of the atoms (rows grouped by the cells they are in) that agree with every shown
     * count, for two solutions whose values of the attacked cell differ by at least the threshold.
     */
    static final class IntegerAttacker {
        enum Outcome { PROTECTED, DISCLOSED, GAVE_UP }

        private static final long BUDGET = 50_000;
        private final List<CellRef> cells;
        private final boolean[] shown;
        private final List<int[]> atomCells = new ArrayList<>();
        private final int[] cellCount;

        IntegerAttacker(Publication pub, java.util.function.Predicate<CellRef> suppressed) {
            cells = pub.cells();
            shown = new boolean[cells.size()];
            cellCount = new int[cells.size()];
            Map<String, int[]> bySignature = new HashMap<>();
            int n = pub.universeSize();
            for (int i = 0; i < cells.size(); i++) {
                shown[i] = !suppressed.test(cells.get(i));
                cellCount[i] = cells.get(i).count();
            }
            for (int r = 0; r < n; r++) {
                List<Integer> sig = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).members().get(r)) {
                        sig.add(i);
                    }
                }
                if (!sig.isEmpty()) {
                    bySignature.computeIfAbsent(sig.toString(),
                            k -> sig.stream().mapToInt(Integer::intValue).toArray());
                }
            }
            atomCells.addAll(bySignature.values());
        }

        private int target;
        private int[] order;
        private int[] residual;
        private int[] remaining;
        private long nodes;
        private int threshold;

        Outcome attack(CellRef cell, int threshold) {
            this.threshold = threshold;
            target = cells.indexOf(cell);
            List<Integer> inTarget = new ArrayList<>();
            for (int a = 0; a < atomCells.size(); a++) {
                if (contains(atomCells.get(a), target)) {
                    inTarget.add(a);
                    boolean constrained = false;
                    for (int c : atomCells.get(a)) {
                        constrained |= shown[c];
                    }
                    if (!constrained) {
                        return Outcome.PROTECTED; // raise that atom freely
                    }
                }
            }
            // the atoms linked to the target through shown cells, in the order they are reached
            List<Integer> reached = new ArrayList<>(inTarget);
            boolean[] seen = new boolean[atomCells.size()];
            inTarget.forEach(a -> seen[a] = true);
            for (int i = 0; i < reached.size(); i++) {
                for (int c : atomCells.get(reached.get(i))) {
                    if (!shown[c]) {
                        continue;
                    }
                    for (int b = 0; b < atomCells.size(); b++) {
                        if (!seen[b] && contains(atomCells.get(b), c)) {
                            seen[b] = true;
                            reached.add(b);
                        }
                    }
                }
            }
            order = reached.stream().mapToInt(Integer::intValue).toArray();
            residual = cellCount.clone();
            remaining = new int[cells.size()];
            assigned = new boolean[atomCells.size()];
            isTarget = new boolean[atomCells.size()];
            inTarget.forEach(a -> isTarget[a] = true);
            componentCells = new ArrayList<>();
            cellAtoms = new HashMap<>();
            for (int a : order) {
                for (int c : atomCells.get(a)) {
                    if (shown[c]) {
                        if (remaining[c]++ == 0) {
                            componentCells.add(c);
                        }
                        cellAtoms.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
                    }
                }
            }
            targetList = inTarget.stream().mapToInt(Integer::intValue).toArray();
            nodes = 0;
            try {
                // quick dives: the first solution found with the target's atoms high, then low
                int high = dive(true);
                int low = dive(false);
                if (high - low >= threshold) {
                    return Outcome.PROTECTED;
                }
                nodes = 0;
                best = high;
                search(0, 0, true);
                int hi = best;
                if (hi == Integer.MIN_VALUE) {
                    throw new IllegalStateException("the true counts were not found feasible");
                }
                best = Integer.MAX_VALUE;
                goal = hi - threshold;
                search(0, 0, false);
                return Outcome.DISCLOSED;
            } catch (Found f) {
                return Outcome.PROTECTED;
            } catch (GiveUp g) {
                return Outcome.GAVE_UP;
            }
        }

        private boolean firstOnly;

        private int dive(boolean high) {
            firstOnly = true;
            best = high ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            try {
                search(0, 0, high);
            } catch (Found f) {
                // best holds the first solution's value
            } finally {
                firstOnly = false;
            }
            return best;
        }

        private boolean[] assigned;
        private boolean[] isTarget;
        private int[] targetList;
        private List<Integer> componentCells;
        private Map<Integer, List<Integer>> cellAtoms;
        private int best;
        /** The minimising search stops at a solution at most this large. */
        private int goal = Integer.MIN_VALUE;

        private static final class Found extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }

        private static final class GiveUp extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }

        private int upper(int a) {
            int ub = Integer.MAX_VALUE;
            for (int c : atomCells.get(a)) {
                if (shown[c]) {
                    ub = Math.min(ub, residual[c]);
                }
            }
            return ub;
        }

        /**
         * Branch and bound over the atoms, always next an atom of the shown cell with the fewest atoms left
         * (a cell with one left fixes it): the max (high) or min of the target's count.
         */
        private void search(int done, int value, boolean high) {
            if (++nodes > BUDGET) {
                throw new GiveUp();
            }
            if (high) {
                int bound = value;
                for (int a : targetList) {
                    if (!assigned[a]) {
                        bound += upper(a);
                    }
                }
                if (bound <= best) {
                    return;
                }
            } else if (value >= best) {
                return;
            }
            if (done == order.length) {
                best = value;
                if (firstOnly || (!high && value <= goal)) {
                    throw new Found();
                }
                return;
            }
            int cell = -1;
            for (int c : componentCells) {
                if (remaining[c] > 0 && (cell < 0 || remaining[c] < remaining[cell])) {
                    cell = c;
                }
            }
            int a = -1;
            for (int b : cellAtoms.get(cell)) {
                if (!assigned[b]) {
                    a = b;
                    break;
                }
            }
            int[] cs = atomCells.get(a);
            int ub = upper(a);
            int lb = 0;
            for (int c : cs) {
                if (shown[c] && remaining[c] == 1) {
                    lb = Math.max(lb, residual[c]);
                }
            }
            boolean inT = isTarget[a];
            assigned[a] = true;
            try {
                for (int k = 0; k <= ub - lb; k++) {
                    int x = inT == high ? ub - k : lb + k;
                    for (int c : cs) {
                        residual[c] -= x;
                        remaining[c]--;
                    }
                    try {
                        if (stillFillable(cs)) {
                            search(done + 1, value + (inT ? x : 0), high);
                        }
                    } finally {
                        for (int c : cs) {
                            residual[c] += x;
                            remaining[c]++;
                        }
                    }
                }
            } finally {
                assigned[a] = false;
            }
        }

        /** Whether each shown cell of the atom just set can still reach its count with its atoms left. */
        private boolean stillFillable(int[] cs) {
            for (int c : cs) {
                if (shown[c] && remaining[c] > 0) {
                    long room = 0;
                    for (int b : cellAtoms.get(c)) {
                        if (!assigned[b]) {
                            room += upper(b);
                        }
                    }
                    if (room < residual[c]) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean contains(int[] sorted, int c) {
            return java.util.Arrays.binarySearch(sorted, c) >= 0;
        }
    }
}
