package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** The Wilcoxon signed rank test of paired samples, as R's {@code wilcox.test(x, y, paired = TRUE)}. */
final class WilcoxonSignedRank {

    static final String TIES = "cannot compute exact p-value with ties";
    static final String ZEROES = "cannot compute exact p-value with zeroes";
    static final String ALL_ZERO = "every difference is zero: no test";

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private WilcoxonSignedRank() {
    }

    static TestResult test(double[] x, double[] y, Alternative alternative, RankTests.Exact exact, boolean correct) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("Wilcoxon signed rank test: " + (x == null ? "x" : "y") + " is null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("Wilcoxon signed rank test: x has " + x.length + " values but y has "
                    + y.length + "; paired samples must have the same length");
        }
        if (alternative == null || exact == null) {
            throw new IllegalArgumentException("Wilcoxon signed rank test: the " + (alternative == null ? "alternative"
                    : "exact option") + " is null");
        }
        double[] d = new double[x.length];
        int used = 0;
        boolean zeroes = false;
        for (int i = 0; i < x.length; i++) {
            double diff = x[i] - y[i];
            if (Double.isNaN(diff)) {
                continue;  // R: complete.cases(x, y), then NaN differences (Inf - Inf) dropped as NA
            }
            if (diff == 0) {
                zeroes = true;
                continue;
            }
            d[used++] = diff;
        }
        if (used == 0 && !zeroes) {
            throw new IllegalArgumentException("Wilcoxon signed rank test: no pair has both values (not missing); "
                    + "there is nothing to test");
        }
        int n = used;
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(d[i]);
        }
        Ranks ranks = Ranks.of(abs);
        double v = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                v += ranks.ranks()[i];
            }
        }
        boolean useExact = switch (exact) {
            case AUTO -> n < 50;
            case EXACT -> true;
            case APPROXIMATE -> false;
        };
        boolean ties = ranks.hasTies();
        List<String> warnings = new ArrayList<>();
        if (useExact && !ties && !zeroes) {
            SignedRankDistribution dist = new SignedRankDistribution(n);
            double p = switch (alternative) {
                case TWO_SIDED -> Math.min(1, 2 * (v > n * (n + 1.0) / 4 ? dist.cdf(v - 1, false) : dist.cdf(v, true)));
                case GREATER -> dist.cdf(v - 1, false);
                case LESS -> dist.cdf(v, true);
            };
            return TestResult.test("Wilcoxon signed rank exact test", v, Double.NaN, p, alternative, n, warnings);
        }
        double nd = n;
        double z = v - nd * (nd + 1) / 4;
        double sigma = Math.sqrt(nd * (nd + 1) * (2 * nd + 1) / 24 - ranks.tieSum() / 48);
        String method = "Wilcoxon signed rank test";
        double correction = 0;
        if (correct) {
            correction = alternative.continuityCorrection(z);
            method += " with continuity correction";
        }
        z = (z - correction) / sigma;  // 0 / 0 = NaN and +-0.5 / 0 = +-Inf when every difference is zero, as in R
        if (useExact && ties) {
            warnings.add(TIES);
        }
        if (useExact && zeroes) {
            warnings.add(ZEROES);
        }
        if (n == 0) {
            warnings.add(ALL_ZERO);
        }
        double p = Double.isNaN(z) ? Double.NaN : switch (alternative) {
            case LESS -> STANDARD_NORMAL.cumulativeProbability(z);
            case GREATER -> STANDARD_NORMAL.survivalProbability(z);
            case TWO_SIDED -> 2 * Math.min(STANDARD_NORMAL.cumulativeProbability(z), STANDARD_NORMAL.survivalProbability(z));
        };
        return TestResult.test(method, v, Double.NaN, p, alternative, n, warnings);
    }
}
