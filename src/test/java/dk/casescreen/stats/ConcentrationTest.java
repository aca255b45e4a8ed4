package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Gini coefficient, Lorenz curve and top shares against R 4.2.2 by the formulas of ineq::Gini and
 * ineq::Lc (src/test/R/concentration.R), the bootstrap BCa intervals of the Gini and of the mean against
 * boot.ci computed from the Java replicates, all at 1e-9 relative; and the invariants: equal amounts give
 * Gini 0 and top shares equal to the fraction, scaling or permuting the amounts changes nothing.
 */
class ConcentrationTest {

    private static final double TOLERANCE = 1e-9;
    private static final RReference R = RReference.load("concentration");
    private static final RListInput INPUT = RListInput.load("concentration");
    private static final double[] FRACTIONS = {0.1, 0.2, 0.25, 0.5, 1};

    @ParameterizedTest
    @ValueSource(strings = {"costs_n40", "n25_with_ties", "with_zeros", "one_holds_all", "two_cases"})
    void giniLorenzAndTopSharesMatchR(String name) {
        double[] x = ConcentrationRInput.sample(name).amounts();
        R.assertClose(name, "gini", Concentration.gini(x), TOLERANCE);
        R.assertClose(name, "gini.corrected", Concentration.giniCorrected(x), TOLERANCE);
        List<Concentration.Point> points = Concentration.lorenz(x).points();
        assertEquals(x.length + 1, points.size());
        for (int i = 0; i < points.size(); i++) {
            R.assertClose(name, "lorenz.p:" + i, points.get(i).caseShare(), TOLERANCE);
            R.assertClose(name, "lorenz.L:" + i, points.get(i).amountShare(), TOLERANCE);
        }
        for (double f : FRACTIONS) {
            R.assertClose(name, "top:" + (f == 1 ? "1" : Double.toString(f)), Concentration.topShare(x, f), TOLERANCE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"costs_n40", "n25_with_ties"})
    void giniIntervalIsBootCiBcaOfTheSameReplicates(String name) {
        ConcentrationRInput.Sample s = ConcentrationRInput.sample(name);
        assertArrayEquals(INPUT.numbers(name, "gini.t"), ConcentrationRInput.giniReplicates(s).replicates(),
                "the replicates differ from those R was given: rewrite the input (see ConcentrationRInput)");
        assertEquals(0, R.value(name, "gini.max.L.diff"), 1e-9);
        TestResult r = Concentration.giniInterval(s.amounts(), s.replicates(), s.seed(), s.level());
        R.assertClose(name, "gini", r.estimate(), TOLERANCE);
        R.assertClose(name, "gini.bca.low", r.confLow(), TOLERANCE);
        R.assertClose(name, "gini.bca.high", r.confHigh(), TOLERANCE);
        assertEquals(s.level(), r.confLevel());
        assertTrue(r.method().contains("BCa") && r.method().contains(s.replicates() + " replicates"), r.method());
    }

    @ParameterizedTest
    @ValueSource(strings = {"costs_n40", "n25_with_ties"})
    void meanIntervalIsBootCiBcaOfTheSameReplicates(String name) {
        ConcentrationRInput.Sample s = ConcentrationRInput.sample(name);
        assertArrayEquals(INPUT.numbers(name, "mean.t"), ConcentrationRInput.meanReplicates(s).replicates(),
                "the replicates differ from those R was given: rewrite the input (see ConcentrationRInput)");
        TestResult r = Resampling.meanInterval(s.amounts(), s.replicates(), s.seed(), s.level());
        R.assertClose(name, "mean.t0.R", r.estimate(), TOLERANCE);
        R.assertClose(name, "mean.bca.low", r.confLow(), TOLERANCE);
        R.assertClose(name, "mean.bca.high", r.confHigh(), TOLERANCE);
        assertEquals(s.amounts().length, r.n());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 25, 40})
    void equalAmountsHaveGiniZeroAndTopSharesEqualToTheFraction(int n) {
        double[] x = new double[n];
        Arrays.fill(x, 3_250_000.0);
        assertEquals(0, Concentration.gini(x), 1e-15);
        for (double f : FRACTIONS) {
            assertEquals(f, Concentration.topShare(x, f), 1e-14, "fraction " + f);
        }
        for (Concentration.Point p : Concentration.lorenz(x).points()) {
            assertEquals(p.caseShare(), p.amountShare(), 1e-14);
        }
    }

    @Test
    void scalingAndPermutingTheAmountsChangeNothing() {
        double[] x = ConcentrationRInput.COSTS.clone();
        double[] scaled = Arrays.stream(x).map(v -> v / 1000.0 * 7).toArray();
        double[] permuted = x.clone();
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = permuted.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = permuted[i];
            permuted[i] = permuted[j];
            permuted[j] = t;
        }
        assertTrue(!Arrays.equals(x, permuted));
        double gini = Concentration.gini(x);
        assertEquals(gini, Concentration.gini(scaled), 1e-14);
        assertEquals(gini, Concentration.gini(permuted), 1e-14);
        for (double f : FRACTIONS) {
            assertEquals(Concentration.topShare(x, f), Concentration.topShare(scaled, f), 1e-14);
            assertEquals(Concentration.topShare(x, f), Concentration.topShare(permuted, f), 1e-14);
        }
        assertEquals(Concentration.lorenz(x), Concentration.lorenz(permuted));
        assertEquals(Concentration.giniInterval(x, 500, 3, 0.95).confLow(),
                Concentration.giniInterval(scaled, 500, 3, 0.95).confLow(), 1e-12);
    }

    @Test
    void lorenzCurveInterpolatesBetweenItsPoints() {
        Concentration.Lorenz curve = Concentration.lorenz(new double[] {1, 3});
        assertEquals(0.25, curve.at(0.5), 1e-15);
        assertEquals(0.125, curve.at(0.25), 1e-15);
        assertEquals(1 - curve.at(0.9), Concentration.topShare(new double[] {1, 3}, 0.1), 1e-15);
    }

    @Test
    void badAmountsFailNamingTheFirstAndItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Concentration.gini(new double[] {4e6, 2e6, -5, Double.NaN}));
        assertTrue(e.getMessage().contains("index 2") && e.getMessage().contains("-5.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Concentration.gini(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Concentration.lorenz(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Concentration.topShare(new double[] {1, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> Concentration.topShare(new double[] {1, 2}, 1.5));
    }
}
