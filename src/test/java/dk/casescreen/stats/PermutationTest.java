package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Permutation tests: no match of random numbers with R is possible, so these check the p-value's
 * behaviour (tiny under strong association, uniform under independence, close to R's simulated and to the
 * exact permutation p-value within Monte Carlo error) and its reproducibility by seed on any number of
 * threads.
 */
class PermutationTest {

    private static final RReference R = RReference.load("resampling");
    private static ForkJoinPool oneThread;
    private static ForkJoinPool threeThreads;

    @BeforeAll
    static void pools() {
        oneThread = new ForkJoinPool(1);
        threeThreads = new ForkJoinPool(3);
    }

    @AfterAll
    static void closePools() {
        oneThread.shutdown();
        threeThreads.shutdown();
    }

    /** The cases of a table (row-major counts) as two label arrays, rows coded 0.., columns 10... */
    static int[][] labels(int[][] table) {
        int n = Arrays.stream(table).flatMapToInt(Arrays::stream).sum();
        int[] rows = new int[n];
        int[] cols = new int[n];
        int k = 0;
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[r].length; c++) {
                for (int i = 0; i < table[r][c]; i++) {
                    rows[k] = r;
                    cols[k++] = 10 + c;
                }
            }
        }
        return new int[][] {rows, cols};
    }

    @Test
    void strongAssociationGivesTheSmallestPossiblePValue() {
        int[][] l = labels(new int[][] {{30, 2, 1}, {2, 25, 3}, {1, 2, 28}});
        TestResult t = Resampling.permutationChiSquare(l[0], l[1], 999, 1);
        assertEquals(1.0 / 1000, t.pValue());
        assertTrue(t.statistic() > 100);
        assertEquals(94, t.n());
    }

    @Test
    void pValuesUnderIndependenceAreUniform() {
        int datasets = 200;
        int below = 0;
        double sum = 0;
        for (int seed = 0; seed < datasets; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] rows = random.ints(60, 0, 3).toArray();
            int[] cols = random.ints(60, 0, 4).toArray();
            double p = Resampling.permutationChiSquare(rows, cols, 199, seed).pValue();
            below += p <= 0.05 ? 1 : 0;
            sum += p;
        }
        // share below 0.05: expected 10 of 200, standard deviation sqrt(200 * 0.05 * 0.95) = 3.1
        assertTrue(below >= 1 && below <= 19, below + " of 200 p-values at most 0.05");
        // mean of 200 uniform p-values: 0.5 with standard deviation 0.29 / sqrt(200) = 0.02
        assertEquals(0.5, sum / datasets, 0.08);
    }

    @Test
    void manyPermutationsAgreeWithRsSimulatedPValue() {
        int[][] l = labels(ResamplingRInput.MODERATE_TABLE);
        int permutations = 100_000;
        TestResult t = Resampling.permutationChiSquare(l[0], l[1], permutations, 2024);
        R.assertClose("chisq_moderate", "statistic", t.statistic(), 1e-9);
        double pR = R.value("chisq_moderate", "p.simulated");
        double seR = Resampling.monteCarloStandardError(pR, (int) R.value("chisq_moderate", "B"));
        double seJava = Resampling.monteCarloStandardError(t.pValue(), permutations);
        double allowed = 4 * Math.sqrt(seR * seR + seJava * seJava);
        assertTrue(Math.abs(t.pValue() - pR) <= allowed, "Java " + t.pValue() + ", R " + pR + ", allowed " + allowed);
        assertTrue(t.method().startsWith("Pearson's Chi-squared test with permutation p-value (100000 permutations,"
                + " seed 2024; Monte Carlo standard error of the p-value 0.000"), t.method());
        assertTrue(Double.isNaN(t.df()));
    }

    @Test
    void differenceInMeansAgreesWithTheExactPermutationPValue() {
        double[] response = {12.1, 14.3, 9.8, 15.2, 13.7, 10.4, 8.9, 11.0, 9.5, 10.1};
        int[] groups = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
        Resampling.GroupStatistic meanDifference = (y, g) -> {
            double s1 = 0;
            double s0 = 0;
            int n1 = 0;
            for (int i = 0; i < y.length; i++) {
                if (g[i] == 1) {
                    s1 += y[i];
                    n1++;
                } else {
                    s0 += y[i];
                }
            }
            return s1 / n1 - s0 / (y.length - n1);
        };
        double observed = meanDifference.apply(response, groups);
        // exact: all 252 ways of choosing the 5 cases of group 1
        int extreme = 0;
        int all = 0;
        for (int mask = 0; mask < 1 << 10; mask++) {
            if (Integer.bitCount(mask) != 5) {
                continue;
            }
            int[] g = new int[10];
            for (int i = 0; i < 10; i++) {
                g[i] = (mask >> i) & 1;
            }
            all++;
            extreme += Math.abs(meanDifference.apply(response, g)) >= Math.abs(observed) - 1e-12 ? 1 : 0;
        }
        double exact = (double) extreme / all;
        int permutations = 40_000;
        TestResult t = Resampling.permutationTest(response, groups, meanDifference, Alternative.TWO_SIDED,
                permutations, 77);
        double se = Resampling.monteCarloStandardError(exact, permutations);
        assertEquals(exact, t.pValue(), 4 * se + 1.0 / permutations);
        assertEquals(observed, t.statistic());
        TestResult greater = Resampling.permutationTest(response, groups, meanDifference, Alternative.GREATER,
                permutations, 77);
        TestResult less = Resampling.permutationTest(response, groups, meanDifference, Alternative.LESS,
                permutations, 77);
        assertTrue(greater.pValue() < t.pValue() && less.pValue() > 0.9, greater.pValue() + " " + less.pValue());
    }

    @Test
    void theSameSeedGivesTheSameResultOnOneAndOnThreeThreads() {
        int[][] l = labels(ResamplingRInput.MODERATE_TABLE);
        TestResult one = Resampling.permutationChiSquare(l[0], l[1], 5000, 42, oneThread);
        TestResult three = Resampling.permutationChiSquare(l[0], l[1], 5000, 42, threeThreads);
        TestResult common = Resampling.permutationChiSquare(l[0], l[1], 5000, 42);
        assertEquals(one, three);
        assertEquals(one, common);
        TestResult other = Resampling.permutationChiSquare(l[0], l[1], 5000, 43);
        assertNotEquals(one.pValue(), other.pValue());

        double[] y = Arrays.stream(l[1]).asDoubleStream().toArray();
        Resampling.GroupStatistic spread = (v, g) -> RankTests.kruskalWallis(v, g).statistic();
        assertEquals(Resampling.permutationTest(y, l[0], spread, Alternative.GREATER, 700, 5, oneThread),
                Resampling.permutationTest(y, l[0], spread, Alternative.GREATER, 700, 5, threeThreads));
    }

    @Test
    void theGivenLabelsAreNotChanged() {
        int[][] l = labels(ResamplingRInput.MODERATE_TABLE);
        int[] rows = l[0].clone();
        int[] cols = l[1].clone();
        Resampling.permutationChiSquare(rows, cols, 300, 1);
        Resampling.permutationTest(cols, c -> c[0], Alternative.GREATER, 300, 1);
        assertEquals(Arrays.toString(l[0]), Arrays.toString(rows));
        assertEquals(Arrays.toString(l[1]), Arrays.toString(cols));
    }

    @Test
    void aTableWithOneLevelIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Resampling.permutationChiSquare(new int[] {1, 1, 1}, new int[] {1, 2, 1}, 10, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Resampling.permutationChiSquare(new int[] {1, 2}, new int[] {1, 2, 1}, 10, 1));
    }
}
