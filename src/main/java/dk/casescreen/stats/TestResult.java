package dk.casescreen.stats;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of a statistical test or interval estimate, with the fields of R's broom::tidy:
 * what was done ({@link #method}), the test statistic and its degrees of freedom, the p-value, the
 * estimate with its confidence interval, the alternative, and the number of observations used.
 * Fields that do not apply are {@code NaN}. Warnings (such as small expected counts) are kept with
 * the result rather than logged.
 *
 * @param method      what was computed, in words, with every choice made ("Pearson's Chi-squared test
 *                    with Yates' continuity correction")
 * @param statistic   the test statistic
 * @param df          its degrees of freedom
 * @param pValue      the p-value
 * @param estimate    the estimate (odds ratio, share, correlation, ...)
 * @param confLow     the lower confidence limit of the estimate
 * @param confHigh    the upper confidence limit of the estimate
 * @param confLevel   the confidence level of the interval (NaN without an interval)
 * @param alternative the alternative hypothesis
 * @param n           the number of observations used
 * @param warnings    warnings about the result's validity, in English
 */
public record TestResult(String method, double statistic, double df, double pValue, double estimate, double confLow,
                         double confHigh, double confLevel, Alternative alternative, long n, List<String> warnings) {

    /** Creates a result; the warnings are copied. */
    public TestResult {
        warnings = List.copyOf(warnings);
    }

    /** A test without an estimate. */
    public static TestResult test(String method, double statistic, double df, double pValue, Alternative alternative,
                                  long n, List<String> warnings) {
        return new TestResult(method, statistic, df, pValue, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                alternative, n, warnings);
    }

    /** An estimate with a confidence interval and no test. */
    public static TestResult interval(String method, double estimate, double confLow, double confHigh,
                                      double confLevel, long n) {
        return new TestResult(method, Double.NaN, Double.NaN, Double.NaN, estimate, confLow, confHigh, confLevel,
                Alternative.TWO_SIDED, n, List.of());
    }

    /** This result as a one-row Tablesaw table with broom's column names. */
    public Table asTable() {
        return Table.create(method,
                DoubleColumn.create("estimate", estimate),
                DoubleColumn.create("statistic", statistic),
                DoubleColumn.create("p.value", pValue),
                DoubleColumn.create("parameter", df),
                DoubleColumn.create("conf.low", confLow),
                DoubleColumn.create("conf.high", confHigh),
                StringColumn.create("method", method),
                StringColumn.create("alternative", alternative.rName()),
                DoubleColumn.create("n", (double) n));
    }

    /**
     * A short reading: the method, then what applies of statistic, df, p-value, estimate with its
     * interval, and n ({@code "Pearson's Chi-squared test: statistic 3.2, df 2, p = 0.202, n = 100"}).
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(method).append(':');
        String sep = " ";
        if (!Double.isNaN(statistic)) {
            s.append(sep).append("statistic ").append(Readable.number(statistic));
            sep = ", ";
        }
        if (!Double.isNaN(df)) {
            s.append(sep).append("df ").append(Readable.number(df));
            sep = ", ";
        }
        if (!Double.isNaN(pValue)) {
            s.append(sep).append("p = ").append(Readable.number(pValue));
            sep = ", ";
        }
        if (!Double.isNaN(estimate)) {
            s.append(sep).append("estimate ").append(Readable.number(estimate));
            if (!Double.isNaN(confLevel)) {
                s.append(" (").append(Readable.interval(confLow, confHigh, confLevel)).append(')');
            }
            sep = ", ";
        }
        s.append(sep).append("n = ").append(n);
        if (!warnings.isEmpty()) {
            s.append(" [").append(warnings.size()).append(warnings.size() == 1 ? " warning]" : " warnings]");
        }
        return s.toString();
    }
}
