package dk.casescreen.stats;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable two-way table of counts with row and column labels (Agresti 2013, §2.1), together
 * with how many cases were left out of it and why.
 *
 * <p>A table built from cases keeps the sheet's answer order and keeps levels nobody chose as
 * empty rows or columns, for display. The tests in {@link Tests} use the table without its empty
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
     * @param notAnswered   cases where the question applied but was left blank
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
        return new ContingencyTable("row", "column", rowLabels, columnLabels, counts,
                new Exclusions("row", 0, 0, 0), new Exclusions("column", 0, 0, 0), 0);
    }

    /**
     * Cross-tabulates two choice questions: rows are the answers to {@code rowKey}, columns the
     * answers to {@code columnKey}, both in the sheet's order, with answer codes as labels. Cases
     * answering "Ved ikke", not answering or not concerned by either question are left out and
     * counted by reason.
     */
    public static ContingencyTable of(CaseTable cases, String rowKey, String columnKey) {
        return of(cases, rowKey, columnKey, false);
    }

    /**
     * Cross-tabulates two choice questions as {@link #of(CaseTable, String, String)} does; with
     * {@code keepDontKnow}, "Ved ikke" is a category of its own (where the sheet puts it) instead
     * of being left out. Not answered and not applicable are always left out and counted.
     */
    public static ContingencyTable of(CaseTable cases, String rowKey, String columnKey, boolean keepDontKnow) {
        if (rowKey.equals(columnKey)) {
            throw new IllegalArgumentException("rows and columns are the same question: " + rowKey);
        }
        Question rowQuestion = choiceQuestion(cases, rowKey);
        Question columnQuestion = choiceQuestion(cases, columnKey);
        List<String> rowCodes = codes(rowQuestion, keepDontKnow);
        List<String> columnCodes = codes(columnQuestion, keepDontKnow);
        long[][] counts = new long[rowCodes.size()][columnCodes.size()];
        long[] rowReasons = new long[3];
        long[] columnReasons = new long[3];
        long excluded = 0;
        int[] rowAt = positions(rowQuestion, rowCodes, keepDontKnow);
        int[] columnAt = positions(columnQuestion, columnCodes, keepDontKnow);
        AnswerColumn rowAnswers = cases.column(rowKey);
        AnswerColumn columnAnswers = cases.column(columnKey);
        for (int r = 0; r < cases.size(); r++) {
            int i = position(rowAnswers.option(r), rowAt, rowReasons);
            int j = position(columnAnswers.option(r), columnAt, columnReasons);
            if (i == OTHER || j == OTHER) {
                // an answer that is none of the options: say which case holds it
                CaseRecord record = cases.record(r);
                position(record, rowQuestion, rowCodes, keepDontKnow, new long[3]);
                position(record, columnQuestion, columnCodes, keepDontKnow, new long[3]);
            }
            if (i < 0 || j < 0) {
                excluded++;
            } else {
                counts[i][j]++;
            }
        }
        return new ContingencyTable(rowKey, columnKey, rowCodes, columnCodes, counts,
                new Exclusions(rowKey, rowReasons[0], rowReasons[1], rowReasons[2]),
                new Exclusions(columnKey, columnReasons[0], columnReasons[1], columnReasons[2]), excluded);
    }

    private static Question choiceQuestion(CaseTable cases, String key) {
        Question q = cases.sheet().require(key);
        if (!q.type().isChoice()) {
            throw new IllegalArgumentException("question " + q.number() + " (" + key
                    + ") is answered with a whole number; group it into bands before cross-tabulating");
        }
        return q;
    }

    private static List<String> codes(Question q, boolean keepDontKnow) {
        return q.options().stream().filter(o -> keepDontKnow || !o.dontKnow()).map(AnswerOption::code).toList();
    }

    private static final int OTHER = -2;

    /** For each option of the question, its row or column, or -1 for a "Ved ikke" left out. */
    private static int[] positions(Question q, List<String> codes, boolean keepDontKnow) {
        int[] at = new int[q.options().size()];
        for (int o = 0; o < at.length; o++) {
            AnswerOption option = q.options().get(o);
            at[o] = !keepDontKnow && option.dontKnow() ? -1 : codes.indexOf(option.code());
        }
        return at;
    }

    /** The row or column of a coded answer, or -1 after counting why the case is left out ({@link #OTHER} for none of the options). */
    private static int position(int option, int[] at, long[] reasons) {
        if (option >= 0) {
            if (at[option] < 0) {
                reasons[0]++;
            }
            return at[option];
        }
        if (option == AnswerColumn.NOT_ANSWERED) {
            reasons[1]++;
            return -1;
        }
        if (option == AnswerColumn.NOT_APPLICABLE) {
            reasons[2]++;
            return -1;
        }
        return OTHER;
    }

    /** The answer's row or column, or -1 after counting why the case is left out. */
    private static int position(CaseRecord record, Question q, List<String> codes, boolean keepDontKnow,
                                long[] reasons) {
        Answer answer = record.answer(q.key());
        switch (answer) {
            case Answer.Choice(String code) -> {
                if (!keepDontKnow && q.isDontKnow(code)) {
                    reasons[0]++;
                    return -1;
                }
                int at = codes.indexOf(code);
                if (at < 0) {
                    throw new IllegalArgumentException("case " + record.caseNumber() + " (" + record.source().file()
                            + " row " + record.source().row() + "): '" + code + "' is not an answer to question "
                            + q.number() + " (" + q.key() + ")");
                }
                return at;
            }
            case Answer.NotAnswered() -> {
                reasons[1]++;
                return -1;
            }
            case Answer.NotApplicable() -> {
                reasons[2]++;
                return -1;
            }
            case Answer.WholeNumber(int value) -> throw new IllegalArgumentException("case " + record.caseNumber()
                    + ": question " + q.key() + " holds the number " + value + " instead of an answer code");
        }
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
