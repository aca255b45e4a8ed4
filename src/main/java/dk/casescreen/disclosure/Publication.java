package dk.casescreen.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Set;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counts one output publishes, each a set of cases of one universe (rows 0..n−1 of one case table).
 * Relations between cells (margins, totals, overlaps between tables) are not declared: they follow from the
 * member sets, see {@link DisclosureAudit}. Not thread-safe while being built.
 */
public final class Publication {

    private final List<CellRef> cells = new ArrayList<>();
    private final Map<Key, Integer> index = new HashMap<>();
    private final Map<String, List<CellRef>> statistics = new LinkedHashMap<>();
    private final List<Set<String>> dimensions = new ArrayList<>();

    record Key(String table, String row, String column) {
        static Key of(CellRef c) {
            return new Key(c.table(), c.row(), c.column());
        }
    }

    /**
     * Adds a cell and returns its reference; adding the same (table, row, column) again returns the first
     * reference.
     *
     * @throws IllegalArgumentException if the same cell is added again with other members
     */
    public CellRef add(String table, String row, String column, BitSet members) {
        return add(table, row, column, members, Set.of());
    }

    /**
     * Adds a cell defined by the answers to the given dimensions (question keys, say) within a population (a
     * group of municipalities, screened or not). A cell with no dimensions is a population count: the number
     * of cases in a group of municipalities. Cells that share no dimension are related only through the
     * population counts: under an attacker who may assume any combination of answers to two questions, the
     * counts of one question constrain another's only through their common totals (the joint table is free
     * given its margins; Fréchet 1951). {@link Suppression} and {@link DisclosureAudit} then protect and audit
     * each group of cells linked by a dimension, together with every population count, instead of one linear
     * program over all cells. A publication whose cells declare no dimension is audited as one group.
     *
     * @throws IllegalArgumentException if the same cell is added again with other members or dimensions
     */
    public CellRef add(String table, String row, String column, BitSet members, Collection<String> dims) {
        Key key = new Key(Objects.requireNonNull(table), Objects.requireNonNull(row), Objects.requireNonNull(column));
        Integer at = index.get(key);
        if (at != null) {
            CellRef old = cells.get(at);
            if (!old.bits().equals(members) || !dimensions.get(at).equals(Set.copyOf(dims))) {
                throw new IllegalArgumentException("Cell " + old + " added twice with different members or dimensions");
            }
            return old;
        }
        CellRef cell = new CellRef(table, row, column, members);
        index.put(key, cells.size());
        cells.add(cell);
        dimensions.add(Set.copyOf(dims));
        return cell;
    }

    /**
     * Declares a derived statistic (an odds ratio, a share, a test) that reveals the counts of {@code cells};
     * {@link SuppressionPlan#mayShow(String)} then says whether it may be shown.
     *
     * @throws IllegalArgumentException if a cell is not in this publication or the name is used already
     */
    public void dependsOn(String name, CellRef... cells) {
        Objects.requireNonNull(name, "name");
        if (statistics.containsKey(name)) {
            throw new IllegalArgumentException("Statistic '" + name + "' declared twice");
        }
        for (CellRef c : cells) {
            indexOf(c);
        }
        statistics.put(name, List.of(cells));
    }

    /** Returns the cells in the order they were added. */
    public List<CellRef> cells() {
        return Collections.unmodifiableList(cells);
    }

    /** Returns the number of cells. */
    public int size() {
        return cells.size();
    }

    /** Returns the size of the universe the member sets imply: one more than the highest member row. */
    public int universeSize() {
        int n = 0;
        for (CellRef c : cells) {
            n = Math.max(n, c.bits().length());
        }
        return n;
    }

    /** Returns the derived statistics declared with {@link #dependsOn}, by name. */
    public Map<String, List<CellRef>> statistics() {
        return Collections.unmodifiableMap(statistics);
    }

    /**
     * The groups of cells that are protected and audited together, as positions: one group for each maximal
     * set of dimensions that some cell has (a clique), holding every cell whose dimensions lie within it
     * (population counts included, which lie within every clique). Two cliques share only the cells of their
     * common dimensions, such as a cost band's counts shared by every hypothesis's exposure × cost band table:
     * for such a star of tables the joint table exists for any margins that agree (conditional independence
     * given the shared dimensions), so each group's linear program is the whole attacker's, as long as the
     * shared cells are shown. With no dimensions at all, one group of every cell.
     */
    List<int[]> groups() {
        int k = cells.size();
        List<Set<String>> cliques = new ArrayList<>();
        for (Set<String> d : dimensions) {
            if (d.isEmpty() || cliques.contains(d)) {
                continue;
            }
            cliques.add(d);
        }
        cliques.removeIf(c -> cliques.stream().anyMatch(o -> o != c && o.size() > c.size() && o.containsAll(c)));
        if (cliques.isEmpty()) {
            int[] all = new int[k];
            for (int i = 0; i < k; i++) {
                all[i] = i;
            }
            return k == 0 ? List.of() : List.of(all);
        }
        List<int[]> groups = new ArrayList<>();
        for (Set<String> clique : cliques) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (clique.containsAll(dimensions.get(i))) {
                    members.add(i);
                }
            }
            groups.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        return groups;
    }

    /**
     * The groups of {@link #groups()}, merged wherever a hidden cell lies in more than one group: the groups are
     * independent only given the values of the cells they share, so a shared cell that is hidden joins them into
     * one linear program.
     */
    List<int[]> groups(boolean[] hidden) {
        List<int[]> groups = groups();
        int g = groups.size();
        int[] parent = new int[g];
        for (int i = 0; i < g; i++) {
            parent[i] = i;
        }
        Map<Integer, Integer> firstGroup = new HashMap<>();
        for (int i = 0; i < g; i++) {
            for (int c : groups.get(i)) {
                if (hidden[c]) {
                    Integer j = firstGroup.putIfAbsent(c, i);
                    if (j != null) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
        }
        Map<Integer, java.util.TreeSet<Integer>> merged = new LinkedHashMap<>();
        for (int i = 0; i < g; i++) {
            java.util.TreeSet<Integer> cellsOf = merged.computeIfAbsent(find(parent, i), r -> new java.util.TreeSet<>());
            for (int c : groups.get(i)) {
                cellsOf.add(c);
            }
        }
        List<int[]> result = new ArrayList<>();
        for (java.util.TreeSet<Integer> set : merged.values()) {
            result.add(set.stream().mapToInt(Integer::intValue).toArray());
        }
        return result;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Whether the cell at {@code index} is a population count (no dimensions) in a publication whose other
     * cells have dimensions: every group shares it, so hiding it joins every group into one.
     */
    boolean isPopulation(int index) {
        return dimensions.get(index).isEmpty() && dimensions.stream().anyMatch(d -> !d.isEmpty());
    }

    /** The position of a cell of this publication. */
    int indexOf(CellRef cell) {
        Integer at = index.get(Key.of(cell));
        if (at == null || !cells.get(at).bits().equals(cell.bits())) {
            throw new IllegalArgumentException("Cell " + cell + " is not in this publication");
        }
        return at;
    }
}
