package dk.casescreen.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link Suppression#protect}: the status of every cell of a publication, the threshold it was
 * made for, and which derived statistics may be shown. Immutable.
 */
public final class SuppressionPlan {

    private final Publication publication;
    private final List<CellRef> cells;
    private final CellStatus[] status;
    private final Map<String, List<CellRef>> statistics;
    private final int threshold;

    SuppressionPlan(Publication publication, CellStatus[] status, int threshold) {
        this.publication = publication;
        this.cells = List.copyOf(publication.cells().subList(0, status.length));
        this.status = status.clone();
        this.statistics = Map.copyOf(publication.statistics());
        this.threshold = threshold;
    }

    /**
     * Returns the status of a cell of the publication the plan was made for.
     *
     * @throws IllegalArgumentException if the cell was not in the publication when the plan was made
     */
    public CellStatus status(CellRef cell) {
        int i = publication.indexOf(cell);
        if (i >= status.length) {
            throw new IllegalArgumentException("Cell " + cell + " was added after the plan was made");
        }
        return status[i];
    }

    /** Returns true when the cell must not be shown (primary or secondary suppression). */
    public boolean isSuppressed(CellRef cell) {
        return status(cell).suppressed();
    }

    /** Returns the text a table shows for the cell: the count, "&lt;5" (for threshold 5) or "·". */
    public String display(CellRef cell) {
        return switch (status(cell)) {
            case SHOWN -> Integer.toString(cell.count());
            case PRIMARY -> "<" + threshold;
            case SECONDARY -> "·";
        };
    }

    /** Returns the cells with a count of 1 to threshold−1, in publication order. */
    public List<CellRef> primary() {
        return withStatus(CellStatus.PRIMARY);
    }

    /** Returns the cells suppressed so that no primary cell can be worked out, in publication order. */
    public List<CellRef> secondary() {
        return withStatus(CellStatus.SECONDARY);
    }

    /** Returns the smallest count that may be shown (cells below it, except 0, are primary). */
    public int threshold() {
        return threshold;
    }

    /**
     * Returns true when the derived statistic declared with {@link Publication#dependsOn} may be shown: none of
     * its cells is suppressed.
     *
     * @throws IllegalArgumentException if no statistic has that name
     */
    public boolean mayShow(String statistic) {
        List<CellRef> depends = statistics.get(statistic);
        if (depends == null) {
            throw new IllegalArgumentException("No statistic '" + statistic + "' was declared");
        }
        for (CellRef c : depends) {
            if (isSuppressed(c)) {
                return false;
            }
        }
        return true;
    }

    CellStatus status(int index) {
        return status[index];
    }

    private List<CellRef> withStatus(CellStatus s) {
        List<CellRef> out = new ArrayList<>();
        for (int i = 0; i < status.length; i++) {
            if (status[i] == s) {
                out.add(cells.get(i));
            }
        }
        return List.copyOf(out);
    }
}
