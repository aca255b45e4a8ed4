package dk.casescreen.cases;

import java.util.Arrays;

/**
 * The records seen so far, by municipality and case number: an open-addressing hash table of
 * record indices into a {@link CaseColumns.Builder}, comparing the keys in the columns themselves,
 * so that a million case numbers need no map entries of their own.
 */
final class CaseKeys {

    private final CaseColumns.Builder records;
    private int[] slots;
    private int count;

    CaseKeys(CaseColumns.Builder records) {
        this.records = records;
        slots = new int[Math.max(1024, Integer.highestOneBit(Math.max(1, records.size())) * 4)];
        Arrays.fill(slots, -1);
    }

    /** Adds record {@code r}; returns the earlier record with the same key, or -1 when there is none. */
    int putIfAbsent(int r) {
        if (2 * (count + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int slot = hash(r) & mask; ; slot = (slot + 1) & mask) {
            int other = slots[slot];
            if (other < 0) {
                slots[slot] = r;
                count++;
                return -1;
            }
            if (records.caseNumber(other).equals(records.caseNumber(r))
                    && records.municipality(other).equals(records.municipality(r))) {
                return other;
            }
        }
    }

    private int hash(int r) {
        int h = records.municipality(r).hashCode() * 0x9E3779B9 + records.caseNumber(r).hashCode();
        // MurmurHash3's finaliser: sequential case numbers must not land in neighbouring slots
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int r : old) {
            if (r >= 0) {
                int slot = hash(r) & mask;
                while (slots[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = r;
            }
        }
    }
}
