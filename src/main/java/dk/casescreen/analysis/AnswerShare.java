package dk.casescreen.analysis;

import dk.casescreen.stats.Readable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How many cases gave one answer, out of how many answered, with the share's 95% Wilson interval
 * ({@link dk.casescreen.stats.Intervals#wilson}).
 *
 * @param code     the answer code
 * @param count    the cases that gave it
 * @param n        the denominator: the cases that answered the question ("Ved ikke" included)
 * @param estimate the share, count / n
 * @param confLow  the lower bound of the 95% Wilson interval
 * @param confHigh the upper bound of the 95% Wilson interval
 */
public record AnswerShare(String code, long count, long n, double estimate, double confLow, double confHigh) {

    /** The confidence level of every answer share's interval. */
    public static final double CONF_LEVEL = 0.95;

    /** The confidence level of the interval: {@value #CONF_LEVEL}. */
    public double confLevel() {
        return CONF_LEVEL;
    }

    /** This share as a one-row Tablesaw table: answer, count, n, estimate, conf.low, conf.high, conf.level. */
    public Table asTable() {
        Table t = emptyTable("answer share", false);
        append(t, null, this);
        return t;
    }

    /** A short reading: {@code "yes: 12.5% (95% CI 9.1% to 16.9%), 25 of 200"}. */
    @Override
    public String toString() {
        return code + ": " + Readable.share(estimate) + " (95% CI " + Readable.share(confLow) + " to "
                + Readable.share(confHigh) + "), " + count + " of " + n;
    }

    /** An empty table of shares, with a scope and a question column when {@code withQuestion}. */
    static Table emptyTable(String name, boolean withQuestion) {
        Table t = Table.create(name);
        if (withQuestion) {
            t.addColumns(StringColumn.create("scope"), StringColumn.create("question"));
        }
        return t.addColumns(StringColumn.create("answer"), DoubleColumn.create("count"), DoubleColumn.create("n"),
                DoubleColumn.create("estimate"), DoubleColumn.create("conf.low"), DoubleColumn.create("conf.high"),
                DoubleColumn.create("conf.level"));
    }

    /** Appends a row; {@code scopeAndQuestion} is null for a table without those columns. */
    static void append(Table t, String[] scopeAndQuestion, AnswerShare s) {
        if (scopeAndQuestion != null) {
            ((StringColumn) t.column("scope")).append(scopeAndQuestion[0]);
            ((StringColumn) t.column("question")).append(scopeAndQuestion[1]);
        }
        ((StringColumn) t.column("answer")).append(s.code);
        ((DoubleColumn) t.column("count")).append((double) s.count);
        ((DoubleColumn) t.column("n")).append((double) s.n);
        ((DoubleColumn) t.column("estimate")).append(s.estimate);
        ((DoubleColumn) t.column("conf.low")).append(s.confLow);
        ((DoubleColumn) t.column("conf.high")).append(s.confHigh);
        ((DoubleColumn) t.column("conf.level")).append(CONF_LEVEL);
    }
}
