package dk.casescreen.followup;

import dk.casescreen.stats.Alternative;
import dk.casescreen.stats.TestResult;
import java.util.List;

/**
 * The paired tests and agreement measures a follow-up uses, in one place so the comparison code names
 * each once. Placeholder bodies until stats.PairedTests and stats.Agreement are merged.
 */
final class PairedStatistics {

    private PairedStatistics() {
    }

    static TestResult mcnemar(long[][] table) {
        return pending("McNemar's Chi-squared test with continuity correction", sum(table));
    }

    static TestResult bowker(long[][] table) {
        return pending("Bowker's test of symmetry", sum(table));
    }

    static TestResult stuartMaxwell(long[][] table) {
        return pending("Stuart-Maxwell test of marginal homogeneity", sum(table));
    }

    static TestResult wilcoxon(double[] later, double[] earlier) {
        return pending("Wilcoxon signed rank test with continuity correction", later.length);
    }

    static TestResult kappa(long[][] table, double confLevel) {
        return pending("Cohen's kappa", sum(table));
    }

    private static TestResult pending(String method, long n) {
        return TestResult.test(method, Double.NaN, Double.NaN, Double.NaN, Alternative.TWO_SIDED, n, List.of());
    }

    static long sum(long[][] table) {
        long s = 0;
        for (long[] row : table) {
            for (long v : row) {
                s += v;
            }
        }
        return s;
    }
}
