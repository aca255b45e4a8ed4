package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An immutable two-way table of counts with row and column labels (Agresti 2013, §2.1), together
 * with how many cases were left out of it and why.
 *
 * <p>A table is built from counts ({@link #of(long[][])}), from two label vectors as R's
 * {@code table(x, y)} builds it ({@link #of(String[], String[])}), or from cases by
 * {@code dk.casescreen.analysis.CrossTabs}, which keeps the sheet's answer order and keeps levels
 * nobody chose as empty rows or columns, for display. The tests in {@link Tests} use the table without its empty
 * rows and columns, as R's {@code chisq.test} and {@code fisher.test} would be called on it (R's
 * {@code chisq.test} gives {@code NaN} when a margin is zero); each test says so in its
 * {@code method}.
 */
public final class ContingencyTable {

    /**
     * The cases left out because of one variable's answers, by reason. A case can be left out
     * because of both variables, so the two variables' counts can add up to more than
     * {@link #excludedCases()}.
     *
     * @param variable      the question key (or the variable's name for raw tables)
     * @param dontKnow      cases answered "Ved ikke" (0 when "Ved ikke" is kept as a category)
     * @param notAnswered   cases where the question applied but was left blank (for label vectors:
     *                      the missing values, R's {@code NA})
     * @param notApplicable cases where the question did not apply
     */
    public record Exclusions(String variable, long dontKnow, long notAnswered, long notApplicable) {

        /** The cases left out because of this variable, for any reason. */
        public long total() {
            return dontKnow + notAnswered + notApplicable;
        }
    }

    private final String rowVariable;
    private final String columnVariable;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final long[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long n;
    private final Exclusions rowExclusions;
    private final Exclusions columnExclusions;
    private final long excludedCases;

    private ContingencyTable(String rowVariable, String columnVariable, List<String> rowLabels,
                             List<String> columnLabels, long[][] counts, Exclusions rowExclusions,
                             Exclusions columnExclusions, long excludedCases) {
        if (counts.length == 0 || counts[0].length == 0) {
            throw new IllegalArgumentException("a contingency table needs at least one row and one column");
        }
        int columns = counts[0].length;
        if (rowLabels.size() != counts.length || columnLabels.size() != columns) {
            throw new IllegalArgumentException("the table has " + counts.length + " rows and " + columns
                    + " columns but " + rowLabels.size() + " row labels and " + columnLabels.size() + " column labels");
        }
        this.rowVariable = rowVariable;
        this.columnVariable = columnVariable;
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.counts = new long[counts.length][];
        this.rowTotals = new long[counts.length];
        this.columnTotals = new long[columns];
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != columns) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + counts[i].length
                        + " counts, row 1 has " + columns);
            }
            this.counts[i] = counts[i].clone();
            for (int j = 0; j < columns; j++) {
                long c = counts[i][j];
                if (c < 0) {
                    throw new IllegalArgumentException("row " + (i + 1) + ", column " + (j + 1) + ": count " + c
                            + " is negative");
                }
                rowTotals[i] = Math.addExact(rowTotals[i], c);
                columnTotals[j] = Math.addExact(columnTotals[j], c);
                total = Math.addExact(total, c);
            }
        }
        this.n = total;
        this.rowExclusions = rowExclusions;
        this.columnExclusions = columnExclusions;
        this.excludedCases = excludedCases;
    }

    /** A table of the given counts ({@code counts[row][column]}), with rows and columns labelled 1, 2, .... */
    public static ContingencyTable of(long[][] counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("a contingency table needs at least one row");
        }
        return of(counts, numbers(counts.length), numbers(counts[0].length));
    }

    /** A table of the given counts ({@code counts[row][column]}) with the given labels. */
    public static ContingencyTable of(long[][] counts, List<String> rowLabels, List<String> columnLabels) {
        return of("row", "column", rowLabels, columnLabels, counts);
    }

    /**
     * A table of the given counts ({@code counts[row][column]}) with the given variable names and
     * labels, and no cases left out (see {@link #withExclusions}).
     */
    public static ContingencyTable of(String rowVariable, String columnVariable, List<String> rowLabels,
                                      List<String> columnLabels, long[][] counts) {
        return new ContingencyTable(rowVariable, columnVariable, rowLabels, columnLabels, counts,
                new Exclusions(rowVariable, 0, 0, 0), new Exclusions(columnVariable, 0, 0, 0), 0);
    }

    /**
     * Cross-tabulates two label vectors of equal length as R's {@code table(x, y)} does: rows are
     * the distinct values of {@code x}, columns those of {@code y}, each sorted as R's
     * {@code factor()} sorts them in the C locale (by Unicode code point; R in another locale may
     * order upper and lower case differently: pass the levels to be sure). A {@code null} is R's
     * {@code NA}: the pair is left out and counted in {@link Exclusions#notAnswered()}.
     *
     * @throws IllegalArgumentException when the vectors differ in length or every pair has a {@code null}
     */
    public static ContingencyTable of(String[] x, String[] y) {
        return of(x, y, sortedLevels(x), sortedLevels(y));
    }

    /**
     * Cross-tabulates two label vectors as R's {@code table(factor(x, levels = xLevels),
     * factor(y, levels = yLevels))} does: rows and columns in the order of the levels given, a level
     * nobody has kept as an empty row or column. A {@code null} is left out and counted as missing.
     *
     * @throws IllegalArgumentException when the vectors differ in length, a level is given twice, or a
     *                                  value is not one of the levels (naming the position and the value)
     */
    public static ContingencyTable of(String[] x, String[] y, List<String> xLevels, List<String> yLevels) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        Map<String, Integer> rowAt = index(xLevels, "x");
        Map<String, Integer> columnAt = index(yLevels, "y");
        long[][] counts = new long[xLevels.size()][yLevels.size()];
        long xMissing = 0;
        long yMissing = 0;
        long excluded = 0;
        for (int k = 0; k < x.length; k++) {
            Integer i = level(rowAt, x[k], "x", k);
            Integer j = level(columnAt, y[k], "y", k);
            xMissing += i == null ? 1 : 0;
            yMissing += j == null ? 1 : 0;
            if (i == null || j == null) {
                excluded++;
            } else {
                counts[i][j]++;
            }
        }
        return of("x", "y", xLevels, yLevels, counts).withExclusions(new Exclusions("x", 0, xMissing, 0),
                new Exclusions("y", 0, yMissing, 0), excluded);
    }

    private static List<String> sortedLevels(String[] values) {
        TreeSet<String> levels = new TreeSet<>(Comparator.naturalOrder());
        for (String v : values) {
            if (v != null) {
                levels.add(v);
            }
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("every value is missing (null), so there are no levels");
        }
        return List.copyOf(levels);
    }

    private static Map<String, Integer> index(List<String> levels, String name) {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (String level : levels) {
            if (at.put(Objects.requireNonNull(level, name + " has a null level"), at.size()) != null) {
                throw new IllegalArgumentException("the level '" + level + "' of " + name + " is given twice");
            }
        }
        return at;
    }

    private static Integer level(Map<String, Integer> at, String value, String name, int position) {
        if (value == null) {
            return null;
        }
        Integer i = at.get(value);
        if (i == null) {
            throw new IllegalArgumentException(name + "[" + (position + 1) + "] = '" + value
                    + "' is not one of the levels " + String.join(", ", at.keySet()));
        }
        return i;
    }

    /**
     * This table with the variables' names given ({@code dnn} of R's {@code table}); the
     * exclusions keep their counts under the new names.
     */
    public ContingencyTable named(String rowVariable, String columnVariable) {
        return new ContingencyTable(rowVariable, columnVariable, rowLabels, columnLabels, counts,
                new Exclusions(rowVariable, rowExclusions.dontKnow(), rowExclusions.notAnswered(),
                        rowExclusions.notApplicable()),
                new Exclusions(columnVariable, columnExclusions.dontKnow(), columnExclusions.notAnswered(),
                        columnExclusions.notApplicable()), excludedCases);
    }

    /**
     * This table with the cases left out of it stated: by each variable's answers, and in all
     * ({@code excludedCases}, at least the larger of the two variables' totals).
     *
     * @throws IllegalArgumentException when a count is negative or {@code excludedCases} is too small
     */
    public ContingencyTable withExclusions(Exclusions rowExclusions, Exclusions columnExclusions, long excludedCases) {
        if (rowExclusions.dontKnow() < 0 || rowExclusions.notAnswered() < 0 || rowExclusions.notApplicable() < 0
                || columnExclusions.dontKnow() < 0 || columnExclusions.notAnswered() < 0
                || columnExclusions.notApplicable() < 0) {
            throw new IllegalArgumentException("a count of excluded cases is negative: " + rowExclusions + ", "
                    + columnExclusions);
        }
        if (excludedCases < Math.max(rowExclusions.total(), columnExclusions.total())) {
            throw new IllegalArgumentException("excludedCases = " + excludedCases + " is fewer than one variable's "
                    + Math.max(rowExclusions.total(), columnExclusions.total()) + " excluded cases");
        }
        return new ContingencyTable(rowVariable, columnVariable, rowLabels, columnLabels, counts, rowExclusions,
                columnExclusions, excludedCases);
    }

    private static List<String> numbers(int count) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            labels.add(Integer.toString(i));
        }
        return labels;
    }

    /** The row variable: a question key, or {@code "row"} for a table of raw counts. */
    public String rowVariable() {
        return rowVariable;
    }

    /** The column variable: a question key, or {@code "column"} for a table of raw counts. */
    public String columnVariable() {
        return columnVariable;
    }

    /** The row labels (answer codes in sheet order for tables built from cases). */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** The column labels (answer codes in sheet order for tables built from cases). */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /** The number of rows, empty ones included. */
    public int rows() {
        return counts.length;
    }

    /** The number of columns, empty ones included. */
    public int columns() {
        return counts[0].length;
    }

    /** One count. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** A copy of the counts, {@code [row][column]}. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** The number of cases in the table. */
    public long n() {
        return n;
    }

    /** The row totals. */
    public long[] rowTotals() {
        return rowTotals.clone();
    }

    /** The column totals. */
    public long[] columnTotals() {
        return columnTotals.clone();
    }

    /** Each count as a share of its row total; an empty row has {@code NaN} shares. */
    public double[][] rowShares() {
        double[][] shares = new double[rows()][columns()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                shares[i][j] = rowTotals[i] == 0 ? Double.NaN : (double) counts[i][j] / rowTotals[i];
            }
        }
        return shares;
    }

    /** Each count as a share of its column total; an empty column has {@code NaN} shares. */
    public double[][] columnShares() {
        double[][] shares = new double[rows()][columns()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                shares[i][j] = columnTotals[j] == 0 ? Double.NaN : (double) counts[i][j] / columnTotals[j];
            }
        }
        return shares;
    }

    /**
     * The counts expected under independence, row total times column total over n (Agresti 2013,
     * §3.2; R: {@code chisq.test(x)$expected}); {@code NaN} everywhere when the table is empty.
     */
    public double[][] expectedCounts() {
        double[][] expected = new double[rows()][columns()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                expected[i][j] = n == 0 ? Double.NaN : (double) rowTotals[i] * columnTotals[j] / n;
            }
        }
        return expected;
    }

    /** Whether some row or column has no cases. */
    public boolean hasEmptyRowOrColumn() {
        for (long t : rowTotals) {
            if (t == 0) {
                return true;
            }
        }
        for (long t : columnTotals) {
            if (t == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * This table without its empty rows and columns (the table the tests use); the same table when
     * there are none. The exclusions are kept.
     */
    public ContingencyTable withoutEmptyRowsAndColumns() {
        if (!hasEmptyRowOrColumn()) {
            return this;
        }
        List<Integer> keptRows = new ArrayList<>();
        List<Integer> keptColumns = new ArrayList<>();
        for (int i = 0; i < rows(); i++) {
            if (rowTotals[i] > 0) {
                keptRows.add(i);
            }
        }
        for (int j = 0; j < columns(); j++) {
            if (columnTotals[j] > 0) {
                keptColumns.add(j);
            }
        }
        if (keptRows.isEmpty()) {
            throw new IllegalArgumentException("the table has no cases: " + describe());
        }
        long[][] kept = new long[keptRows.size()][keptColumns.size()];
        for (int a = 0; a < keptRows.size(); a++) {
            for (int b = 0; b < keptColumns.size(); b++) {
                kept[a][b] = counts[keptRows.get(a)][keptColumns.get(b)];
            }
        }
        return new ContingencyTable(rowVariable, columnVariable, keptRows.stream().map(rowLabels::get).toList(),
                keptColumns.stream().map(columnLabels::get).toList(), kept, rowExclusions, columnExclusions,
                excludedCases);
    }

    /** The table with rows and columns swapped (exclusions swapped too). */
    public ContingencyTable transpose() {
        long[][] t = new long[columns()][rows()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                t[j][i] = counts[i][j];
            }
        }
        return new ContingencyTable(columnVariable, rowVariable, columnLabels, rowLabels, t, columnExclusions,
                rowExclusions, excludedCases);
    }

    /** The cases left out because of the row variable's answers. */
    public Exclusions rowExclusions() {
        return rowExclusions;
    }

    /** The cases left out because of the column variable's answers. */
    public Exclusions columnExclusions() {
        return columnExclusions;
    }

    /** The number of cases left out for any reason; {@code n() + excludedCases()} is the number of cases read. */
    public long excludedCases() {
        return excludedCases;
    }

    /** The counts as R would write them: {@code matrix(c(...), nrow = r, byrow = TRUE)}. */
    String describe() {
        StringBuilder s = new StringBuilder("matrix(c(");
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                s.append(i + j == 0 ? "" : ", ").append(counts[i][j]);
            }
        }
        return s.append("), nrow = ").append(rows()).append(", byrow = TRUE)").toString();
    }

    @Override
    public String toString() {
        return rowVariable + " x " + columnVariable + ": " + describe();
    }
}
