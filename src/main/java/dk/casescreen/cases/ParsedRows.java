package dk.casescreen.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The data rows of one file after parsing: for each row its number, the record it made (an index
 * into the load's {@link CaseColumns.Builder}, or -1 when municipality or case number could not be
 * read) and its problems. Kept compact, since a file may hold a million rows and most have no problems.
 */
final class ParsedRows {

    private final Location file;
    private final LongFunction<Location> caseNumberCell;
    private long[] numbers = new long[64];
    private int[] records = new int[64];
    private int size;
    // the problems found while parsing, in row order (compact: see ProblemList), with the index of each one's row
    private final ProblemList.Builder parsed = new ProblemList.Builder();
    private int[] parsedRow = new int[64];
    // problems added later (duplicate case numbers), by row
    private final Map<Integer, List<Problem>> later = new HashMap<>();
    private final BitSet errors = new BitSet();

    ParsedRows(Location file, LongFunction<Location> caseNumberCell) {
        this.file = file;
        this.caseNumberCell = caseNumberCell;
    }

    /**
     * Adds a row with its problems; a problem located at row 0 is the row's own, kept compactly as
     * a prototype shared with other rows ({@link ProblemList}).
     */
    void add(long number, int record, List<Problem> rowProblems) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
            records = Arrays.copyOf(records, size * 2);
        }
        numbers[size] = number;
        records[size] = record;
        for (Problem p : rowProblems) {
            if (parsed.size() == parsedRow.length) {
                parsedRow = Arrays.copyOf(parsedRow, parsedRow.length * 2);
            }
            parsedRow[parsed.size()] = size;
            parsed.add(p, p.location().row() == 0 ? number : 0);
            if (p.severity() == Severity.ERROR) {
                errors.set(size);
            }
        }
        size++;
    }

    int size() {
        return size;
    }

    /** The row's number, as a spreadsheet shows it. */
    long number(int i) {
        return numbers[i];
    }

    /** The row's location: file and row number. */
    Location location(int i) {
        return file.atRow(numbers[i]);
    }

    /** The cell of the row's case number. */
    Location caseNumberLocation(int i) {
        return caseNumberCell.apply(numbers[i]);
    }

    /** The row's record in the load's columns, or -1. */
    int record(int i) {
        return records[i];
    }

    /** The problems of every row, in row order (those found while parsing first within a row). */
    void forEachRow(RowProblems action) {
        int next = 0;
        for (int i = 0; i < size; i++) {
            int from = next;
            while (next < parsed.size() && parsedRow[next] == i) {
                next++;
            }
            List<Problem> added = later.isEmpty() ? null : later.get(i);
            List<Problem> own = from == next ? List.of() : parsed.view(from, next);
            if (added != null) {
                List<Problem> all = new ArrayList<>(own);
                all.addAll(added);
                own = all;
            }
            action.row(i, own);
        }
    }

    /** Receives one row's problems. */
    interface RowProblems {
        void row(int index, List<Problem> problems);
    }

    /** Adds a problem found after parsing to row {@code i}. */
    void addProblem(int i, Problem problem) {
        later.computeIfAbsent(i, k -> new ArrayList<>(2)).add(problem);
        if (problem.severity() == Severity.ERROR) {
            errors.set(i);
        }
    }

    /** Drops the warnings found while parsing that {@code drop} names (errors are never dropped). */
    void dropWarnings(java.util.function.Predicate<Problem> drop) {
        parsed.retain(k -> parsed.prototype(k).severity() == Severity.ERROR || !drop.test(parsed.get(k)), parsedRow);
    }

    boolean hasErrors(int i) {
        return errors.get(i);
    }

    boolean anyErrors() {
        return !errors.isEmpty();
    }
}
