package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.stats.ModelFit;
import dk.casescreen.stats.Models;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whitehead's analytic minimum detectable effect, checked against simulated proportional-odds data. */
class MinimumDetectableEffectTest {

    private static final double[] SHARES = {0.32, 0.24, 0.19, 0.14, 0.08, 0.025, 0.005};

    @Test
    void analyticValueMatchesTheFormula() {
        // n = 683, pi = 0.3, alpha = 0.05 / 10, power 0.8:
        // log OR = sqrt(3 (qnorm(0.9975) + qnorm(0.8))^2 / (683 * 0.3 * 0.7 * (1 - sum(p^3))))
        double cubes = 0;
        for (double p : SHARES) {
            cubes += p * p * p;
        }
        double z = 2.8070337683438114 + 0.84162123357291441; // R 4.2.2: qnorm(0.9975), qnorm(0.8)
        double expected = Math.exp(Math.sqrt(3 * z * z / (683 * 0.3 * 0.7 * (1 - cubes))));
        assertEquals(expected, MinimumDetectableEffect.oddsRatio(683, 0.3, SHARES, 0.005, 0.8), 1e-12);
        assertTrue(Double.isNaN(MinimumDetectableEffect.oddsRatio(683, 0.0, SHARES, 0.005, 0.8)));
    }

    @Test
    void simulatedPowerAtTheMinimumDetectableEffectIsEightyPercent() {
        int n = 683;
        double pi = 0.3;
        double alpha = 0.005;
        double or = MinimumDetectableEffect.oddsRatio(n, pi, SHARES, alpha, 0.8);
        double[] thresholds = thresholdsFor(Math.log(or), pi);
        SplittableRandom rng = new SplittableRandom(683);
        int simulations = 500;
        int rejected = 0;
        for (int s = 0; s < simulations; s++) {
            int[] y = new int[n];
            double[][] x = new double[n][1];
            for (int i = 0; i < n; i++) {
                x[i][0] = rng.nextDouble() < pi ? 1 : 0;
                double u = rng.nextDouble();
                double latent = Math.log(u / (1 - u)) + Math.log(or) * x[i][0];
                int k = 0;
                while (k < thresholds.length && latent > thresholds[k]) {
                    k++;
                }
                y[i] = k;
            }
            ModelFit fit = Models.proportionalOdds(y, x, List.of("exposure"));
            if (fit.coefficient("exposure").pValue() < alpha) {
                rejected++;
            }
        }
        double power = (double) rejected / simulations;
        // Whitehead's formula is a large-sample approximation; 500 simulations have a standard error of 0.018.
        assertEquals(0.8, power, 0.07, "simulated power " + power + " at odds ratio " + or);
    }

    /** Thresholds that give the target marginal shares when a share pi is shifted by beta. */
    private static double[] thresholdsFor(double beta, double pi) {
        double[] thresholds = new double[SHARES.length - 1];
        double cumulative = 0;
        for (int k = 0; k < thresholds.length; k++) {
            cumulative += SHARES[k];
            double low = -20;
            double high = 20;
            for (int i = 0; i < 200; i++) {
                double mid = (low + high) / 2;
                double marginal = (1 - pi) * logistic(mid) + pi * logistic(mid - beta);
                if (marginal < cumulative) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            thresholds[k] = (low + high) / 2;
        }
        return thresholds;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
