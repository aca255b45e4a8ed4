package dk.casescreen.analysis;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The smallest odds ratio a proportional-odds comparison of a binary exposure can detect, from
 * Whitehead's (1993) sample-size formula (Stat Med 12:2257–2271):
 * {@code n = 3 (z(1-alpha/2) + z(power))^2 / ((log OR)^2 * pi (1 - pi) * (1 - sum p_k^3))},
 * solved for OR, with {@code pi} the share exposed and {@code p_k} the outcome category shares.
 */
public final class MinimumDetectableEffect {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private MinimumDetectableEffect() {
    }

    /**
     * The minimum detectable odds ratio (above 1), or NaN when the exposure or the outcome does not vary.
     *
     * @param n          the cases
     * @param exposed    the share exposed
     * @param bandShares the outcome category shares (summing to 1)
     * @param alpha      the two-sided level
     * @param power      the power
     */
    public static double oddsRatio(long n, double exposed, double[] bandShares, double alpha, double power) {
        double cube = 0;
        for (double p : bandShares) {
            cube += p * p * p;
        }
        double information = n * exposed * (1 - exposed) * (1 - cube);
        if (!(information > 0)) {
            return Double.NaN;
        }
        double z = NORMAL.inverseCumulativeProbability(1 - alpha / 2) + NORMAL.inverseCumulativeProbability(power);
        return Math.exp(Math.sqrt(3 * z * z / information));
    }
}
