package dk.casescreen.analysis;

import dk.casescreen.stats.Readable;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An adjusted odds ratio of the exposure from a regression model.
 *
 * @param method    what it is ("proportional-odds odds ratio of a higher cost band, adjusted for ...")
 * @param estimate  the odds ratio
 * @param confLow   the lower Wald limit
 * @param confHigh  the upper Wald limit
 * @param confLevel the confidence level of the limits (0.95)
 * @param pValue    the two-sided Wald p-value
 * @param n         the cases in the model
 * @param exposed   the exposed cases in the model
 * @param notes     what the model dropped or noticed
 */
public record Effect(String method, double estimate, double confLow, double confHigh, double confLevel, double pValue,
                     long n, long exposed, List<String> notes) {

    /** Creates an effect; the notes are copied. */
    public Effect {
        notes = List.copyOf(notes);
    }

    /**
     * This effect as a one-row Tablesaw table with the columns of broom's {@code tidy(fit, conf.int =
     * TRUE, exponentiate = TRUE)} for the exposure term (term, estimate, p.value, conf.low, conf.high),
     * then conf.level, method, n and exposed.
     */
    public Table asTable() {
        return Table.create("effect",
                StringColumn.create("term", ExposureDesign.EXPOSURE),
                DoubleColumn.create("estimate", estimate),
                DoubleColumn.create("p.value", pValue),
                DoubleColumn.create("conf.low", confLow),
                DoubleColumn.create("conf.high", confHigh),
                DoubleColumn.create("conf.level", confLevel),
                StringColumn.create("method", method),
                DoubleColumn.create("n", (double) n),
                DoubleColumn.create("exposed", (double) exposed));
    }

    /** A short reading: {@code "odds ratio 1.84 (95% CI 1.21 to 2.8), p = 0.00431, n = 683"}. */
    @Override
    public String toString() {
        return "odds ratio " + Readable.number(estimate) + " (" + Readable.percent(confLevel) + " CI "
                + Readable.number(confLow) + " to " + Readable.number(confHigh) + "), p = " + Readable.number(pValue)
                + ", n = " + n;
    }
}
