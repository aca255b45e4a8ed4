package dk.casescreen.stats;

import java.util.Arrays;

/**
 * Numbers each distinct value of a column in the order it first appears, by its exact bits (so 0.0 and
 * -0.0 are two values, as they are two rows of a design), in an open-addressing table that stays in the
 * cache for the few values of an answer, an exposure or an age.
 */
final class DistinctValues {

    private DistinctValues() {
    }

    /**
     * Fills {@code index[i]} with the number of the distinct value {@code values[cases[i]]}.
     *
     * @return the number of distinct values, or -1 (and {@code index} partly filled) once there are more
     *         than {@code most}
     */
    static int index(double[] values, int[] cases, int[] index, int most) {
        int capacity = 16;
        long[] keys = new long[capacity];
        int[] numbers = new int[capacity];
        Arrays.fill(numbers, -1);
        int distinct = 0;
        for (int i = 0; i < index.length; i++) {
            long bits = Double.doubleToRawLongBits(values[cases[i]]);
            int mask = capacity - 1;
            int slot = spread(bits) & mask;
            while (numbers[slot] >= 0 && keys[slot] != bits) {
                slot = (slot + 1) & mask;
            }
            if (numbers[slot] < 0) {
                if (distinct == most) {
                    return -1;
                }
                keys[slot] = bits;
                numbers[slot] = distinct++;
                if (2 * distinct > capacity) {
                    long[] oldKeys = keys;
                    int[] oldNumbers = numbers;
                    capacity *= 2;
                    keys = new long[capacity];
                    numbers = new int[capacity];
                    Arrays.fill(numbers, -1);
                    for (int s = 0; s < oldKeys.length; s++) {
                        if (oldNumbers[s] >= 0) {
                            int to = spread(oldKeys[s]) & (capacity - 1);
                            while (numbers[to] >= 0) {
                                to = (to + 1) & (capacity - 1);
                            }
                            keys[to] = oldKeys[s];
                            numbers[to] = oldNumbers[s];
                        }
                    }
                    index[i] = distinct - 1;
                    continue;
                }
            }
            index[i] = numbers[slot];
        }
        return distinct;
    }

    /** MurmurHash3's finaliser: every bit of the value moves the low bits (whole numbers differ only high). */
    private static int spread(long bits) {
        long h = bits;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 33));
    }
}
