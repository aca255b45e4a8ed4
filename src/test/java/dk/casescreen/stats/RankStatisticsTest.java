package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What R computes inside {@code wilcox.test} and {@code cor.test(method = "spearman")} without returning it,
 * against R 4.2.2 (src/test/R/ranks.R, where each formula is checked against the p-value R returns): U of both
 * samples, rank sums and z with and without continuity correction; Spearman's t, df and normal-approximation
 * p-value; to 1e-9 relative.
 */
class RankStatisticsTest {

    private static final double TOLERANCE = 1e-9;
    private static final RListInput INPUT = RListInput.load("ranks");
    private static final RReference R = RReference.load("ranks");

    @TestFactory
    Stream<DynamicTest> mannWhitneyUOfBothSamplesRankSumsAndZMatchR() {
        return INPUT.cases("mw_").stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            double[] x = INPUT.numbers(c, "x");
            double[] y = INPUT.numbers(c, "y");
            RankTests.Exact exact = switch (INPUT.text(c, "exact")) {
                case "NULL" -> RankTests.Exact.AUTO;
                case "TRUE" -> RankTests.Exact.EXACT;
                default -> RankTests.Exact.APPROXIMATE;
            };
            boolean correct = Boolean.parseBoolean(INPUT.text(c, "correct").toLowerCase());
            for (Alternative a : Alternative.values()) {
                MannWhitneyResult u = RankTests.mannWhitneyU(x, y, a, exact, correct);
                R.assertClose(c, "u.x", u.uX(), TOLERANCE);
                R.assertClose(c, "u.y", u.uY(), TOLERANCE);
                R.assertClose(c, "rank.sum.x", u.rankSumX(), TOLERANCE);
                R.assertClose(c, "rank.sum.y", u.rankSumY(), TOLERANCE);
                R.assertClose(c, "z", u.z(), TOLERANCE);
                R.assertClose(c, "z.corrected." + a.rName(), u.zCorrected(), TOLERANCE);
                R.assertClose(c, "statistic", u.statistic(), TOLERANCE);
                R.assertClose(c, "p." + a.rName(), u.pValue(), TOLERANCE);
                assertEquals(RankTests.mannWhitney(x, y, a, exact, correct), u.test());
                assertEquals(x.length, u.nX());
                assertEquals(y.length, u.nY());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> spearmanTAndNormalApproximationMatchR() {
        return INPUT.cases("sp_").stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            double[] x = INPUT.numbers(c, "x");
            double[] y = INPUT.numbers(c, "y");
            for (Alternative a : Alternative.values()) {
                TestResult t = RankTests.spearmanT(x, y, a);
                // t = rho sqrt((n - 2) / (1 - rho^2)) cannot be compared when |rho| is 1 up to rounding: R's rho
                // 0.99999999999999978 gives t = 1.06e8, a rho of 1 gives Inf
                if (Math.abs(R.value(c, "estimate")) < 1 - 1e-12) {
                    R.assertClose(c, "t", t.statistic(), TOLERANCE);
                    R.assertClose(c, "p.t." + a.rName(), t.pValue(), TOLERANCE);
                }
                R.assertClose(c, "df", t.df(), TOLERANCE);
                R.assertClose(c, "estimate", t.estimate(), TOLERANCE);
                TestResult z = RankTests.spearmanNormal(x, y, a);
                R.assertClose(c, "z.normal", z.statistic(), TOLERANCE);
                R.assertClose(c, "p.normal." + a.rName(), z.pValue(), TOLERANCE);
                assertTrue(Double.isNaN(z.df()));
                assertEquals(a, z.alternative());
                assertEquals(x.length, z.n());
            }
        }));
    }

    @Test
    void perfectRankCorrelationGivesALargeTAndATinyPValue() {
        double[] x = {1, 2, 3, 4, 5, 6, 7};
        TestResult t = RankTests.spearmanT(x, new double[] {3, 4, 8, 9, 12, 20, 21}, Alternative.GREATER);
        assertTrue(t.statistic() > 1e7, "t = " + t.statistic());
        assertTrue(t.pValue() < 1e-30, "p = " + t.pValue());
        assertEquals(5, t.df());
    }

    @Test
    void swappingTheSamplesSwapsUAndRankSumsAndNegatesZ() {
        double[] x = {1.1, 2.3, 3.6, 4.2, 5.9, 2.3};
        double[] y = {2.2, 3.3, 4.4, 6.5, 7.1, 8.0, 3.6};
        MannWhitneyResult xy = RankTests.mannWhitneyU(x, y, Alternative.TWO_SIDED, RankTests.Exact.AUTO, true);
        MannWhitneyResult yx = RankTests.mannWhitneyU(y, x, Alternative.TWO_SIDED, RankTests.Exact.AUTO, true);
        assertEquals(xy.uX(), yx.uY());
        assertEquals(xy.rankSumX(), yx.rankSumY());
        assertEquals(-xy.z(), yx.z(), 1e-15);
        assertEquals(-xy.zCorrected(), yx.zCorrected(), 1e-15);
        assertEquals((x.length + y.length) * (x.length + y.length + 1) / 2.0, xy.rankSumX() + xy.rankSumY());
        assertEquals(x.length * y.length, xy.uX() + xy.uY());
        assertTrue(Math.abs(xy.zCorrected()) < Math.abs(xy.z()));
    }

    @Test
    void theTableHasBroomsColumnsAndTheUs() {
        MannWhitneyResult u = RankTests.mannWhitneyU(new double[] {1, 4, 5}, new double[] {2, 3, 6, 7},
                Alternative.LESS, RankTests.Exact.AUTO, true);
        assertEquals(java.util.List.of("statistic", "p.value", "method", "alternative", "n", "n.x", "n.y", "u.x", "u.y",
                "rank.sum.x", "rank.sum.y", "z", "z.corrected"), u.asTable().columnNames());
        assertEquals(u.uX(), u.asTable().doubleColumn("u.x").get(0));
        assertTrue(u.toString().startsWith("Wilcoxon rank sum exact test: U(x) = 4.0, U(y) = 8.0"), u.toString());
    }
}
