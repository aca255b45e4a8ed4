package dk.casescreen.followup;

import dk.casescreen.stats.Agreement;
import dk.casescreen.stats.Alternative;
import dk.casescreen.stats.PairedTests;
import dk.casescreen.stats.TestResult;
import java.util.List;
import java.util.function.Supplier;

/**
 * The paired tests and the agreement measure a follow-up uses, with R's choices: McNemar with continuity
 * correction ({@code mcnemar.test}), Bowker's symmetry test ({@code mcnemar.test} on k x k), Stuart-Maxwell,
 * the Wilcoxon signed-rank test ({@code wilcox.test(paired = TRUE, exact = FALSE, correct = TRUE)}) and
 * Cohen's kappa. A test with nothing to test (too few observations) gives NaN with the reason as a warning.
 */
final class PairedStatistics {

    private PairedStatistics() {
    }

    static TestResult mcnemar(long[][] table) {
        return guarded("McNemar's Chi-squared test with continuity correction", sum(table),
                () -> PairedTests.mcnemar(table, true));
    }

    static TestResult bowker(long[][] table) {
        return guarded("Bowker's test of symmetry", sum(table), () -> PairedTests.bowker(table));
    }

    static TestResult stuartMaxwell(long[][] table) {
        return guarded("Stuart-Maxwell test of marginal homogeneity", sum(table), () -> PairedTests.stuartMaxwell(table));
    }

    static TestResult wilcoxon(double[] later, double[] earlier) {
        return guarded("Wilcoxon signed rank test with continuity correction", later.length,
                () -> PairedTests.wilcoxonSignedRank(later, earlier, false, true));
    }

    static TestResult kappa(long[][] table, double confLevel) {
        return guarded("Cohen's kappa", sum(table), () -> Agreement.cohensKappa(table, confLevel));
    }

    private static TestResult guarded(String method, long n, Supplier<TestResult> test) {
        try {
            return test.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            return TestResult.test(method, Double.NaN, Double.NaN, Double.NaN, Alternative.TWO_SIDED, n,
                    List.of(String.valueOf(e.getMessage())));
        }
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
