package dk.casescreen.stats;

import java.util.Arrays;

/**
 * Sums over the cases of terms that are the same for every case of a kind (cases of one shared design
 * row, {@link DesignRows}, or of one row and outcome, {@link CaseKinds}): the terms of every kind made
 * once and added case by case in the cases' order where they fit in {@code most} entries, else each
 * case's made in turn and added as they are made. Either way each sum receives the same terms in the same order as summing case by
 * case, when a case adds at most once to each sum (as the entries of a gradient, a Hessian or a
 * cross-product matrix), so the result is the same to the last bit. A term of zero is left out: adding
 * +0 or -0 leaves a sum that started at +0 as it is (such a sum is never -0).
 */
final class KindSums {

    /** Makes the terms of a case of one kind. */
    @FunctionalInterface
    interface Source {
        /** Gives {@code into} the terms of a case of kind {@code kind}. */
        void termsOf(int kind, Terms into);
    }

    /**
     * The terms of one or more kinds, each to one of the sums: kept, or added to the sums at once where
     * each case's terms are made in turn.
     */
    static final class Terms {
        private int[] targets = new int[64];
        private double[] values = new double[64];
        private int size;
        /** The sums the terms go straight into; null while they are kept. */
        private double[] direct;

        private Terms() {
        }

        /** Adds {@code value} to sum {@code target}. */
        void add(int target, double value) {
            if (direct != null) {
                direct[target] += value;
                return;
            }
            if (value == 0) {
                return;
            }
            if (size == targets.length) {
                targets = Arrays.copyOf(targets, 2 * size);
                values = Arrays.copyOf(values, 2 * size);
            }
            targets[size] = target;
            values[size++] = value;
        }

        private void addTo(double[] sums, int from, int to) {
            for (int t = from; t < to; t++) {
                sums[targets[t]] += values[t];
            }
        }
    }

    /** The most terms kept for all kinds at once unless told otherwise (8 MiB of values). */
    static final int MOST = 1 << 20;

    private final int[] kindOf;
    private final boolean allKindsAtOnce;
    private final Terms terms = new Terms();
    private final int[] start;

    /**
     * For sums of {@code size} entries over cases of {@code kinds} kinds, case {@code i} of kind
     * {@code kindOf[i]} ({@code kindOf} null: each case its own kind), keeping the terms of all kinds at
     * once when at most {@code most} could be needed.
     */
    KindSums(int size, int kinds, int[] kindOf) {
        this(size, kinds, kindOf, MOST);
    }

    /** As {@link #KindSums(int, int, int[])}, keeping at most {@code most} terms at once. */
    KindSums(int size, int kinds, int[] kindOf, int most) {
        this.kindOf = kindOf;
        this.allKindsAtOnce = kindOf != null && (long) size * kinds <= most;
        this.start = new int[allKindsAtOnce ? kinds + 1 : 0];
    }

    /** Fills {@code sums} (from 0) with the sums over the {@code n} cases. */
    void sum(int n, Source source, double[] sums) {
        Arrays.fill(sums, 0);
        if (allKindsAtOnce) {
            terms.size = 0;
            for (int c = 0; c < start.length - 1; c++) {
                start[c] = terms.size;
                source.termsOf(c, terms);
            }
            start[start.length - 1] = terms.size;
            for (int i = 0; i < n; i++) {
                int kind = kindOf[i];
                terms.addTo(sums, start[kind], start[kind + 1]);
            }
        } else {
            terms.direct = sums;
            try {
                for (int i = 0; i < n; i++) {
                    source.termsOf(kindOf == null ? i : kindOf[i], terms);
                }
            } finally {
                terms.direct = null;
            }
        }
    }
}
