package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Bootstrap percentile and BCa intervals against R 4.2.2 / boot 1.3-28.1 {@code boot.ci(type = c("perc",
 * "bca"), L = empinf(type = "jack"))} computed from the same replicates (src/test/R/resampling.R), to 1e-9
 * relative; and reproducibility by seed on any number of threads.
 */
class BootstrapTest {

    private static final RListInput INPUT = RListInput.load("resampling");
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

    @TestFactory
    Stream<DynamicTest> intervalsMatchBootCiOnTheSameReplicates() {
        return ResamplingRInput.BOOT_CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            BootstrapReplicates b = c.run(null);
            // the replicates R computed from are the ones this code makes now
            assertArrayEquals(INPUT.numbers(c.name(), "t"), b.replicates(),
                    "the replicates changed: rewrite resampling.input.csv (see ResamplingRInput) and rerun R");
            assertArrayEquals(INPUT.numbers(c.name(), "L"), b.influence());
            R.assertClose(c.name(), "t0.R", b.observed(), 1e-12);
            assertTrue(R.value(c.name(), "max.L.diff") < 1e-12, "Java's jackknife influence values are R's");
            R.assertClose(c.name(), "a", acceleration(b.influence()), 1e-9);
            long below = Arrays.stream(b.replicates()).filter(t -> t < b.observed()).count();
            assertEquals((long) R.value(c.name(), "below"), below);

            TestResult perc = b.percentile(c.level());
            TestResult bca = b.bca(c.level());
            R.assertClose(c.name(), "perc.low", perc.confLow(), 1e-9);
            R.assertClose(c.name(), "perc.high", perc.confHigh(), 1e-9);
            R.assertClose(c.name(), "bca.low", bca.confLow(), 1e-9);
            R.assertClose(c.name(), "bca.high", bca.confHigh(), 1e-9);
            assertEquals(c.level(), perc.confLevel());
            assertEquals(b.observed(), bca.estimate());
            assertEquals(c.x().length, bca.n());
            List<String> warnings = new ArrayList<>(perc.warnings());
            bca.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
            String r = R.text(c.name(), "warnings");
            assertEquals(r.equals("none") ? List.of() : List.of(r.split("; ")), warnings);
            assertTrue(bca.method().startsWith("Bootstrap BCa interval (" + c.replicates() + " replicates, seed "),
                    bca.method());
        }));
    }

    private static double acceleration(double[] l) {
        double s2 = Arrays.stream(l).map(v -> v * v).sum();
        double s3 = Arrays.stream(l).map(v -> v * v * v).sum();
        return s3 / (6 * Math.pow(s2, 1.5));
    }

    @Test
    void replicatesAreTheSameOnOneAndOnThreeThreads() {
        for (ResamplingRInput.BootCase c : ResamplingRInput.BOOT_CASES) {
            BootstrapReplicates one = c.run(oneThread);
            BootstrapReplicates three = c.run(threeThreads);
            BootstrapReplicates common = c.run(null);
            assertArrayEquals(one.replicates(), three.replicates(), c.name());
            assertArrayEquals(one.replicates(), common.replicates(), c.name());
            assertArrayEquals(one.influence(), three.influence(), c.name());
            assertEquals(one.bca(0.95), three.bca(0.95));
        }
    }

    @Test
    void theSeedDecidesTheReplicatesAndMoreReplicatesExtendFewer() {
        double[] x = {1, 4, 2, 8, 5, 7};
        ResamplingRInput.BootCase c = ResamplingRInput.BOOT_CASES.getFirst();
        double[] a = Resampling.bootstrap(x, ResamplingRInput.oneSample("mean"), 600, 5).replicates();
        double[] b = Resampling.bootstrap(x, ResamplingRInput.oneSample("mean"), 600, 6).replicates();
        double[] longer = Resampling.bootstrap(x, ResamplingRInput.oneSample("mean"), 1000, 5).replicates();
        assertFalse(Arrays.equals(a, b));
        assertArrayEquals(a, Arrays.copyOf(longer, 600));
        assertEquals(1999, c.run(null).replicates().length);
    }

    @Test
    void oneSampleBootstrapIsTheRowsBootstrapOfTheSample() {
        double[] x = {3.2, 1.5, 4.4, 0.9, 2.8, 3.9, 5.1};
        BootstrapReplicates sample = Resampling.bootstrap(x, ResamplingRInput.oneSample("median"), 300, 9);
        BootstrapReplicates rows = Resampling.bootstrapRows(x.length, i -> {
            double[] v = Arrays.stream(i).mapToDouble(k -> x[k]).toArray();
            return ResamplingRInput.oneSample("median").applyAsDouble(v);
        }, 300, 9);
        assertArrayEquals(sample.replicates(), rows.replicates());
        assertArrayEquals(sample.influence(), rows.influence());
    }

    @Test
    void bcaWithTheObservedValueOutsideTheReplicatesIsNaNWithAWarning() {
        // the maximum: no replicate exceeds it, and for most none is below the observed value either
        BootstrapReplicates b = Resampling.bootstrap(new double[] {1, 1, 1, 1, 2}, v -> Arrays.stream(v).min()
                .orElseThrow(), 200, 1);
        TestResult bca = b.bca(0.95);
        assertTrue(Double.isNaN(bca.confLow()) && Double.isNaN(bca.confHigh()));
        assertTrue(bca.warnings().getFirst().startsWith("estimated adjustment 'w' is infinite"), bca.warnings()
                .toString());
    }

    @Test
    void nonFiniteReplicatesAreLeftOutWithAWarning() {
        BootstrapReplicates b = Resampling.bootstrap(new double[] {0, 1, 2, 3, 4, 5},
                v -> 1 / Arrays.stream(v).min().orElseThrow(), 400, 3);
        TestResult perc = b.percentile(0.9);
        assertTrue(perc.warnings().stream().anyMatch(w -> w.contains("replicates were not finite")));
        assertTrue(Double.isFinite(perc.confHigh()));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Resampling.bootstrap(new double[] {1}, v -> v[0], 100, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Resampling.bootstrap(new double[] {1, 2}, v -> v[0], 0, 1));
        BootstrapReplicates b = Resampling.bootstrap(new double[] {1, 2, 3}, v -> v[0], 50, 1);
        assertThrows(IllegalArgumentException.class, () -> b.percentile(1));
    }
}
