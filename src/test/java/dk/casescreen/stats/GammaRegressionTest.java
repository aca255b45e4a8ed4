package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gamma regression with a log link against R 4.2.2 (src/test/R/gamma.R): {@code glm(cost ~ ...,
 * family = Gamma(link = "log"), control = glm.control(epsilon = 1e-12, maxit = 100))}, estimates,
 * standard errors, t statistics and p-values of {@code summary.glm}, its dispersion, df.residual,
 * deviance, logLik, AIC and BIC, and the t interval of the ratio of means, compared to 1e-6 relative on
 * the data sets of gamma.input.csv (annual costs of 0.3 to 22 million kroner).
 */
class GammaRegressionTest {

    private static final double TOLERANCE = 1e-6;
    private static final RReference R = RReference.load("gamma");
    private static final List<String> GROUPS = List.of("intellectual_disability", "autism_and_intellectual_disability",
            "autism", "mental_illness", "acquired_brain_injury", "other");
    private static final List<String> PROVIDERS = List.of("municipal", "regional", "private");

    @ParameterizedTest
    @CsvSource({
        "small, small, provider_type",
        "medium, medium, target_group provider_type",
        "large, large, target_group provider_type age",
        "sparse, sparse, target_group provider_type",
        "large_exposure_only, large, ''"})
    void matchesGlmGammaLogLink(String name, String dataset, String confounders) {
        List<String> predictors = new ArrayList<>(List.of("exposure"));
        if (!confounders.isBlank()) {
            predictors.addAll(List.of(confounders.split(" ")));
        }
        ModelFit fit = Models.gamma(design(dataset, predictors));
        assertEquals(R.text(name, "coefficients"), String.join(";", fit.coefficients().stream().map(Coefficient::term).toList()));
        for (Coefficient c : fit.coefficients()) {
            R.assertClose(name, "estimate:" + c.term(), c.estimate(), TOLERANCE);
            R.assertClose(name, "std.error:" + c.term(), c.standardError(), TOLERANCE);
            R.assertClose(name, "statistic:" + c.term(), c.statistic(), TOLERANCE);
            R.assertClose(name, "p.value:" + c.term(), c.pValue(), TOLERANCE);
            R.assertClose(name, "ratio:" + c.term(), c.ratio(), TOLERANCE);
            R.assertClose(name, "conf.low:" + c.term(), c.confLow(), TOLERANCE);
            R.assertClose(name, "conf.high:" + c.term(), c.confHigh(), TOLERANCE);
            assertEquals(R.value(name, "df.residual"), c.df(), name + " " + c.term() + " df");
        }
        R.assertClose(name, "dispersion", fit.dispersion(), TOLERANCE);
        assertEquals((int) R.value(name, "df.residual"), fit.dfResidual());
        R.assertClose(name, "deviance", fit.deviance(), TOLERANCE);
        R.assertClose(name, "logLik", fit.logLikelihood(), TOLERANCE);
        R.assertClose(name, "AIC", fit.aic(), TOLERANCE);
        R.assertClose(name, "BIC", fit.bic(), TOLERANCE);
        assertEquals((int) R.value(name, "nobs"), fit.n());
    }

    @Test
    void rawArraysGiveTheSameFitAsTheDesign() {
        DesignMatrix design = design("medium", List.of("exposure", "target_group", "provider_type"));
        ModelFit viaDesign = Models.gamma(design);
        ModelFit viaArrays = Models.gamma(design.response(), design.x(), design.columnNames());
        assertEquals(viaDesign.coefficients(), viaArrays.coefficients());
        assertEquals(viaDesign.dispersion(), viaArrays.dispersion());
    }

    @Test
    void intervalAtAnotherLevelUsesTheTQuantile() {
        ModelFit fit = Models.gamma(design("small", List.of("exposure", "provider_type")));
        Coefficient c = fit.withConfLevel(0.90).coefficient("exposure");
        double half = org.apache.commons.statistics.distribution.TDistribution.of(fit.dfResidual())
                .inverseSurvivalProbability(0.05) * c.standardError();
        assertEquals(Math.exp(c.estimate() - half), c.confLow(), 1e-12 * c.confLow());
        assertEquals(Math.exp(c.estimate() + half), c.confHigh(), 1e-12 * c.confHigh());
        assertEquals(0.90, c.confLevel());
    }

    @Test
    void aNonPositiveCostFailsNamingItsIndexAndValue() {
        double[] y = {3e6, 4e6, 0, 5e6, -1};
        double[][] x = {{0}, {1}, {0}, {1}, {0}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Models.gamma(y, x, List.of("exposure")));
        assertTrue(e.getMessage().contains("index 2") && e.getMessage().contains("0.0"), e.getMessage());
    }

    @Test
    void aDesignWithoutNumericOutcomeIsRejected() {
        DesignMatrix design = DesignMatrix.of(new int[] {0, 1, 0, 1}, List.of("no", "yes"),
                new double[][] {{1}, {2}, {3}, {4}}, List.of("x"));
        assertThrows(IllegalArgumentException.class, () -> Models.gamma(design));
    }

    @Test
    void collinearColumnsAreRankDeficient() {
        double[] y = {3e6, 4e6, 2e6, 5e6, 6e6, 3.5e6};
        double[][] x = {{0, 0}, {1, 2}, {0, 0}, {1, 2}, {1, 2}, {0, 0}};
        ModelFitException e = assertThrows(ModelFitException.class, () -> Models.gamma(y, x, List.of("a", "b")));
        assertEquals(ModelFitException.Kind.RANK_DEFICIENT, e.kind());
    }

    /** The design of one data set of gamma.input.csv: cost on the predictors, levels in sheet order. */
    static DesignMatrix design(String dataset, List<String> predictors) {
        List<String[]> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(RListInput.FOLDER.resolve("gamma.input.csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (f[0].equals(dataset)) {
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        double[] cost = new double[n];
        double[] exposure = new double[n];
        double[] age = new double[n];
        String[] group = new String[n];
        String[] provider = new String[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            cost[i] = Double.parseDouble(f[1]);
            exposure[i] = Double.parseDouble(f[2]);
            group[i] = f[3];
            provider[i] = f[4];
            age[i] = f[5].isEmpty() ? Double.NaN : Double.parseDouble(f[5]);
        }
        return DesignMatrix.builder(n).numeric("cost", cost).numeric("exposure", exposure).numeric("age", age)
                .factor("target_group", GROUPS, group).factor("provider_type", PROVIDERS, provider)
                .numericOutcome("cost").predictors(predictors.toArray(String[]::new)).build();
    }
}
