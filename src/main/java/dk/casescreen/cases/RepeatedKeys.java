package dk.casescreen.cases;

import java.util.Arrays;

/**
 * The records that may share their municipality and case number with another record of the load, noted
 * while the rows are read: on the checking thread, which waits for the reading one, rather than after the
 * last row, when nothing else runs. Each record's key (municipality and case number) is hashed to a
 * fingerprint, and two bit sets mark the fingerprints seen once and those seen again; a record whose
 * fingerprint was seen only once has a key no other record has, so it is no duplicate in any round. The
 * check by round ({@link CaseKeys} with the rounds, once every date is known) looks at the others alone:
 * the records of repeated keys, and a few more whose fingerprints merely collide (about one in sixteen: the
 * bit sets have sixteen bits per record). Two megabytes each at a million records, they stay in the
 * processor's cache, where a table of every record's key did not: built while the rows were read, such
 * a table (16 MB at a million records) slowed both loading threads more than it saved at the end.
 */
final class RepeatedKeys {

    private static final int FIRST_BITS = 1 << 16;
    /** The bit sets grow when there are more records than their bits divided by this. */
    private static final int BITS_PER_RECORD = 16;

    private final CaseColumns.Builder records;
    private int[] fingerprints = new int[1024];
    private int size;
    private long[] once = new long[FIRST_BITS / Long.SIZE];
    private long[] again = new long[FIRST_BITS / Long.SIZE];

    /** Fingerprints of the records of {@code records}, as they are added. */
    RepeatedKeys(CaseColumns.Builder records) {
        this.records = records;
    }

    /** Adds record {@code record}, the last one made (records are added in order, from 0). */
    void add(int record) {
        if (record != size) {
            throw new IllegalArgumentException("record " + record + " added after " + size + " records");
        }
        if (size == fingerprints.length) {
            fingerprints = Arrays.copyOf(fingerprints, 2 * size);
        }
        int fingerprint = fingerprint(records.municipality(record).hashCode(), records.caseNumberHash(record));
        fingerprints[size++] = fingerprint;
        if ((long) size * BITS_PER_RECORD > (long) once.length * Long.SIZE) {
            grow();
        } else {
            mark(fingerprint);
        }
    }

    private void mark(int fingerprint) {
        int bit = fingerprint & (once.length * Long.SIZE - 1);
        long mask = 1L << bit;
        int word = bit >>> 6;
        if ((once[word] & mask) != 0) {
            again[word] |= mask;
        } else {
            once[word] |= mask;
        }
    }

    /** Doubles the bit sets, marking every fingerprint anew. */
    private void grow() {
        once = new long[2 * once.length];
        again = new long[once.length];
        for (int i = 0; i < size; i++) {
            mark(fingerprints[i]);
        }
    }

    /** Whether another record may have the same municipality and case number as record {@code record}. */
    boolean mayRepeat(int record) {
        int bit = fingerprints[record] & (again.length * Long.SIZE - 1);
        return (again[bit >>> 6] & 1L << bit) != 0;
    }

    /** The number of records that {@link #mayRepeat}. */
    int count() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            n += mayRepeat(i) ? 1 : 0;
        }
        return n;
    }

    /** A hash of a municipality and a case number by their {@link String#hashCode()}s. */
    private static int fingerprint(int municipality, int caseNumber) {
        int h = municipality * 0x9E3779B9 + caseNumber;
        // MurmurHash3's finaliser: sequential case numbers must not mark neighbouring bits alone
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
