package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.CaseDesign;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logistic regression and the proportional-odds model against R (src/test/R/models.R): glm with
 * {@code epsilon = 1e-14} and ordinal::clm with {@code gradTol = 1e-10}, compared to 1e-6 relative;
 * MASS::polr, whose BFGS optimum and numerical Hessian are only accurate to about 1e-5, compared more
 * loosely. The reference-data models are built with {@link DesignMatrix} from the synthetic reference
 * cases, the others from the generated columns of models.input.csv.
 */
class ModelsAgainstRTest {

    private static final double TOLERANCE = 1e-6;
    private static final RReference R = RReference.load("models");
    private static CaseTable reference;

    @BeforeAll
    static void loadReferenceData() {
        reference = ReferenceData.builtIn().cases();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ref_logistic", "small_logistic", "large_logistic", "sparse_logistic"})
    void logisticRegressionMatchesGlm(String name) {
        assertMatches(name, fit(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ref_po", "ref_po_missing", "small_po", "large_po", "sparse_po"})
    void proportionalOddsMatchesClm(String name) {
        assertMatches(name, fit(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ref_po", "ref_po_missing", "small_po", "large_po", "sparse_po"})
    void proportionalOddsAgreesWithPolrToPolrsPrecision(String name) {
        // polr maximises with BFGS, stopping at a relative change of 1e-8 in the log-likelihood, and
        // differentiates the gradient numerically for the Hessian: its estimates are off by up to ~1e-4
        // standard errors and its standard errors by up to ~1e-4 relative (clm, above, agrees to 1e-9).
        String polr = name + ".polr";
        ModelFit fit = fit(name);
        assertEquals(R.text(polr, "coefficients"), String.join(";", fit.coefficients().stream().map(Coefficient::term).toList()));
        assertEquals(R.text(polr, "thresholds"), String.join(";", fit.thresholds().stream().map(Coefficient::term).toList()));
        for (List<Coefficient> group : List.of(fit.thresholds(), fit.coefficients())) {
            for (Coefficient c : group) {
                double difference = Math.abs(c.estimate() - R.value(polr, "estimate:" + c.term()));
                assertTrue(difference <= 1e-3 * c.standardError(), () -> polr + " " + c.term() + ": estimate "
                        + c.estimate() + ", polr " + R.value(polr, "estimate:" + c.term()));
                R.assertClose(polr, "std.error:" + c.term(), c.standardError(), 1e-3);
            }
        }
        R.assertClose(polr, "logLik", fit.logLikelihood(), 1e-8);
        assertEquals((int) R.value(polr, "nobs"), fit.n());
    }

    private static void assertMatches(String name, ModelFit fit) {
        assertEquals(R.text(name, "coefficients"), String.join(";", fit.coefficients().stream().map(Coefficient::term).toList()),
                name + " coefficient names");
        assertEquals(R.text(name, "thresholds"), String.join(";", fit.thresholds().stream().map(Coefficient::term).toList()),
                name + " threshold names");
        for (Coefficient c : fit.thresholds()) {
            assertTerm(name, c, false);
        }
        for (Coefficient c : fit.coefficients()) {
            assertTerm(name, c, true);
        }
        R.assertClose(name, "logLik", fit.logLikelihood(), TOLERANCE);
        R.assertClose(name, "deviance", fit.deviance(), TOLERANCE);
        R.assertClose(name, "AIC", fit.aic(), TOLERANCE);
        R.assertClose(name, "BIC", fit.bic(), TOLERANCE);
        assertEquals((int) R.value(name, "nobs"), fit.n(), name + " nobs");
    }

    private static void assertTerm(String name, Coefficient c, boolean oddsRatio) {
        String t = c.term();
        R.assertClose(name, "estimate:" + t, c.estimate(), TOLERANCE);
        R.assertClose(name, "std.error:" + t, c.standardError(), TOLERANCE);
        R.assertClose(name, "statistic:" + t, c.statistic(), TOLERANCE);
        // A p-value's relative error is about z^2 times that of z.
        R.assertClose(name, "p.value:" + t, c.pValue(), TOLERANCE * Math.max(1, c.statistic() * c.statistic()));
        if (oddsRatio) {
            R.assertClose(name, "conf.low:" + t, c.confLow(), TOLERANCE);
            R.assertClose(name, "conf.high:" + t, c.confHigh(), TOLERANCE);
        }
    }

    private static ModelFit fit(String name) {
        return switch (name) {
            case "ref_logistic" -> Models.logistic(CaseDesign.from(reference)
                    .binaryOutcome("conviction", "yes")
                    .predictors("target_group", "behaviour_decisive", "use_of_force", "gender", "age").build());
            case "ref_po" -> Models.proportionalOdds(CaseDesign.from(reference).outcome("cost_band")
                    .predictors("provider_type", "target_group", "behaviour_decisive").build());
            case "ref_po_missing" -> Models.proportionalOdds(CaseDesign.from(reference).outcome("cost_band")
                    .predictors("provider_type", "use_of_force", "places_in_offer", "supplementary_tariff", "age")
                    .reference("provider_type", "private").build());
            default -> generated(name);
        };
    }

    private static ModelFit generated(String name) {
        String dataset = name.substring(0, name.indexOf('_'));
        List<String> names = switch (dataset) {
            case "large" -> List.of("x1", "x2", "x3", "x4");
            default -> List.of("x1", "x2");
        };
        Map<String, double[]> columns = readDataset(dataset);
        int n = columns.get("y_bin").length;
        double[][] x = new double[n][names.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < names.size(); j++) {
                x[i][j] = columns.get(names.get(j))[i];
            }
        }
        boolean logistic = name.endsWith("_logistic");
        int[] y = Arrays.stream(columns.get(logistic ? "y_bin" : "y_ord")).mapToInt(v -> (int) v).toArray();
        return logistic ? Models.logistic(y, x, names) : Models.proportionalOdds(y, x, names);
    }

    /** The generated columns of one data set, as R reads them from models.input.csv. */
    static Map<String, double[]> readDataset(String dataset) {
        try {
            List<String> lines = Files.readAllLines(ModelsInput.FILE, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.getFirst().split(",", -1));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(",", -1);
                if (parts[0].equals(dataset)) {
                    rows.add(parts);
                }
            }
            Map<String, double[]> columns = new java.util.LinkedHashMap<>();
            for (String c : ModelsInput.NUMBERS) {
                int index = header.indexOf(c);
                if (rows.getFirst()[index].isEmpty()) {
                    continue;
                }
                columns.put(c, rows.stream().mapToDouble(r -> Double.parseDouble(r[index])).toArray());
            }
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
