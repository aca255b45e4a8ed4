package dk.casescreen.analysis;

import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A hypothesis in kroner: the ratio of the mean annual cost of exposed to unexposed screened cases from
 * a gamma regression with log link ({@code glm(cost ~ exposure + confounders, family = Gamma(link = "log"))})
 * with the same confounders as the proportional-odds model, and the difference in kroner that ratio means.
 * The difference is {@code (ratio - 1) * unexposedMean}, the mean annual cost of the unexposed cases in
 * the fit, and its interval is the ratio's interval transformed the same way: "a case with the exposure
 * costs on average that many kr. more than a comparable case without". A hypothesis that cannot be
 * fitted has NaN numbers and {@link #skipped()} says why.
 *
 * @param hypothesis         the hypothesis id
 * @param estimate           the ratio of mean annual cost, exposed / unexposed, adjusted
 * @param confLow            the lower limit of the ratio's interval (t-based, as {@code summary.glm})
 * @param confHigh           the upper limit
 * @param confLevel          the interval's confidence level
 * @param pValue             the t test's p-value of the exposure coefficient
 * @param pAdjusted          the p-value adjusted by Holm across the cost ratios of the hypotheses fitted
 * @param n                  the cases in the fit (screened, with an annual cost, exposure and confounders known)
 * @param exposed            the exposed cases among them
 * @param unexposedMean      the mean annual cost of the unexposed cases in the fit, in kr.
 * @param difference         {@code (estimate - 1) * unexposedMean}, in kr.
 * @param differenceConfLow  {@code (confLow - 1) * unexposedMean}
 * @param differenceConfHigh {@code (confHigh - 1) * unexposedMean}
 * @param method             the model
 * @param notes              what the reader should know (cases left out, levels dropped)
 * @param skipped            why there is no ratio: an arm with fewer than 5 cases with a cost, the
 *                           questions retired, or the fit failed
 */
public record CostRatio(String hypothesis, double estimate, double confLow, double confHigh, double confLevel,
                        double pValue, double pAdjusted, long n, long exposed, double unexposedMean, double difference,
                        double differenceConfLow, double differenceConfHigh, String method, List<String> notes,
                        Optional<String> skipped) {

    /** Creates the record; the notes are copied. */
    public CostRatio {
        notes = List.copyOf(notes);
    }

    /** A ratio with the p-value adjusted across the family. */
    CostRatio withPAdjusted(double adjusted) {
        return new CostRatio(hypothesis, estimate, confLow, confHigh, confLevel, pValue, adjusted, n, exposed,
                unexposedMean, difference, differenceConfLow, differenceConfHigh, method, notes, skipped);
    }

    /** A ratio not estimated, with the reason. */
    static CostRatio skipped(String hypothesis, long n, long exposed, String reason) {
        return new CostRatio(hypothesis, Double.NaN, Double.NaN, Double.NaN, CostStatistics.LEVEL, Double.NaN,
                Double.NaN, n, exposed, Double.NaN, Double.NaN, Double.NaN, Double.NaN, GAMMA, List.of(),
                Optional.of(reason));
    }

    static final String GAMMA = "Gamma regression with log link (ratio of mean annual cost, t-based interval)";

    /**
     * Ratios as a tidy table, one row each: hypothesis, estimate, conf.low, conf.high, conf.level, p.value,
     * p.adjusted, n, exposed, unexposed.mean, difference, difference.conf.low, difference.conf.high, method, skipped.
     */
    public static Table asTable(List<CostRatio> ratios) {
        StringColumn id = StringColumn.create("hypothesis");
        StringColumn method = StringColumn.create("method");
        StringColumn skipped = StringColumn.create("skipped");
        String[] names = {"estimate", "conf.low", "conf.high", "conf.level", "p.value", "p.adjusted", "n", "exposed",
                "unexposed.mean", "difference", "difference.conf.low", "difference.conf.high"};
        DoubleColumn[] columns = new DoubleColumn[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = DoubleColumn.create(names[i]);
        }
        for (CostRatio r : ratios) {
            id.append(r.hypothesis);
            double[] values = {r.estimate, r.confLow, r.confHigh, r.confLevel, r.pValue, r.pAdjusted, r.n, r.exposed,
                    r.unexposedMean, r.difference, r.differenceConfLow, r.differenceConfHigh};
            for (int i = 0; i < names.length; i++) {
                columns[i].append(values[i]);
            }
            method.append(r.method);
            skipped.append(r.skipped.orElse(""));
        }
        Table t = Table.create("cost ratios", id);
        t.addColumns(columns);
        return t.addColumns(method, skipped);
    }

    /** A short reading: {@code "H3: ratio of mean cost 1.31 (95% CI 1.10 to 1.56), p = 0.003, n = 612"}. */
    @Override
    public String toString() {
        if (skipped.isPresent()) {
            return hypothesis + ": no cost ratio (" + skipped.get() + ")";
        }
        return String.format(java.util.Locale.ROOT, "%s: ratio of mean cost %.2f (%.0f%% CI %.2f to %.2f), p = %.3g, n = %d",
                hypothesis, estimate, 100 * confLevel, confLow, confHigh, pValue, n);
    }
}
