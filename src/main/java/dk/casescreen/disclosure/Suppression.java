package dk.casescreen.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Primary and secondary cell suppression (Hundepool et al. 2012, §4.2–4.4): counts of 1 to threshold−1 are
 * hidden, then further cells are hidden one at a time until {@link DisclosureAudit} finds every small count's
 * protection interval at least threshold wide.
 */
public final class Suppression {

    /** The default threshold: counts of 1 to 4 persons are hidden. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** The smallest threshold allowed. */
    public static final int MINIMUM_THRESHOLD = 3;
    /** Cells counting at least this share of the covered cases (totals) are hidden only when nothing else helps. */
    static final double LARGE_SHARE = 0.5;

    private Suppression() {
    }

    /** Protects with {@link #DEFAULT_THRESHOLD}. */
    public static SuppressionPlan protect(Publication publication) {
        return protect(publication, DEFAULT_THRESHOLD);
    }

    /**
     * Suppresses every count of 1 to threshold−1 (zero is shown) and then enough other cells that none of them
     * can be worked out to within less than threshold from the shown cells, margins and overlapping tables.
     *
     * @throws IllegalArgumentException if threshold is below {@link #MINIMUM_THRESHOLD}
     * @throws DisclosureException      if no suppression pattern protects every small count
     */
    public static SuppressionPlan protect(Publication publication, int threshold) {
        return protect(publication, threshold, Set.of());
    }

    /**
     * As {@link #protect(Publication, int)}, but never hides the cells in {@code keepShown}: cells the reader
     * knows anyway (in a municipality's internal report, the counts of its own cases) are shown as they are,
     * small or not, and only the other cells are protected, against a reader who knows the kept ones; then a
     * plan may not exist.
     *
     * @throws DisclosureException if no suppression pattern protects every small count, naming the first
     *                             table that cannot be protected
     */
    public static SuppressionPlan protect(Publication publication, int threshold, Collection<CellRef> keepShown) {
        checkThreshold(threshold);
        List<CellRef> cells = List.copyOf(publication.cells());
        int k = cells.size();
        boolean[] keep = new boolean[k];
        for (CellRef c : keepShown) {
            keep[publication.indexOf(c)] = true;
        }
        CellStatus[] status = new CellStatus[k];
        for (int i = 0; i < k; i++) {
            int n = cells.get(i).count();
            // a cell the reader knows anyway (their own cases) is shown as it is, small or not
            status[i] = n > 0 && n < threshold && !keep[i] ? CellStatus.PRIMARY : CellStatus.SHOWN;
        }
        // a cell hidden for one group may open another group's small counts, and a hidden cell that groups share
        // joins them: repeat until no group changes and no two groups share a hidden cell
        List<int[]> groups = publication.groups(hidden(status));
        Map<String, String> protectedAs = new HashMap<>();
        boolean changed = true;
        for (int pass = 0; changed; pass++) {
            if (pass > k) {
                throw new IllegalStateException("Suppression did not settle");
            }
            changed = false;
            for (int[] group : groups) {
                // a group whose statuses are as when it was last protected needs no second look
                String key = Arrays.toString(group);
                String now = statusKey(group, status);
                if (now.equals(protectedAs.get(key))) {
                    continue;
                }
                changed |= protectGroup(publication, group, keep, status, threshold);
                protectedAs.put(key, statusKey(group, status));
            }
            List<int[]> merged = publication.groups(hidden(status));
            if (merged.size() != groups.size()) {
                groups = merged;
                changed = true;
            }
        }
        for (int[] group : groups) {
            AuditResult check = DisclosureAudit.auditGroup(cells, group, status, threshold, keep);
            if (!check.passed()) {
                Leak l = check.leaks().getFirst();
                throw new DisclosureException(l.cell(), l.lower(), l.upper());
            }
        }
        return new SuppressionPlan(publication, status, threshold, keep);
    }

    /**
     * Hides cells of one group until each of its small counts is protected within the group; returns whether
     * any cell was hidden. {@code status} is over the whole publication and is updated in place.
     */
    private static boolean protectGroup(Publication publication, int[] group, boolean[] keepAll, CellStatus[] status,
                                        int threshold) {
        List<CellRef> all = publication.cells();
        boolean[] population = new boolean[group.length];
        for (int g = 0; g < group.length; g++) {
            population[g] = publication.isPopulation(group[g]);
        }
        List<CellRef> cells = new ArrayList<>(group.length);
        boolean[] keep = new boolean[group.length];
        boolean[] shown = new boolean[group.length];
        List<Integer> primaries = new ArrayList<>();
        for (int g = 0; g < group.length; g++) {
            int i = group[g];
            cells.add(all.get(i));
            keep[g] = keepAll[i];
            shown[g] = status[i] == CellStatus.SHOWN;
            if (status[i] == CellStatus.PRIMARY) {
                primaries.add(g);
            }
        }
        if (primaries.isEmpty()) {
            return false;
        }
        AtomModel model = AtomModel.of(cells);
        Heuristic h = new Heuristic(cells, model, keep, population);
        Attack attack = new Attack(model, shown);
        boolean changed = false;
        AuditResult audit = null;
        for (int round = 0; round < 3; round++) {
            for (int p : primaries) {
                while (!attack.protectedEnough(p, threshold)) {
                    int c = h.choose(p, attack.evidence(p), shown);
                    if (c < 0) {
                        Attack.Bounds b = attack.bounds(p);
                        throw new DisclosureException(cells.get(p), b.lower(), b.upper());
                    }
                    for (int d : h.sameMembers(c)) {
                        if (shown[d] && !keep[d]) {
                            shown[d] = false;
                            status[group[d]] = CellStatus.SECONDARY;
                            changed = true;
                        }
                    }
                }
            }
            audit = DisclosureAudit.audit(cells, () -> model, localStatus(group, status), threshold, keep);
            if (audit.passed()) {
                return changed;
            }
        }
        Leak l = audit.leaks().get(0);
        throw new DisclosureException(l.cell(), l.lower(), l.upper());
    }

    private static String statusKey(int[] group, CellStatus[] status) {
        StringBuilder b = new StringBuilder(group.length);
        for (int c : group) {
            b.append((char) ('0' + status[c].ordinal()));
        }
        return b.toString();
    }

    static boolean[] hidden(CellStatus[] status) {
        boolean[] hidden = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            hidden[i] = status[i] != CellStatus.SHOWN;
        }
        return hidden;
    }

    private static CellStatus[] localStatus(int[] group, CellStatus[] status) {
        CellStatus[] local = new CellStatus[group.length];
        for (int g = 0; g < group.length; g++) {
            local[g] = status[group[g]];
        }
        return local;
    }

    static void checkThreshold(int threshold) {
        if (threshold < MINIMUM_THRESHOLD) {
            throw new IllegalArgumentException("Threshold " + threshold + " is below " + MINIMUM_THRESHOLD);
        }
    }

    /** Chooses the next complementary cell for a cell that can still be worked out. */
    private static final class Heuristic {
        private final List<CellRef> cells;
        private final AtomModel model;
        private final boolean[] keep;
        private final boolean[] margin;
        private final boolean[] population;
        private final Map<BitSet, List<Integer>> byMembers = new HashMap<>();

        Heuristic(List<CellRef> cells, AtomModel model, boolean[] keep, boolean[] population) {
            this.cells = cells;
            this.model = model;
            this.keep = keep;
            int k = cells.size();
            margin = new boolean[k];
            Map<String, List<Integer>> byTable = new HashMap<>();
            for (int i = 0; i < k; i++) {
                byTable.computeIfAbsent(cells.get(i).table(), t -> new ArrayList<>()).add(i);
                byMembers.computeIfAbsent(cells.get(i).bits(), b -> new ArrayList<>()).add(i);
            }
            // a cell whose twin (same members, hidden with it) is a population count counts as one
            this.population = new boolean[k];
            for (int i = 0; i < k; i++) {
                for (int d : byMembers.get(cells.get(i).bits())) {
                    this.population[i] |= population[d];
                }
            }
            // a margin or total: a cell of its table that holds another, smaller cell of that table
            for (List<Integer> table : byTable.values()) {
                for (int i : table) {
                    BitSet bi = cells.get(i).bits();
                    for (int j : table) {
                        if (i != j && model.count[j] > 0 && model.count[j] < model.count[i]) {
                            BitSet bj = (BitSet) cells.get(j).bits().clone();
                            bj.andNot(bi);
                            if (bj.isEmpty()) {
                                margin[i] = true;
                                break;
                            }
                        }
                    }
                }
            }
        }

        List<Integer> sameMembers(int c) {
            return byMembers.get(cells.get(c).bits());
        }

        /**
         * The best shown cell among those the attacker's bounds rest on, else among the target's component:
         * not a population count shared by every group, not a large total, not a margin, then the smallest count, then one in the target's row or column.
         */
        int choose(int target, List<int[]> evidence, boolean[] shown) {
            Set<Integer> used = new HashSet<>();
            for (int g = 0; g < evidence.size() - 1; g++) {
                for (int c : evidence.get(g)) {
                    used.add(c);
                }
            }
            int best = pick(target, used, shown);
            if (best >= 0 && !population[best]) {
                return best;
            }
            Set<Integer> component = new HashSet<>();
            for (int c : evidence.get(evidence.size() - 1)) {
                component.add(c);
            }
            int wider = pick(target, component, shown);
            // a population count only when nothing else in the component can be hidden
            return wider >= 0 && (best < 0 || !population[wider]) ? wider : best;
        }

        private int pick(int target, Set<Integer> candidates, boolean[] shown) {
            int best = -1;
            long bestKey = Long.MAX_VALUE;
            for (int c : candidates) {
                if (!shown[c] || keep[c] || model.count[c] == 0) {
                    continue;
                }
                long key = key(target, c);
                if (key < bestKey || (key == bestKey && c < best)) {
                    best = c;
                    bestKey = key;
                }
            }
            return best;
        }

        private long key(int target, int c) {
            int n = model.count[c];
            boolean large = n >= LARGE_SHARE * model.covered;
            CellRef t = cells.get(target);
            CellRef x = cells.get(c);
            int tier;
            if (t.table().equals(x.table()) && (t.row().equals(x.row()) || t.column().equals(x.column()))) {
                tier = 0;
            } else if (t.bits().intersects(x.bits())) {
                tier = 1;
            } else {
                tier = 2;
            }
            // a population count is shared by every group of tables: hiding it joins them all, so it comes last
            return ((population[c] ? 1L : 0L) << 61) | ((large ? 1L : 0L) << 60) | ((margin[c] ? 1L : 0L) << 59)
                    | ((long) n << 4) | tier;
        }
    }
}
