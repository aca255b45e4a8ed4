package dk.casescreen.stats;

import tech.tablesaw.api.Table;

/**
 * Fisher's exact test of a table with the details of how its p-value was obtained.
 *
 * @param result        the test (for a 2 x 2 table with the odds ratio and its interval)
 * @param exact         whether the p-value is exact (false: simulated)
 * @param replicates    the number of random tables (0 when exact)
 * @param seed          the seed of the random tables (0 when exact)
 * @param standardError the Monte Carlo standard error sqrt(p (1 - p) / B) of a simulated p-value
 *                      ({@code NaN} when exact)
 * @param work          the work units the exact computation used (the workspace when it gave up; 0
 *                      when the p-value was simulated without trying or the table is 2 x 2)
 */
public record FisherResult(TestResult result, boolean exact, long replicates, long seed, double standardError,
                           long work) {

    /** The test as a one-row Tablesaw table with broom's columns ({@link TestResult#asTable()}). */
    public Table asTable() {
        return result.asTable();
    }

    /** A short reading: the test's ({@link TestResult#toString()}), and how a simulated p-value was obtained. */
    @Override
    public String toString() {
        return result + (exact ? "" : " (simulated from " + replicates + " tables, seed " + seed + ", Monte Carlo se "
                + Readable.number(standardError) + ")");
    }
}
