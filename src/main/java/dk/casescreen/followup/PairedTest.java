package dk.casescreen.followup;

import dk.casescreen.stats.TestResult;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One paired test of change between two rounds, with its Holm-adjusted p-value within the comparison's
 * family of tests.
 *
 * @param id        the test's id: {@code bowker_cost_band}, {@code stuart_maxwell_cost_band},
 *                  {@code wilcoxon_cost_band} or {@code mcnemar_<question key>}
 * @param result    the test (method, statistic, df, pValue, n); pValue is NaN when there was nothing to test
 * @param pAdjusted the Holm-adjusted p-value (Holm 1979; R's {@code p.adjust(p, "holm")}) over the tests
 *                  with a p-value; NaN for a test without one, which is left out of the family
 */
public record PairedTest(String id, TestResult result, double pAdjusted) {

    /** The unadjusted p-value. */
    public double pValue() {
        return result.pValue();
    }

    /** The tests as a tidy table: id, method, statistic, parameter, p.value, p.adjusted, n. */
    public static Table asTable(List<PairedTest> tests) {
        StringColumn id = StringColumn.create("id");
        StringColumn method = StringColumn.create("method");
        DoubleColumn statistic = DoubleColumn.create("statistic");
        DoubleColumn df = DoubleColumn.create("parameter");
        DoubleColumn p = DoubleColumn.create("p.value");
        DoubleColumn adjusted = DoubleColumn.create("p.adjusted");
        DoubleColumn n = DoubleColumn.create("n");
        for (PairedTest t : tests) {
            id.append(t.id());
            method.append(t.result().method());
            statistic.append(t.result().statistic());
            df.append(t.result().df());
            p.append(t.pValue());
            adjusted.append(t.pAdjusted());
            n.append(t.result().n());
        }
        return Table.create("paired tests", id, method, statistic, df, p, adjusted, n);
    }
}
