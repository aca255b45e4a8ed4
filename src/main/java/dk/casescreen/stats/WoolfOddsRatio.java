package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The sample odds ratio (a d) / (b c) of a 2 x 2 table with Woolf's (1955) logit interval,
 * exp(log OR ± z sqrt(1/a + 1/b + 1/c + 1/d)) (Agresti 2013, §3.1). When a cell is zero, 0.5 is
 * added to every cell first (Haldane 1956, Anscombe 1956). The same numbers come from R's Wald
 * interval of the group coefficient of {@code glm(cbind(a, b) ~ group, family = binomial)}.
 */
final class WoolfOddsRatio {

    private WoolfOddsRatio() {
    }

    static TestResult estimate(ContingencyTable table, double level) {
        if (table.rows() != 2 || table.columns() != 2) {
            throw new IllegalArgumentException("an odds ratio needs a 2 x 2 table, not " + table.rows() + " x "
                    + table.columns() + ": " + table.describe());
        }
        Intervals.checkLevel(level);
        double a = table.count(0, 0);
        double b = table.count(0, 1);
        double c = table.count(1, 0);
        double d = table.count(1, 1);
        boolean zero = a == 0 || b == 0 || c == 0 || d == 0;
        if (zero) {
            a += 0.5;
            b += 0.5;
            c += 0.5;
            d += 0.5;
        }
        double logOr = Math.log(a) + Math.log(d) - Math.log(b) - Math.log(c);
        double se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
        List<String> warnings = new ArrayList<>();
        if (table.hasEmptyRowOrColumn()) {
            warnings.add("A row or column of the 2 x 2 table is empty: the odds ratio is not identified.");
        }
        String method = "Odds ratio with Woolf's logit " + Intervals.percent(level) + " confidence interval"
                + (zero ? " (0.5 added to every cell because a cell is zero: Haldane-Anscombe correction)" : "");
        return new TestResult(method, Double.NaN, Double.NaN, Double.NaN, Math.exp(logOr), Math.exp(logOr - z * se),
                Math.exp(logOr + z * se), level, Alternative.TWO_SIDED, table.n(), warnings);
    }
}
