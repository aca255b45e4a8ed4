package dk.casescreen.cases;

import java.util.BitSet;

/**
 * The records whose municipality and case number another record of the load has too, found while the
 * rows are read: on the checking thread, which waits for the reading one, rather than after the last
 * row, when nothing else runs. Only these records can be duplicates in a screening round, so the check
 * by round ({@link CaseKeys} with the rounds, once every date is known) looks at them alone; in a file
 * of one round without repeated case numbers it has nothing left to do.
 */
final class RepeatedKeys {

    private CaseKeys keys;
    private final BitSet repeated = new BitSet();

    /** Keys of the records of {@code records}, as they are added. */
    RepeatedKeys(CaseColumns.Builder records) {
        this.keys = new CaseKeys(records, null, 0);
    }

    /** Adds record {@code record}, the last one made. */
    void add(int record) {
        int first = keys.putIfAbsent(record);
        if (first >= 0) {
            repeated.set(first);
            repeated.set(record);
        }
    }

    /** Lets the table go, once every record is added: the records found stay. */
    void finish() {
        keys = null;
    }

    /** Whether another record has the same municipality and case number as record {@code record}. */
    boolean repeated(int record) {
        return repeated.get(record);
    }

    /** The number of records that share their municipality and case number with another. */
    int count() {
        return repeated.cardinality();
    }
}
