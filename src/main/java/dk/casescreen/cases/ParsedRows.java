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
    private final Map<Integer, List<Problem>> problems = new HashMap<>();
    private final BitSet errors = new BitSet();

    ParsedRows(Location file, LongFunction<Location> caseNumberCell) {
        this.file = file;
        this.caseNumberCell = caseNumberCell;
    }

    void add(long number, int record, List<Problem> rowProblems) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
            records = Arrays.copyOf(records, size * 2);
        }
        numbers[size] = number;
        records[size] = record;
        for (Problem p : rowProblems) {
            addProblem(size, p);
        }
        size++;
    }

    int size() {
        return size;
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

    List<Problem> problems(int i) {
        return problems.getOrDefault(i, List.of());
    }

    void addProblem(int i, Problem problem) {
        problems.computeIfAbsent(i, k -> new ArrayList<>(2)).add(problem);
        if (problem.severity() == Severity.ERROR) {
            errors.set(i);
        }
    }

    boolean hasErrors(int i) {
        return errors.get(i);
    }

    boolean anyErrors() {
        return !errors.isEmpty();
    }
}
