package dk.casescreen.analysis;

import dk.casescreen.stats.Intervals;
import dk.casescreen.stats.Readable;
import dk.casescreen.stats.TestResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How common an exposure is among the screened cases whose exposure is known, with the Wilson
 * interval ({@link Intervals#wilson}).
 *
 * @param count     the exposed cases
 * @param n         the cases whose exposure is known
 * @param estimate  count / n (NaN when n is 0)
 * @param confLow   the lower limit
 * @param confHigh  the upper limit
 * @param confLevel the confidence level (0.95)
 */
public record Prevalence(long count, long n, double estimate, double confLow, double confHigh, double confLevel) {

    static final double CONF_LEVEL = 0.95;

    static Prevalence of(long count, long n) {
        if (n == 0) {
            return new Prevalence(count, 0, Double.NaN, Double.NaN, Double.NaN, CONF_LEVEL);
        }
        TestResult ci = Intervals.wilson(count, n, CONF_LEVEL);
        return new Prevalence(count, n, ci.estimate(), ci.confLow(), ci.confHigh(), CONF_LEVEL);
    }

    /**
     * This prevalence as a one-row Tablesaw table with the columns of broom's {@code tidy(prop.test(x,
     * n, correct = FALSE))} that apply (estimate, conf.low, conf.high, method), then conf.level,
     * count and n.
     */
    public Table asTable() {
        return Table.create("prevalence",
                DoubleColumn.create("estimate", estimate),
                DoubleColumn.create("conf.low", confLow),
                DoubleColumn.create("conf.high", confHigh),
                DoubleColumn.create("conf.level", confLevel),
                StringColumn.create("method", "Wilson score interval without continuity correction"),
                DoubleColumn.create("count", (double) count),
                DoubleColumn.create("n", (double) n));
    }

    /** A short reading: {@code "12.5% (95% CI 9.1% to 16.9%), 25 of 200"}. */
    @Override
    public String toString() {
        return Readable.share(estimate) + " (" + Readable.percent(confLevel) + " CI " + Readable.share(confLow) + " to "
                + Readable.share(confHigh) + "), " + count + " of " + n;
    }
}
