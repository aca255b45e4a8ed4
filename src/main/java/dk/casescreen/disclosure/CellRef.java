package dk.casescreen.disclosure;

import java.util.BitSet;
import java.util.Objects;

/**
 * One published count: the number of cases (rows of the universe) in {@code members}, shown in a table
 * under a row label and a column label. The member set is copied in and out, so a cell never changes.
 *
 * @param table   the table's name, as a reader sees it
 * @param row     the row label
 * @param column  the column label
 * @param members the rows of the universe that the count counts
 */
public record CellRef(String table, String row, String column, BitSet members) {

    /** Checks the labels and copies the member set. */
    public CellRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        members = (BitSet) Objects.requireNonNull(members, "members").clone();
    }

    /** Returns a copy of the member rows. */
    @Override
    public BitSet members() {
        return (BitSet) members.clone();
    }

    /** Returns the published count: the number of member rows. */
    public int count() {
        return members.cardinality();
    }

    /** The member rows without copying, for this package's own reading. */
    BitSet bits() {
        return members;
    }

    /** Returns "table (row, column)" for messages; it names no rows of the universe. */
    @Override
    public String toString() {
        return "'" + table + "' (" + row + ", " + column + ")";
    }
}
