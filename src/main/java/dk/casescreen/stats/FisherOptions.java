package dk.casescreen.stats;

/**
 * How Fisher's exact test of an r x c table is computed.
 *
 * @param workspace     the most work units the exact network algorithm may use before the p-value
 *                      is simulated instead (one per column allocation enumerated or past value
 *                      passed on, more per node/past-value pair or node stored; at most about 16
 *                      bytes of memory per unit)
 * @param monteCarlo    simulate the p-value even when the exact one is within reach
 * @param replicates    the number of random tables when the p-value is simulated
 * @param seed          the seed of the random tables
 */
public record FisherOptions(long workspace, boolean monteCarlo, long replicates, long seed) {

    /**
     * The default workspace: 30 million work units, about a second; at most about 500 MB in the
     * worst case, typically under 100 MB.
     */
    public static final long DEFAULT_WORKSPACE = 30_000_000L;
    /** The default number of random tables. */
    public static final long DEFAULT_REPLICATES = 100_000L;
    /** The default seed. */
    public static final long DEFAULT_SEED = 20_250_101L;

    /** Checks the values. */
    public FisherOptions {
        if (workspace < 1) {
            throw new IllegalArgumentException("the workspace must be positive, not " + workspace);
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("the number of replicates must be positive, not " + replicates);
        }
    }

    /** Exact where the workspace allows, else simulated with the default replicates and seed. */
    public static FisherOptions defaults() {
        return new FisherOptions(DEFAULT_WORKSPACE, false, DEFAULT_REPLICATES, DEFAULT_SEED);
    }

    /** These options with another workspace. */
    public FisherOptions withWorkspace(long units) {
        return new FisherOptions(units, monteCarlo, replicates, seed);
    }

    /** These options, always simulating the p-value. */
    public FisherOptions simulated() {
        return new FisherOptions(workspace, true, replicates, seed);
    }

    /** These options with another number of random tables. */
    public FisherOptions withReplicates(long count) {
        return new FisherOptions(workspace, monteCarlo, count, seed);
    }

    /** These options with another seed. */
    public FisherOptions withSeed(long value) {
        return new FisherOptions(workspace, monteCarlo, replicates, value);
    }
}
