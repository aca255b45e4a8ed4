package dk.casescreen.followup;

/**
 * How a follow-up is computed: the bootstrap of the cost change (seed and number of resamples), the
 * confidence level of every interval, and the level and power of the minimum detectable effects.
 * Immutable; change a value with the {@code with...} methods, which reject a bad value at once.
 */
public final class FollowUpOptions {

    /** The default number of bootstrap resamples. */
    public static final int DEFAULT_REPLICATES = 2000;
    /** The default seed of the bootstrap. */
    public static final long DEFAULT_SEED = 20_250_101L;

    private final long seed;
    private final int replicates;
    private final double confLevel;
    private final double alpha;
    private final double power;

    private FollowUpOptions(long seed, int replicates, double confLevel, double alpha, double power) {
        this.seed = seed;
        this.replicates = replicates;
        this.confLevel = confLevel;
        this.alpha = alpha;
        this.power = power;
    }

    /** Seed {@value #DEFAULT_SEED}, {@value #DEFAULT_REPLICATES} resamples, 95% intervals, alpha 0.05, power 0.8. */
    public static FollowUpOptions defaults() {
        return new FollowUpOptions(DEFAULT_SEED, DEFAULT_REPLICATES, 0.95, 0.05, 0.8);
    }

    /** These options with another bootstrap seed. */
    public FollowUpOptions withSeed(long value) {
        return new FollowUpOptions(value, replicates, confLevel, alpha, power);
    }

    /** These options with another number of bootstrap resamples (at least 100). */
    public FollowUpOptions withReplicates(int value) {
        if (value < 100) {
            throw new IllegalArgumentException("the number of bootstrap replicates must be at least 100, not " + value);
        }
        return new FollowUpOptions(seed, value, confLevel, alpha, power);
    }

    /** These options with another confidence level, strictly between 0 and 1. */
    public FollowUpOptions withConfLevel(double value) {
        return new FollowUpOptions(seed, replicates, open("confidence level", value), alpha, power);
    }

    /** These options with another two-sided level for the minimum detectable effect, strictly between 0 and 1. */
    public FollowUpOptions withAlpha(double value) {
        return new FollowUpOptions(seed, replicates, confLevel, open("alpha", value), power);
    }

    /** These options with another power for the minimum detectable effect, strictly between 0 and 1. */
    public FollowUpOptions withPower(double value) {
        return new FollowUpOptions(seed, replicates, confLevel, alpha, open("power", value));
    }

    private static double open(String what, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("the " + what + " must lie strictly between 0 and 1, not " + value);
        }
        return value;
    }

    /** The bootstrap seed. */
    public long seed() {
        return seed;
    }

    /** The number of bootstrap resamples. */
    public int replicates() {
        return replicates;
    }

    /** The confidence level of every interval. */
    public double confLevel() {
        return confLevel;
    }

    /** The two-sided level of the minimum detectable effect. */
    public double alpha() {
        return alpha;
    }

    /** The power of the minimum detectable effect. */
    public double power() {
        return power;
    }
}
