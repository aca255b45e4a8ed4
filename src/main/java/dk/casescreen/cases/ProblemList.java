package dk.casescreen.cases;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of problems held compactly: a problem that many rows share but for the row
 * (a question left blank, say) is kept once, as a prototype located at row 0, and each row that has
 * it as the prototype and a row number; {@link #get} makes the located problem, equal to the one a
 * parser would have made, on every call. A million-case load's 480,000 such warnings take about
 * twelve bytes each here instead of about seventy-six.
 */
final class ProblemList extends AbstractList<Problem> implements RandomAccess {

    private final Problem[] items;
    /** The row of each prototype, or 0 for a problem kept as it is. */
    private final long[] rows;
    private final int from;
    private final int size;

    private ProblemList(Problem[] items, long[] rows, int from, int size) {
        this.items = items;
        this.rows = rows;
        this.from = from;
        this.size = size;
    }

    @Override
    public Problem get(int index) {
        java.util.Objects.checkIndex(index, size);
        return located(items[from + index], rows[from + index]);
    }

    @Override
    public int size() {
        return size;
    }

    /** The problem {@code p}, moved to {@code row} unless {@code row} is 0. */
    static Problem located(Problem p, long row) {
        if (row == 0) {
            return p;
        }
        Location l = p.location();
        return new Problem(p.rule(), p.severity(), new Location(l.file(), l.sheet(), row, l.column()), p.question(),
                p.value(), p.message());
    }

    /** Collects problems, as they are or as prototype and row. */
    static final class Builder {
        private Problem[] items = new Problem[64];
        private long[] rows = new long[64];
        private int size;

        int size() {
            return size;
        }

        /** Adds a problem as it is. */
        void add(Problem problem) {
            add(problem, 0);
        }

        /** Adds the problem {@code prototype} located at row 0 stands for at {@code row} (0: as it is). */
        void add(Problem prototype, long row) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                rows = Arrays.copyOf(rows, size * 2);
            }
            items[size] = java.util.Objects.requireNonNull(prototype);
            rows[size++] = row;
        }

        /** Adds every problem of the list, keeping a compact list compact. */
        void addAll(List<Problem> problems) {
            if (problems instanceof ProblemList p) {
                for (int k = 0; k < p.size; k++) {
                    add(p.items[p.from + k], p.rows[p.from + k]);
                }
            } else {
                problems.forEach(this::add);
            }
        }

        /** The prototype of problem {@code k} (its rule, severity, question and message are the problem's). */
        Problem prototype(int k) {
            return items[k];
        }

        /** Problem {@code k}, located. */
        Problem get(int k) {
            return located(items[k], rows[k]);
        }

        /** Keeps only the problems {@code keep} names, in order. */
        void retain(java.util.function.IntPredicate keep, int[] alongside) {
            int kept = 0;
            for (int k = 0; k < size; k++) {
                if (keep.test(k)) {
                    items[kept] = items[k];
                    rows[kept] = rows[k];
                    alongside[kept] = alongside[k];
                    kept++;
                }
            }
            Arrays.fill(items, kept, size, null);
            size = kept;
        }

        /** Problems {@code [from, to)} as a list that shares this builder's arrays (until it changes). */
        ProblemList view(int start, int end) {
            return new ProblemList(items, rows, start, end - start);
        }

        /** The problems collected, as an immutable list. */
        ProblemList build() {
            return new ProblemList(Arrays.copyOf(items, size), Arrays.copyOf(rows, size), 0, size);
        }
    }
}
