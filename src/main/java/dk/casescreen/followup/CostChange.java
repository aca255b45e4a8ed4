package dk.casescreen.followup;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The change in exact annual cost (later minus earlier, kr.) of the linked citizens with an annual cost
 * in both rounds: the median change and the total change, each with a bootstrap interval over citizens
 * ({@link dk.casescreen.stats.Resampling#bootstrapRows}; the interval type is in {@link #method}). With
 * fewer than two citizens the intervals are NaN.
 *
 * @param n              the linked citizens with an annual cost in both rounds
 * @param median         the median change
 * @param medianConfLow  its lower limit
 * @param medianConfHigh its upper limit
 * @param total          the total change (the exact sum of the differences)
 * @param totalConfLow   its lower limit
 * @param totalConfHigh  its upper limit
 * @param confLevel      the confidence level
 * @param method         how the intervals were computed
 */
public record CostChange(long n, double median, double medianConfLow, double medianConfHigh, double total,
                         double totalConfLow, double totalConfHigh, double confLevel, String method) {

    /** As a tidy table, one row each for the median and the total: term, estimate, conf.low, conf.high, conf.level, n, method. */
    public Table asTable() {
        return Table.create("annual cost change",
                StringColumn.create("term", "median", "total"),
                DoubleColumn.create("estimate", median, total),
                DoubleColumn.create("conf.low", medianConfLow, totalConfLow),
                DoubleColumn.create("conf.high", medianConfHigh, totalConfHigh),
                DoubleColumn.create("conf.level", confLevel, confLevel),
                DoubleColumn.create("n", n, n),
                StringColumn.create("method", method, method));
    }
}
