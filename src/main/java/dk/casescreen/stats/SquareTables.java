package dk.casescreen.stats;

/** Checks of the square tables of paired categorical data (rows: first rating, columns: second). */
final class SquareTables {

    private SquareTables() {
    }

    /**
     * Fails at once, naming the place and the value, unless the table is k x k with k at least 2 and
     * every count is non-negative.
     *
     * @param table the counts
     * @param test  the test's name, for the message
     * @return k
     */
    static int check(long[][] table, String test) {
        if (table == null) {
            throw new IllegalArgumentException(test + ": the table is null");
        }
        int k = table.length;
        if (k < 2) {
            throw new IllegalArgumentException(test + ": the table must be square with at least 2 rows and columns, not "
                    + k + " rows");
        }
        for (int i = 0; i < k; i++) {
            if (table[i] == null || table[i].length != k) {
                throw new IllegalArgumentException(test + ": the table must be square (" + k + " x " + k + "), but row "
                        + (i + 1) + " has " + (table[i] == null ? "no" : String.valueOf(table[i].length)) + " columns");
            }
            for (int j = 0; j < k; j++) {
                if (table[i][j] < 0) {
                    throw new IllegalArgumentException(test + ": the count in row " + (i + 1) + ", column " + (j + 1)
                            + " is " + table[i][j] + "; counts must be non-negative");
                }
            }
        }
        return k;
    }

    /** Fails unless the table is 2 x 2 with non-negative counts. */
    static void check2x2(long[][] table, String test) {
        if (check(table, test) != 2) {
            throw new IllegalArgumentException(test + ": the table must be 2 x 2, not " + table.length + " x "
                    + table.length);
        }
    }

    /** The sum of the counts. */
    static long total(long[][] table) {
        long n = 0;
        for (long[] row : table) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }
}
