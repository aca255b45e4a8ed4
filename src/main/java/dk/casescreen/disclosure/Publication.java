package dk.casescreen.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
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
        Key key = new Key(Objects.requireNonNull(table), Objects.requireNonNull(row), Objects.requireNonNull(column));
        Integer at = index.get(key);
        if (at != null) {
            CellRef old = cells.get(at);
            if (!old.bits().equals(members)) {
                throw new IllegalArgumentException("Cell " + old + " added twice with different members");
            }
            return old;
        }
        CellRef cell = new CellRef(table, row, column, members);
        index.put(key, cells.size());
        cells.add(cell);
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

    /** The position of a cell of this publication. */
    int indexOf(CellRef cell) {
        Integer at = index.get(Key.of(cell));
        if (at == null || !cells.get(at).bits().equals(cell.bits())) {
            throw new IllegalArgumentException("Cell " + cell + " is not in this publication");
        }
        return at;
    }
}
