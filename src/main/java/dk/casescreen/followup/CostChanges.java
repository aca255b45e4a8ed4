package dk.casescreen.followup;

import dk.casescreen.stats.BootstrapReplicates;
import dk.casescreen.stats.Resampling;
import dk.casescreen.stats.TestResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The change in annual cost of the linked citizens with an exact annual cost in both rounds: the median
 * and the total of (later - earlier), each with a bootstrap percentile interval over citizens (Davison
 * &amp; Hinkley 1997, §5.3.1; R's {@code boot.ci(boot(d, function(d, i) median(d[i]), R), type = "perc")}).
 * The total is the exact sum of the differences.
 */
final class CostChanges {

    private CostChanges() {
    }

    static Optional<CostChange> of(Linking link, FollowUpOptions options) {
        List<BigDecimal> differences = new ArrayList<>();
        for (int i = 0; i < link.size(); i++) {
            Optional<BigDecimal> a = link.before(i).annualCost();
            Optional<BigDecimal> b = link.after(i).annualCost();
            if (a.isPresent() && b.isPresent()) {
                differences.add(b.get().subtract(a.get()));
            }
        }
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        double[] d = differences.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        double total = differences.stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
        double level = options.confLevel();
        String method = "Bootstrap percentile interval over citizens (" + options.replicates() + " resamples, seed "
                + options.seed() + ")";
        if (d.length < 2) {
            return Optional.of(new CostChange(d.length, median(d.clone()), Double.NaN, Double.NaN, total, Double.NaN,
                    Double.NaN, level, method));
        }
        BootstrapReplicates medians = Resampling.bootstrapRows(d.length, rows -> {
            double[] v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = d[rows[i]];
            }
            return median(v);
        }, options.replicates(), options.seed());
        BootstrapReplicates totals = Resampling.bootstrapRows(d.length, rows -> {
            double s = 0;
            for (int r : rows) {
                s += d[r];
            }
            return s * d.length / rows.length;
        }, options.replicates(), options.seed() + 1);
        TestResult m = medians.percentile(level);
        TestResult t = totals.percentile(level);
        return Optional.of(new CostChange(d.length, m.estimate(), m.confLow(), m.confHigh(), total, t.confLow(),
                t.confHigh(), level, method));
    }

    static double median(double[] v) {
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
