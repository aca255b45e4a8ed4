package dk.casescreen.analysis;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.ContingencyTable;
import dk.casescreen.stats.ContingencyTable.Exclusions;
import java.util.List;

/**
 * Cross-tabulations of two choice questions of a case table, as {@link ContingencyTable}s: the
 * adapter from the domain to the numeric core. Rows and columns keep the sheet's answer order and
 * keep levels nobody chose as empty rows or columns, for display; the cases left out are counted by
 * reason ("Ved ikke", not answered, not applicable).
 */
public final class CrossTabs {

    private CrossTabs() {
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
        // how many cases give each pair of answers (the codes below 0 shifted up): one pass without branches,
        // then each pair's cases counted where they belong
        int width = columnAt.length + CODES_BELOW_ZERO;
        long[] pairs = new long[(rowAt.length + CODES_BELOW_ZERO) * width];
        for (int r = 0; r < cases.size(); r++) {
            pairs[(rowAnswers.option(r) + CODES_BELOW_ZERO) * width + columnAnswers.option(r) + CODES_BELOW_ZERO]++;
        }
        for (int a = 0; a < pairs.length; a++) {
            long n = pairs[a];
            if (n == 0) {
                continue;
            }
            int i = position(a / width - CODES_BELOW_ZERO, rowAt, rowReasons, n);
            int j = position(a % width - CODES_BELOW_ZERO, columnAt, columnReasons, n);
            if (i == OTHER || j == OTHER) {
                // an answer that is none of the options: say which case holds it
                throw otherAnswer(cases, rowQuestion, rowCodes, columnQuestion, columnCodes, keepDontKnow);
            }
            if (i < 0 || j < 0) {
                excluded += n;
            } else {
                counts[i][j] += n;
            }
        }
        return ContingencyTable.of(rowKey, columnKey, rowCodes, columnCodes, counts).withExclusions(
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
    /** The answer codes below 0 ({@link AnswerColumn#NUMBER} is the lowest). */
    private static final int CODES_BELOW_ZERO = -AnswerColumn.NUMBER;

    /** For each option of the question, its row or column, or -1 for a "Ved ikke" left out. */
    private static int[] positions(Question q, List<String> codes, boolean keepDontKnow) {
        int[] at = new int[q.options().size()];
        for (int o = 0; o < at.length; o++) {
            AnswerOption option = q.options().get(o);
            at[o] = !keepDontKnow && option.dontKnow() ? -1 : codes.indexOf(option.code());
        }
        return at;
    }

    /**
     * The row or column of a coded answer, or -1 after counting why its {@code cases} are left out ({@link #OTHER}
     * for none of the options).
     */
    private static int position(int option, int[] at, long[] reasons, long cases) {
        if (option >= 0) {
            if (at[option] < 0) {
                reasons[0] += cases;
            }
            return at[option];
        }
        if (option == AnswerColumn.NOT_ANSWERED) {
            reasons[1] += cases;
            return -1;
        }
        if (option == AnswerColumn.NOT_APPLICABLE) {
            reasons[2] += cases;
            return -1;
        }
        return OTHER;
    }

    /** The located error for the first case whose answer to either question is none of its options. */
    private static IllegalArgumentException otherAnswer(CaseTable cases, Question rowQuestion, List<String> rowCodes,
                                                        Question columnQuestion, List<String> columnCodes,
                                                        boolean keepDontKnow) {
        for (int r = 0; r < cases.size(); r++) {
            if (cases.column(rowQuestion.key()).option(r) < AnswerColumn.NOT_APPLICABLE
                    || cases.column(columnQuestion.key()).option(r) < AnswerColumn.NOT_APPLICABLE) {
                CaseRecord record = cases.record(r);
                position(record, rowQuestion, rowCodes, keepDontKnow, new long[3]);
                position(record, columnQuestion, columnCodes, keepDontKnow, new long[3]);
            }
        }
        throw new IllegalStateException("an answer that is none of the options was not found again");
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

}
