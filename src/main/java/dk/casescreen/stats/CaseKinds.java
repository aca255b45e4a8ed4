package dk.casescreen.stats;

/**
 * The kinds of case an ordered-outcome model sees: cases with the same design row (the same array, as
 * {@link DesignRows} shares them) and the same outcome category have the same terms in the
 * likelihood and its derivatives, so a fit computes each term once per kind. Sums over the cases still
 * add each case's term, case by case in their order, so they are the same to the last bit as summing
 * terms computed case by case.
 *
 * @param rows   each kind's design row
 * @param levels each kind's outcome category
 * @param counts each kind's number of cases; null when each case is its own kind
 * @param kindOf each case's kind; null when each case is its own kind (its kind is its position)
 */
record CaseKinds(double[][] rows, int[] levels, int[] counts, int[] kindOf) {

    /**
     * The kinds of the cases with rows {@code design} and outcome categories {@code y} (each 0 ..
     * {@code categories}-1): one per case when the rows are not shared.
     */
    static CaseKinds of(DesignRows design, int[] y, int categories) {
        int[] pattern = design.pattern();
        if (pattern == null) {
            return new CaseKinds(design.x(), y, null, null);
        }
        int[] numberOf = new int[design.patterns() * categories];
        java.util.Arrays.fill(numberOf, -1);
        int[] kindOf = new int[y.length];
        int kinds = 0;
        for (int i = 0; i < y.length; i++) {
            int key = pattern[i] * categories + y[i];
            if (numberOf[key] < 0) {
                numberOf[key] = kinds++;
            }
            kindOf[i] = numberOf[key];
        }
        double[][] rows = new double[kinds][];
        int[] levels = new int[kinds];
        int[] counts = new int[kinds];
        for (int i = 0; i < y.length; i++) {
            int kind = kindOf[i];
            if (counts[kind]++ == 0) {
                rows[kind] = design.x()[i];
                levels[kind] = y[i];
            }
        }
        return new CaseKinds(rows, levels, counts, kindOf);
    }

    /** The number of kinds. */
    int count() {
        return rows.length;
    }

    /** The kind of case {@code i}. */
    int of(int i) {
        return kindOf == null ? i : kindOf[i];
    }

    /** The number of cases of kind {@code kind}. */
    int cases(int kind) {
        return counts == null ? 1 : counts[kind];
    }
}
