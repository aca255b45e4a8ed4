package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Invariants of the model fits that hold whatever R says: permutations, recoding, rescaling, intervals. */
class ModelPropertiesTest {

    private static final Map<String, double[]> SMALL = ModelsAgainstRTest.readDataset("small");
    private static final List<String> NAMES = List.of("x1", "x2");

    private static double[][] x(Map<String, double[]> data) {
        int n = data.get("x1").length;
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = data.get("x1")[i];
            x[i][1] = data.get("x2")[i];
        }
        return x;
    }

    private static int[] y(String column) {
        double[] v = SMALL.get(column);
        int[] y = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            y[i] = (int) v[i];
        }
        return y;
    }

    private static void assertClose(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(expected - actual) <= tolerance * Math.max(1, Math.abs(expected)),
                () -> what + ": expected " + expected + " but was " + actual);
    }

    private static void assertSameFit(ModelFit a, ModelFit b, double tolerance) {
        for (int j = 0; j < a.coefficients().size(); j++) {
            assertClose(a.coefficients().get(j).estimate(), b.coefficients().get(j).estimate(), tolerance, "estimate " + j);
            assertClose(a.coefficients().get(j).standardError(), b.coefficients().get(j).standardError(), tolerance, "se " + j);
        }
        for (int j = 0; j < a.thresholds().size(); j++) {
            assertClose(a.thresholds().get(j).estimate(), b.thresholds().get(j).estimate(), tolerance, "threshold " + j);
        }
        assertClose(a.logLikelihood(), b.logLikelihood(), tolerance, "logLik");
    }

    @Test
    void permutingTheCasesChangesNothing() {
        double[][] x = x(SMALL);
        int[] yBin = y("y_bin");
        int[] yOrd = y("y_ord");
        int n = x.length;
        double[][] px = new double[n][];
        int[] pBin = new int[n];
        int[] pOrd = new int[n];
        for (int i = 0; i < n; i++) {
            int from = (i * 7 + 3) % n;
            px[i] = x[from];
            pBin[i] = yBin[from];
            pOrd[i] = yOrd[from];
        }
        assertSameFit(Models.logistic(yBin, x, NAMES), Models.logistic(pBin, px, NAMES), 1e-12);
        assertSameFit(Models.proportionalOdds(yOrd, x, NAMES), Models.proportionalOdds(pOrd, px, NAMES), 1e-12);
    }

    @Test
    void twoCategoryProportionalOddsIsLogisticRegressionWithTheInterceptNegated() {
        double[][] x = x(SMALL);
        int[] y = y("y_bin");
        ModelFit logistic = Models.logistic(y, x, NAMES);
        ModelFit po = Models.proportionalOdds(y, x, NAMES);
        assertClose(-logistic.coefficient("(Intercept)").estimate(), po.threshold("0|1").estimate(), 1e-10, "zeta");
        assertClose(logistic.coefficient("(Intercept)").standardError(), po.threshold("0|1").standardError(), 1e-10, "se");
        for (String name : NAMES) {
            assertClose(logistic.coefficient(name).estimate(), po.coefficient(name).estimate(), 1e-10, name);
            assertClose(logistic.coefficient(name).standardError(), po.coefficient(name).standardError(), 1e-10, name);
        }
        assertClose(logistic.logLikelihood(), po.logLikelihood(), 1e-12, "logLik");
        assertClose(logistic.aic(), po.aic(), 1e-12, "AIC");
    }

    @Test
    void reversingTheOrderOfTheCategoriesNegatesEverything() {
        double[][] x = x(SMALL);
        int[] y = y("y_ord");
        int[] reversed = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            reversed[i] = 2 - y[i];
        }
        ModelFit fit = Models.proportionalOdds(y, x, NAMES);
        ModelFit back = Models.proportionalOdds(reversed, x, NAMES);
        for (String name : NAMES) {
            assertClose(-fit.coefficient(name).estimate(), back.coefficient(name).estimate(), 1e-10, name);
            assertClose(fit.coefficient(name).standardError(), back.coefficient(name).standardError(), 1e-10, name);
        }
        assertClose(-fit.threshold("0|1").estimate(), back.threshold("1|2").estimate(), 1e-10, "zeta");
        assertClose(fit.logLikelihood(), back.logLikelihood(), 1e-12, "logLik");
    }

    @Test
    void rescalingAColumnRescalesItsCoefficientAndKeepsItsTest() {
        double[][] x = x(SMALL);
        double[][] scaled = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            scaled[i] = new double[] {x[i][0] * 1000, x[i][1]};
        }
        ModelFit fit = Models.proportionalOdds(y("y_ord"), x, NAMES);
        ModelFit rescaled = Models.proportionalOdds(y("y_ord"), scaled, NAMES);
        assertClose(fit.coefficient("x1").estimate() / 1000, rescaled.coefficient("x1").estimate(), 1e-10, "estimate");
        assertClose(fit.coefficient("x1").statistic(), rescaled.coefficient("x1").statistic(), 1e-10, "z");
        assertClose(fit.coefficient("x2").estimate(), rescaled.coefficient("x2").estimate(), 1e-10, "x2");
    }

    @Test
    void intervalsAreWaldIntervalsOfTheOddsRatioAtTheChosenLevel() {
        ModelFit fit = Models.logistic(y("y_bin"), x(SMALL), NAMES);
        Coefficient c = fit.coefficient("x1");
        assertEquals(0.95, fit.confLevel());
        assertClose(Math.exp(c.estimate() - 1.959963984540054 * c.standardError()), c.confLow(), 1e-14, "low");
        assertClose(Math.exp(c.estimate()), c.oddsRatio(), 1e-15, "odds ratio");
        ModelFit ninety = fit.withConfLevel(0.90);
        Coefficient d = ninety.coefficient("x1");
        assertEquals(c.estimate(), d.estimate());
        assertClose(Math.exp(c.estimate() + 1.6448536269514722 * c.standardError()), d.confHigh(), 1e-14, "high");
        assertClose(c.estimate() - 1.6448536269514722 * c.standardError(), d.logConfLow(), 1e-14, "log low");
        assertEquals(0.90, ninety.confLevel());
    }

    @Test
    void theCovarianceIsSymmetricWithTheSquaredStandardErrorsOnItsDiagonal() {
        ModelFit fit = Models.proportionalOdds(y("y_ord"), x(SMALL), NAMES);
        double[][] v = fit.covariance();
        assertEquals(fit.parameters(), v.length);
        List<Coefficient> all = new java.util.ArrayList<>(fit.thresholds());
        all.addAll(fit.coefficients());
        for (int i = 0; i < v.length; i++) {
            assertClose(all.get(i).standardError() * all.get(i).standardError(), v[i][i], 1e-14, "variance " + i);
            for (int j = 0; j < i; j++) {
                assertEquals(v[i][j], v[j][i]);
            }
        }
        v[0][0] = -1;
        assertTrue(fit.covariance()[0][0] > 0);
    }

    @Test
    void aFitRendersAsATidyTableThresholdsFirst() {
        ModelFit fit = Models.proportionalOdds(y("y_ord"), x(SMALL), NAMES);
        Table t = fit.asTable();
        assertEquals(List.of("term", "estimate", "std.error", "statistic", "p.value", "odds.ratio", "conf.low", "conf.high",
                "coef.type"), t.columnNames());
        assertEquals(List.of("0|1", "1|2", "x1", "x2"), t.stringColumn("term").asList());
        assertEquals(List.of("threshold", "threshold", "coefficient", "coefficient"), t.stringColumn("coef.type").asList());
        assertTrue(t.doubleColumn("odds.ratio").isMissing(0));
        assertTrue(fit.method().contains("McCullagh 1980"));
    }
}
