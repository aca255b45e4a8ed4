package dk.casescreen.analysis;

import java.math.BigDecimal;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The annual cost of one group of screened cases ("Hvad koster de?"): how many cases, how many of them
 * have an annual cost, the exact total, the mean with its 95 % interval, and the quartiles (R's default
 * {@code quantile(x, type = 7)}). Only cases with an annual cost enter the numbers; {@link #missing()}
 * says how many were left out.
 *
 * @param scope     what kind of group: {@code "all"}, {@code "municipality"}, or the key of the question
 *                  whose answer forms the group
 * @param group     the group: {@code "all"}, the municipality code, or the answer code
 * @param cases     the cases in the group
 * @param count     the cases in the group with an annual cost
 * @param total     the exact sum of their annual costs in kr. (a {@link BigDecimal} sum of the input amounts)
 * @param estimate  the mean annual cost in kr. (NaN without costs)
 * @param confLow   the lower limit of the mean's interval (NaN with fewer than 3 costs; {@link #method()} says why)
 * @param confHigh  the upper limit of the mean's interval
 * @param confLevel the interval's confidence level
 * @param q1        the first quartile (type 7)
 * @param median    the median (type 7)
 * @param q3        the third quartile (type 7)
 * @param method    how the interval was computed (bootstrap BCa with replicates and seed, or the t interval
 *                  for large groups), or why there is none
 */
public record CostSummary(String scope, String group, long cases, long count, BigDecimal total, double estimate,
                          double confLow, double confHigh, double confLevel, double q1, double median, double q3,
                          String method) {

    /** Creates the summary; the count cannot exceed the cases. */
    public CostSummary {
        java.util.Objects.requireNonNull(total, "total");
        if (count > cases || count < 0) {
            throw new IllegalArgumentException("The cases with a cost (" + count + ") must lie between 0 and the cases ("
                    + cases + ") of " + scope + "/" + group);
        }
    }

    /** The mean annual cost in kr. (the same as {@link #estimate()}). */
    public double mean() {
        return estimate;
    }

    /** The cases of the group without an annual cost. */
    public long missing() {
        return cases - count;
    }

    /** The share of the group's cases without an annual cost (NaN for an empty group). */
    public double missingShare() {
        return cases == 0 ? Double.NaN : (double) missing() / cases;
    }

    /** The summary as a one-row tidy table (columns as {@link #asTable(List)}). */
    public Table asTable() {
        return asTable(List.of(this));
    }

    /**
     * Summaries as a tidy Tablesaw table, one row each: scope, group, cases, count, missing, total,
     * estimate, conf.low, conf.high, conf.level, q1, median, q3, method.
     */
    public static Table asTable(List<CostSummary> summaries) {
        StringColumn scope = StringColumn.create("scope");
        StringColumn group = StringColumn.create("group");
        DoubleColumn cases = DoubleColumn.create("cases");
        DoubleColumn count = DoubleColumn.create("count");
        DoubleColumn missing = DoubleColumn.create("missing");
        DoubleColumn total = DoubleColumn.create("total");
        DoubleColumn estimate = DoubleColumn.create("estimate");
        DoubleColumn low = DoubleColumn.create("conf.low");
        DoubleColumn high = DoubleColumn.create("conf.high");
        DoubleColumn level = DoubleColumn.create("conf.level");
        DoubleColumn q1 = DoubleColumn.create("q1");
        DoubleColumn median = DoubleColumn.create("median");
        DoubleColumn q3 = DoubleColumn.create("q3");
        StringColumn method = StringColumn.create("method");
        for (CostSummary s : summaries) {
            scope.append(s.scope);
            group.append(s.group);
            cases.append((double) s.cases);
            count.append((double) s.count);
            missing.append((double) s.missing());
            total.append(s.total.doubleValue());
            estimate.append(s.estimate);
            low.append(s.confLow);
            high.append(s.confHigh);
            level.append(s.confLevel);
            q1.append(s.q1);
            median.append(s.median);
            q3.append(s.q3);
            method.append(s.method);
        }
        return Table.create("cost", scope, group, cases, count, missing, total, estimate, low, high, level, q1, median,
                q3, method);
    }

    /** A short reading: {@code "all/all: 650 of 683 cases with a cost, total 2450000, mean 3770000"}. */
    @Override
    public String toString() {
        return scope + "/" + group + ": " + count + " of " + cases + " cases with a cost, total " + total.toPlainString()
                + ", mean " + Math.round(estimate);
    }
}
