package dk.casescreen.analysis;

import java.math.BigDecimal;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A municipality's spending on its screened cases per 1,000 inhabitants aged 18–66. So that a
 * municipality filling in fewer annual costs does not look cheaper, a missing annual cost is imputed by
 * the mean known annual cost of the same cost band, pooled over all municipalities (the mean of all
 * known costs for a case without a band); {@link #imputed()} says how many. The interval resamples the
 * municipality's cases (imputed costs as if known) with the mean's interval of {@link CostSummary}, scaled
 * by {@code cases * 1000 / population}.
 *
 * @param municipalityCode the municipality's code
 * @param name             its name
 * @param cases            its screened cases
 * @param imputed          the cases whose annual cost was imputed
 * @param knownTotal       the exact sum of the known annual costs, in kr.
 * @param total            the known plus the imputed annual costs, in kr.
 * @param population       its inhabitants aged 18–66
 * @param estimate         {@code total / population * 1000}: kr. per 1,000 inhabitants aged 18–66
 * @param confLow          the lower limit of the bootstrap interval
 * @param confHigh         the upper limit
 * @param confLevel        the interval's confidence level
 * @param rank             the rank by {@link #estimate()}, 1 for the highest spending
 * @param method           how the interval was computed
 */
public record MunicipalityCost(String municipalityCode, String name, long cases, long imputed, BigDecimal knownTotal,
                               double total, long population, double estimate, double confLow, double confHigh,
                               double confLevel, int rank, String method) {

    /** The costs as a tidy table, one row per municipality in rank order. */
    public static Table asTable(List<MunicipalityCost> costs) {
        StringColumn code = StringColumn.create("municipality");
        StringColumn name = StringColumn.create("name");
        StringColumn method = StringColumn.create("method");
        String[] names = {"rank", "cases", "imputed", "known.total", "total", "population", "estimate", "conf.low",
                "conf.high", "conf.level"};
        DoubleColumn[] columns = new DoubleColumn[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = DoubleColumn.create(names[i]);
        }
        for (MunicipalityCost c : costs) {
            code.append(c.municipalityCode);
            name.append(c.name);
            double[] values = {c.rank, c.cases, c.imputed, c.knownTotal.doubleValue(), c.total, c.population, c.estimate,
                    c.confLow, c.confHigh, c.confLevel};
            for (int i = 0; i < names.length; i++) {
                columns[i].append(values[i]);
            }
            method.append(c.method);
        }
        Table t = Table.create("cost per 1000", code, name);
        t.addColumns(columns);
        return t.addColumns(method);
    }
}
