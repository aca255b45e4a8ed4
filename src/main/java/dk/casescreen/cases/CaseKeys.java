package dk.casescreen.cases;

import java.util.Arrays;

/**
 * The records seen so far, by round, municipality and case number: an open-addressing hash table of
 * record indices, comparing the keys in the columns themselves, so that a million case numbers need
 * no map entries of their own.
 */
final class CaseKeys {

    /** The key of record {@code r}: its round, municipality and case number. */
    interface Keys {
        /** The round index of record {@code r}. */
        int round(int r);

        /** The municipality code of record {@code r}. */
        String municipality(int r);

        /** The case number of record {@code r}. */
        String caseNumber(int r);

        /** The {@link String#hashCode()} of record {@code r}'s case number. */
        default int caseNumberHash(int r) {
            return caseNumber(r).hashCode();
        }

        /** Whether records {@code a} and {@code b} have the same case number. */
        default boolean sameCaseNumber(int a, int b) {
            return caseNumber(a).equals(caseNumber(b));
        }
    }

    private final Keys records;
    /**
     * The table: each used slot holds a record's key hash (high half) and its index plus one (low half), so
     * that a probe compares two records' keys only when their hashes are equal; 0 is a free slot.
     */
    private long[] slots;
    private int count;

    /** Keys of about {@code expected} records of a load, each in its round ({@code rounds} may be null: one round). */
    CaseKeys(CaseColumns.Builder builder, RoundIndex rounds, int expected) {
        this(new Keys() {
            @Override
            public int round(int r) {
                return rounds == null ? 0 : rounds.of(r);
            }

            @Override
            public String municipality(int r) {
                return builder.municipality(r);
            }

            @Override
            public String caseNumber(int r) {
                return builder.caseNumber(r);
            }

            @Override
            public int caseNumberHash(int r) {
                return builder.caseNumberHash(r);
            }

            @Override
            public boolean sameCaseNumber(int a, int b) {
                return builder.sameCaseNumber(a, b);
            }
        }, expected);
    }

    /** Keys of about {@code expected} records. */
    CaseKeys(Keys keys, int expected) {
        this.records = keys;
        slots = new long[Math.max(1024, Integer.highestOneBit(Math.max(1, expected)) * 4)];
    }

    /** Adds record {@code r}; returns the earlier record with the same key, or -1 when there is none. */
    int putIfAbsent(int r) {
        if (2 * (count + 1) > slots.length) {
            grow();
        }
        int h = hash(r);
        int mask = slots.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                slots[slot] = entry(h, r);
                count++;
                return -1;
            }
            int other = (int) entry - 1;
            if ((int) (entry >>> 32) == h && records.round(other) == records.round(r)
                    && records.sameCaseNumber(other, r) && records.municipality(other).equals(records.municipality(r))) {
                return other;
            }
        }
    }

    private static long entry(int hash, int r) {
        return (long) hash << 32 | (r + 1L);
    }

    private int hash(int r) {
        int h = (records.municipality(r).hashCode() * 0x9E3779B9 + records.caseNumberHash(r)) * 31 + records.round(r);
        // MurmurHash3's finaliser: sequential case numbers must not land in neighbouring slots
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }
}
