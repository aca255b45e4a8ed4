package dk.casescreen.followup;

import dk.casescreen.Text;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Whether a first-round answer goes with becoming dearer: the odds ratio of a higher cost band in the
 * later round for Ja against Nej, from a logistic regression of dearer (1) against not (0) on the answer
 * and the target group (R: {@code glm(dearer ~ exposure + target_group, family = binomial)}), with its
 * Wald interval and p-value, the Holm-adjusted p-value across the predictors fitted, and the minimum
 * detectable odds ratio. A question that could not be fitted has NaN numbers and says why in
 * {@link #skipped}.
 *
 * @param question  the question key
 * @param exposure  the answer code compared with Nej ({@code yes})
 * @param n         the linked citizens in the model
 * @param exposed   of them, those who answered Ja in the first round
 * @param dearer    of them, those who became dearer
 * @param estimate  the adjusted odds ratio
 * @param confLow   its lower Wald limit
 * @param confHigh  its upper Wald limit
 * @param confLevel the confidence level
 * @param pValue    the Wald p-value
 * @param pAdjusted the Holm-adjusted p-value over the predictors fitted
 * @param mde       the minimum detectable odds ratio (above 1) at the options' alpha and power
 * @param method    what was fitted
 * @param skipped   why the question was not fitted, if it was not
 */
public record Predictor(String question, String exposure, long n, long exposed, long dearer, double estimate,
                        double confLow, double confHigh, double confLevel, double pValue, double pAdjusted, double mde,
                        String method, Optional<Text> skipped) {

    /** This predictor with its adjusted p-value. */
    Predictor withPAdjusted(double value) {
        return new Predictor(question, exposure, n, exposed, dearer, estimate, confLow, confHigh, confLevel, pValue, value,
                mde, method, skipped);
    }

    /**
     * The predictors as a tidy table: question, term, n, exposed, dearer, estimate, conf.low, conf.high,
     * conf.level, p.value, p.adjusted, mde, method, skipped (English reason, empty when fitted).
     */
    public static Table asTable(List<Predictor> predictors) {
        StringColumn question = StringColumn.create("question");
        StringColumn term = StringColumn.create("term");
        DoubleColumn n = DoubleColumn.create("n");
        DoubleColumn exposed = DoubleColumn.create("exposed");
        DoubleColumn dearer = DoubleColumn.create("dearer");
        DoubleColumn estimate = DoubleColumn.create("estimate");
        DoubleColumn low = DoubleColumn.create("conf.low");
        DoubleColumn high = DoubleColumn.create("conf.high");
        DoubleColumn level = DoubleColumn.create("conf.level");
        DoubleColumn p = DoubleColumn.create("p.value");
        DoubleColumn adjusted = DoubleColumn.create("p.adjusted");
        DoubleColumn mde = DoubleColumn.create("mde");
        StringColumn method = StringColumn.create("method");
        StringColumn skipped = StringColumn.create("skipped");
        for (Predictor r : predictors) {
            question.append(r.question());
            term.append(r.question() + r.exposure());
            n.append(r.n());
            exposed.append(r.exposed());
            dearer.append(r.dearer());
            estimate.append(r.estimate());
            low.append(r.confLow());
            high.append(r.confHigh());
            level.append(r.confLevel());
            p.append(r.pValue());
            adjusted.append(r.pAdjusted());
            mde.append(r.mde());
            method.append(r.method());
            skipped.append(r.skipped().map(Text::en).orElse(""));
        }
        return Table.create("predictors of becoming dearer", question, term, n, exposed, dearer, estimate, low, high,
                level, p, adjusted, mde, method, skipped);
    }
}
