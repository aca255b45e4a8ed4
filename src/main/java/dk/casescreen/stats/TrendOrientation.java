package dk.casescreen.stats;

/**
 * Where the ordered groups and the events of a trend test are in a table with two outcomes: said explicitly,
 * because the sign of the Cochran-Armitage z depends on it and a 2 x 2 table's shape cannot tell. The groups
 * are taken in the order of the table's rows or columns, matched to the scores in order.
 */
public enum TrendOrientation {
    /** A 2 x k table: the groups are the columns, row 1 counts the events (R: {@code x = table[1, ]}). */
    EVENTS_IN_ROW_1,
    /** A 2 x k table: the groups are the columns, row 2 counts the events (R: {@code x = table[2, ]}). */
    EVENTS_IN_ROW_2,
    /** A k x 2 table: the groups are the rows, column 1 counts the events (R: {@code x = table[, 1]}). */
    EVENTS_IN_COLUMN_1,
    /** A k x 2 table: the groups are the rows, column 2 counts the events (R: {@code x = table[, 2]}). */
    EVENTS_IN_COLUMN_2;

    /** Whether the groups are the table's columns (the events are in a row). */
    boolean groupsAreColumns() {
        return this == EVENTS_IN_ROW_1 || this == EVENTS_IN_ROW_2;
    }

    /** The index (from 0) of the row or column that counts the events. */
    int eventIndex() {
        return this == EVENTS_IN_ROW_1 || this == EVENTS_IN_COLUMN_1 ? 0 : 1;
    }

    /** In words, for method texts ("events in row 1"). */
    String words() {
        return "events in " + (groupsAreColumns() ? "row " : "column ") + (eventIndex() + 1);
    }
}
