package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * RankTests against R 4.2.2 (src/test/R/ranks.R): {@code wilcox.test}, {@code cor.test(method = "spearman")}
 * and {@code kruskal.test} on the samples in ranks.input.csv, to 1e-9 relative.
 */
class RankTestsTest {

    private static final double TOLERANCE = 1e-9;
    private static final RListInput INPUT = RListInput.load("ranks");
    private static final RReference R = RReference.load("ranks");
    private static final Alternative[] ALTERNATIVES = Alternative.values();

    @TestFactory
    Stream<DynamicTest> mannWhitneyMatchesRForEveryAlternative() {
        return INPUT.cases("mw_").stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            double[] x = INPUT.numbers(c, "x");
            double[] y = INPUT.numbers(c, "y");
            RankTests.Exact exact = switch (INPUT.text(c, "exact")) {
                case "NULL" -> RankTests.Exact.AUTO;
                case "TRUE" -> RankTests.Exact.EXACT;
                default -> RankTests.Exact.APPROXIMATE;
            };
            boolean correct = Boolean.parseBoolean(INPUT.text(c, "correct").toLowerCase());
            for (Alternative a : ALTERNATIVES) {
                TestResult t = RankTests.mannWhitney(x, y, a, exact, correct);
                R.assertClose(c, "statistic", t.statistic(), TOLERANCE);
                R.assertClose(c, "p." + a.rName(), t.pValue(), TOLERANCE);
                assertEquals(R.text(c, "method"), t.method());
                assertEquals(warningsOf(c), t.warnings());
                assertEquals(x.length + y.length, t.n());
                assertEquals(a, t.alternative());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> spearmanMatchesRForEveryAlternative() {
        return INPUT.cases("sp_").stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            double[] x = INPUT.numbers(c, "x");
            double[] y = INPUT.numbers(c, "y");
            for (Alternative a : ALTERNATIVES) {
                TestResult t = RankTests.spearman(x, y, a);
                R.assertClose(c, "estimate", t.estimate(), TOLERANCE);
                R.assertClose(c, "statistic", t.statistic(), TOLERANCE);
                R.assertClose(c, "p." + a.rName(), t.pValue(), TOLERANCE);
                assertEquals(warningsOf(c), t.warnings());
                assertTrue(t.method().startsWith("Spearman's rank correlation rho"), t.method());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> kruskalWallisMatchesRForListsAndLabels() {
        return INPUT.cases("kw_").stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            List<double[]> groups = new ArrayList<>();
            for (String q : INPUT.quantities(c)) {
                groups.add(INPUT.numbers(c, q));
            }
            TestResult list = RankTests.kruskalWallis(groups.toArray(double[][]::new));
            int n = groups.stream().mapToInt(g -> g.length).sum();
            double[] values = new double[n];
            int[] labels = new int[n];
            String[] names = new String[n];
            for (int g = groups.size() - 1, at = 0; g >= 0; g--) { // labels in another order than the lists
                for (double v : groups.get(g)) {
                    values[at] = v;
                    labels[at] = 10 * g;
                    names[at++] = "group " + g;
                }
            }
            for (TestResult t : List.of(list, RankTests.kruskalWallis(values, labels),
                    RankTests.kruskalWallis(values, names))) {
                R.assertClose(c, "statistic", t.statistic(), TOLERANCE);
                R.assertClose(c, "parameter", t.df(), TOLERANCE);
                R.assertClose(c, "p.value", t.pValue(), TOLERANCE);
                assertEquals("Kruskal-Wallis rank sum test", t.method());
                assertEquals(n, t.n());
            }
        }));
    }

    @Test
    void kruskalWallisOfAnswerPositionsByCountingIsTheSameNumberAsByRanking() {
        // whole numbers in a narrow range (cost bands) with int labels go by counting, without ranking the
        // groups put together; the groups as arrays (increasing label, each in the order of its observations, as
        // the labels were read before) are always ranked: the results must agree to the last bit
        java.util.Random random = new java.util.Random(18);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(trial < 100 ? 40 : 5000);
            double[] values = new double[n];
            int[] labels = new int[n];
            String[] names = new String[n];
            int spread = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(10) < 1 ? Double.NaN : random.nextInt(spread) - 2 + (random.nextBoolean() ? 0.0 : -0.0);
                labels[i] = 3 * random.nextInt(1 + random.nextInt(6)) - 4;
                names[i] = String.format(java.util.Locale.ROOT, "%05d", labels[i] + 10);
            }
            java.util.TreeMap<Integer, List<Double>> byLabel = new java.util.TreeMap<>();
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(values[i])) {
                    byLabel.computeIfAbsent(labels[i], l -> new ArrayList<>()).add(values[i]);
                }
            }
            if (byLabel.size() < 2) {
                // one group (or none) left: refused, as the String labels refuse it
                assertThrows(IllegalArgumentException.class, () -> RankTests.kruskalWallis(values, labels));
                assertThrows(IllegalArgumentException.class, () -> RankTests.kruskalWallis(values, names));
                continue;
            }
            TestResult counted = RankTests.kruskalWallis(values, labels);
            TestResult ranked = RankTests.kruskalWallis(byLabel.values().stream()
                    .map(g -> g.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new));
            // the String labels keep the groups in the order they first appear: the same test, summed in another order
            double statistic = counted.statistic();
            assertEquals(RankTests.kruskalWallis(values, names).statistic(), statistic,
                    Double.isNaN(statistic) ? 0 : 1e-9 * Math.abs(statistic) + 1e-12);
            assertEquals(ranked.statistic(), counted.statistic(), "trial " + trial);
            assertEquals(ranked.pValue(), counted.pValue(), "trial " + trial);
            assertEquals(ranked.df(), counted.df(), "trial " + trial);
            assertEquals(ranked.n(), counted.n(), "trial " + trial);
            assertEquals(ranked.warnings(), counted.warnings(), "trial " + trial);
        }
        assertThrows(IllegalArgumentException.class, () -> RankTests.kruskalWallis(new double[] {Double.NaN, Double.NaN},
                new int[] {1, 2}));
    }

    private static List<String> warningsOf(String c) {
        String w = R.text(c, "warning");
        return w.equals("none") ? List.of() : List.of(w);
    }

    @Test
    void spearmanUsesAs89EnumerationUpToNineAndEdgeworthTo1290() {
        double[] x9 = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] y9 = {2, 1, 4, 3, 6, 5, 8, 9, 7};
        assertTrue(RankTests.spearman(x9, y9, Alternative.TWO_SIDED).method().contains("enumeration"));
        double[] x10 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y10 = {2, 1, 4, 3, 6, 5, 8, 10, 7, 9};
        assertTrue(RankTests.spearman(x10, y10, Alternative.TWO_SIDED).method().contains("Edgeworth"));
        assertTrue(RankTests.spearman(x10, y10, Alternative.TWO_SIDED, RankTests.Exact.APPROXIMATE).method()
                .contains("t approximation"));
    }

    @Test
    void missingValuesAreDroppedAsRDropsNA() {
        double[] x = {1.5, Double.NaN, 3.2, 0.4, 2.2};
        double[] y = {2.5, 0.7, Double.NaN, 5.1, 4.4, 6.0};
        TestResult withNaN = RankTests.mannWhitney(x, y);
        TestResult without = RankTests.mannWhitney(new double[] {1.5, 3.2, 0.4, 2.2}, new double[] {2.5, 0.7, 5.1,
                4.4, 6.0});
        assertEquals(without, withNaN);
        assertEquals(9, withNaN.n());
        TestResult rho = RankTests.spearman(new double[] {1, 2, Double.NaN, 4, 5}, new double[] {2, 1, 3, 5, 4},
                Alternative.TWO_SIDED);
        assertEquals(4, rho.n());
    }

    @Test
    void identicalGroupsGiveNoEvidence() {
        double[] a = {3, 1, 4, 1, 5, 9, 2, 6};
        TestResult kw = RankTests.kruskalWallis(a, a.clone(), a.clone());
        assertEquals(0, kw.statistic(), 1e-12);
        assertEquals(1, kw.pValue(), 1e-12);
        assertEquals(1, RankTests.mannWhitney(a, a.clone()).pValue(), 1e-12);
    }

    @Test
    void swappingTheSamplesMirrorsTheAlternative() {
        double[] x = {1.1, 2.3, 3.6, 4.2, 5.9};
        double[] y = {2.2, 3.3, 4.4, 6.5, 7.1, 8.0};
        TestResult less = RankTests.mannWhitney(x, y, Alternative.LESS);
        TestResult greater = RankTests.mannWhitney(y, x, Alternative.GREATER);
        assertEquals(less.pValue(), greater.pValue(), 1e-15);
        assertEquals(x.length * y.length - less.statistic(), greater.statistic(), 1e-12);
    }

    @Test
    void constantValuesGiveNaNWithAWarning() {
        TestResult rho = RankTests.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3}, Alternative.TWO_SIDED);
        assertTrue(Double.isNaN(rho.estimate()) && Double.isNaN(rho.pValue()));
        assertEquals(List.of("the standard deviation is zero"), rho.warnings());
        TestResult kw = RankTests.kruskalWallis(new double[] {2, 2}, new double[] {2, 2, 2});
        assertTrue(Double.isNaN(kw.pValue()));
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> RankTests.mannWhitney(new double[] {Double.NaN},
                new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> RankTests.kruskalWallis(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> RankTests.kruskalWallis(new double[] {1, 2},
                new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> RankTests.kruskalWallis(new double[] {1, 2, 3},
                new int[] {4, 4, 4}));
        assertThrows(IllegalArgumentException.class, () -> RankTests.spearman(new double[] {1, 2},
                new double[] {1}, Alternative.LESS));
        double[] big = java.util.stream.IntStream.range(0, 400).asDoubleStream().toArray();
        double[] other = java.util.stream.IntStream.range(0, 400).mapToDouble(i -> i + 0.5).toArray();
        assertThrows(IllegalArgumentException.class, () -> RankTests.mannWhitney(big, other, Alternative.LESS,
                RankTests.Exact.EXACT, true));
    }
}
