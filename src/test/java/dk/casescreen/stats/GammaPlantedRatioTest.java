package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gamma regression recovers a mean ratio planted in simulated costs: annual costs gamma distributed
 * (shape 2, so dispersion 0.5) with mean 3.5 million kroner times 1.3 for the exposed and times 1.2 or
 * 1.5 for two provider types, exposure more common among the dearer providers (confounding). The
 * estimated ratio must lie within 4 standard errors of 1.3 (a fixed seed's 95 % interval may miss it one
 * time in twenty, so that is not asserted) and the dispersion must be near 0.5; the exposure-only model, which ignores the confounder, must not recover it.
 */
class GammaPlantedRatioTest {

    private static final double RATIO = 1.3;
    private static final double SHAPE = 2;
    private static final int N = 4000;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void plantedMeanRatioIsRecoveredAdjustingForTheConfounder(long seed) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        double[] y = new double[N];
        double[][] x = new double[N][3];
        double[][] exposureOnly = new double[N][1];
        for (int i = 0; i < N; i++) {
            int provider = rng.nextInt(3);
            int exposed = rng.nextDouble() < 0.2 + 0.25 * provider ? 1 : 0;
            double mean = 3.5e6 * (exposed == 1 ? RATIO : 1) * (provider == 1 ? 1.2 : provider == 2 ? 1.5 : 1);
            y[i] = GammaDistribution.of(SHAPE, mean / SHAPE).createSampler(rng).sample();
            x[i] = new double[] {exposed, provider == 1 ? 1 : 0, provider == 2 ? 1 : 0};
            exposureOnly[i][0] = exposed;
        }
        ModelFit fit = Models.gamma(y, x, List.of("exposure", "provider_typeregional", "provider_typeprivate"));
        Coefficient c = fit.coefficient("exposure");
        double distance = Math.abs(c.estimate() - Math.log(RATIO)) / c.standardError();
        assertTrue(distance < 4, () -> "ratio " + c.ratio() + " (" + c.confLow() + " to " + c.confHigh()
                + ") is " + distance + " standard errors from " + RATIO);
        assertTrue(c.confLow() < c.ratio() && c.ratio() < c.confHigh(), c::toString);
        assertTrue(Math.abs(fit.dispersion() - 1 / SHAPE) < 0.05, () -> "dispersion " + fit.dispersion());
        Coefficient crude = Models.gamma(y, exposureOnly, List.of("exposure")).coefficient("exposure");
        assertTrue(crude.confLow() > RATIO, () -> "the crude ratio should be confounded upwards: " + crude);
    }
}
