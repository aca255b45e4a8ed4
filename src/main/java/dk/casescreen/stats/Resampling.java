package dk.casescreen.stats;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Permutation tests and the nonparametric bootstrap, seeded and run in parallel. The replicates are made in
 * fixed blocks of 256 whose random streams derive only from the seed and the block index, so a seed gives
 * the same result on any number of threads. The methods without a pool use the common fork-join pool (all
 * cores); the others run on the given pool. Statistics are called from several threads at once, so they
 * must not keep state between calls, nor keep the arrays they are given; a permutation statistic must not
 * change its labels.
 */
public final class Resampling {

    /** A statistic of a response and group labels, for {@link #permutationTest(double[], int[], GroupStatistic,
     * Alternative, int, long)}. */
    @FunctionalInterface
    public interface GroupStatistic {
        /** The statistic of the response with these (possibly permuted) group labels. */
        double apply(double[] response, int[] groups);
    }

    /** Relative slack when comparing a permuted statistic with the observed one, as R's {@code chisq.test}. */
    private static final double SLACK = 64 * Math.ulp(1.0);

    private Resampling() {
    }

    /**
     * A permutation test (Good 2005; Davison &amp; Hinkley 1997, §4.3): the labels are permuted at random
     * {@code permutations} times, and the p-value is (1 + #{T* at least as extreme as T}) / (B + 1), with T
     * the statistic of the labels as given and T* of the permuted labels. "Greater" counts T* &gt;= T,
     * "less" T* &lt;= T, and "two-sided" |T*| &gt;= |T| (for statistics centred on zero under the null
     * hypothesis); comparisons allow a relative slack of 64 machine epsilons as R's {@code chisq.test} does.
     * The method text gives the Monte Carlo standard error sqrt(p(1 - p)/B) of the p-value. Uses the
     * common pool.
     *
     * @param labels       the labels to permute; the statistic closes over everything else
     * @param statistic    the statistic of a labelling
     * @param alternative  which values of the statistic are extreme
     * @param permutations the number of permutations B
     * @param seed         the seed
     * @return the test; n is the number of labels
     */
    public static TestResult permutationTest(int[] labels, ToDoubleFunction<int[]> statistic, Alternative alternative,
                                             int permutations, long seed) {
        return permutationTest(labels, statistic, alternative, permutations, seed, null);
    }

    /**
     * As {@link #permutationTest(int[], ToDoubleFunction, Alternative, int, long)}, on the given pool.
     */
    public static TestResult permutationTest(int[] labels, ToDoubleFunction<int[]> statistic, Alternative alternative,
                                             int permutations, long seed, ForkJoinPool pool) {
        double observed = statistic.applyAsDouble(labels.clone());
        AtomicLong extreme = new AtomicLong();
        ReplicateBlocks.run(permutations, seed, pool, (block, from, to, random) -> {
            int[] permuted = labels.clone();
            long count = 0;
            for (int b = from; b < to; b++) {
                ReplicateBlocks.shuffle(permuted, random);
                if (isExtreme(statistic.applyAsDouble(permuted), observed, alternative)) {
                    count++;
                }
            }
            extreme.addAndGet(count);
        });
        return result("Permutation test", observed, extreme.get(), alternative, permutations, seed, labels.length);
    }

    /**
     * A permutation test of a statistic of a response and group labels, permuting the labels against the
     * response: see {@link #permutationTest(int[], ToDoubleFunction, Alternative, int, long)}. Uses the
     * common pool.
     */
    public static TestResult permutationTest(double[] response, int[] groups, GroupStatistic statistic,
                                             Alternative alternative, int permutations, long seed) {
        return permutationTest(response, groups, statistic, alternative, permutations, seed, null);
    }

    /** As {@link #permutationTest(double[], int[], GroupStatistic, Alternative, int, long)}, on the given pool. */
    public static TestResult permutationTest(double[] response, int[] groups, GroupStatistic statistic,
                                             Alternative alternative, int permutations, long seed,
                                             ForkJoinPool pool) {
        if (response.length != groups.length) {
            throw new IllegalArgumentException("response and groups must have the same length: " + response.length
                    + " and " + groups.length);
        }
        double[] fixed = response.clone();
        return permutationTest(groups, g -> statistic.apply(fixed, g), alternative, permutations, seed, pool);
    }

    /**
     * Pearson's chi-squared test of independence of two labellings of the same cases with a permutation
     * p-value: the column labels are permuted against the row labels, which keeps both margins of the
     * cross table, as R's {@code chisq.test(table(rowLabels, colLabels), simulate.p.value = TRUE, B)} (Hope
     * 1968; Davison &amp; Hinkley 1997, §4.3); the p-value is (1 + #{X*^2 &gt;= X^2}) / (B + 1). The degrees of freedom are
     * NaN, as in R. Uses the common pool.
     *
     * @param rowLabels    the first labelling, one code per case
     * @param colLabels    the second labelling, one code per case
     * @param permutations the number of permutations B
     * @param seed         the seed
     * @return the test, with the Monte Carlo standard error of the p-value in the method text
     */
    public static TestResult permutationChiSquare(int[] rowLabels, int[] colLabels, int permutations, long seed) {
        return permutationChiSquare(rowLabels, colLabels, permutations, seed, null);
    }

    /** As {@link #permutationChiSquare(int[], int[], int, long)}, on the given pool. */
    public static TestResult permutationChiSquare(int[] rowLabels, int[] colLabels, int permutations, long seed,
                                                  ForkJoinPool pool) {
        LabelTable table = new LabelTable(rowLabels, colLabels);
        double observed = table.statistic(table.observed);
        double threshold = observed - SLACK * Math.abs(observed);
        AtomicLong extreme = new AtomicLong();
        ReplicateBlocks.run(permutations, seed, pool, (block, from, to, random) -> {
            int[] permuted = table.colCodes.clone();
            int[] counts = new int[table.rows * table.cols];
            long count = 0;
            for (int b = from; b < to; b++) {
                ReplicateBlocks.shuffle(permuted, random);
                table.count(permuted, counts);
                if (table.statistic(counts) >= threshold) {
                    count++;
                }
            }
            extreme.addAndGet(count);
        });
        return result("Pearson's Chi-squared test with permutation p-value", table.pearsonStatistic(),
                extreme.get(), Alternative.GREATER, permutations, seed, table.n);
    }

    /**
     * The Monte Carlo standard error sqrt(p(1 - p)/B) of a p-value p estimated from B random permutations.
     */
    public static double monteCarloStandardError(double p, int permutations) {
        return Math.sqrt(p * (1 - p) / permutations);
    }

    private static boolean isExtreme(double t, double observed, Alternative alternative) {
        double slack = SLACK * Math.abs(observed);
        return switch (alternative) {
            case GREATER -> t >= observed - slack;
            case LESS -> t <= observed + slack;
            case TWO_SIDED -> Math.abs(t) >= Math.abs(observed) - slack;
        };
    }

    private static TestResult result(String name, double statistic, long extreme, Alternative alternative,
                                     int permutations, long seed, long n) {
        double p = (1.0 + extreme) / (permutations + 1.0);
        String method = String.format(Locale.ROOT,
                "%s (%d permutations, seed %d; Monte Carlo standard error of the p-value %.2g)", name, permutations,
                seed, monteCarloStandardError(p, permutations));
        return TestResult.test(method, statistic, Double.NaN, p, alternative, n, List.of());
    }

    /**
     * The nonparametric bootstrap of a statistic of one sample (Efron 1979; Davison &amp; Hinkley 1997,
     * §2.3): {@code replicates} resamples of the sample drawn with replacement, the statistic on each, and
     * the jackknife influence values for the BCa interval; as R's
     * {@code boot::boot(x, function(x, i) statistic(x[i]), R = replicates)}. Intervals come from
     * {@link BootstrapReplicates#percentile} and {@link BootstrapReplicates#bca}. Uses the common pool.
     *
     * @param sample     the observations, at least 2
     * @param statistic  the statistic of a sample; it is given a resample in an array that is reused (and
     *                   may be reordered, for example sorted) but not kept
     * @param replicates the number of resamples
     * @param seed       the seed
     * @return the replicates
     */
    public static BootstrapReplicates bootstrap(double[] sample, ToDoubleFunction<double[]> statistic, int replicates,
                                                long seed) {
        return bootstrap(sample, statistic, replicates, seed, null);
    }

    /** As {@link #bootstrap(double[], ToDoubleFunction, int, long)}, on the given pool. */
    public static BootstrapReplicates bootstrap(double[] sample, ToDoubleFunction<double[]> statistic, int replicates,
                                                long seed, ForkJoinPool pool) {
        double[] data = sample.clone();
        int n = data.length;
        if (n < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least 2 observations, got " + n);
        }
        double observed = statistic.applyAsDouble(data.clone());
        double[] t = new double[replicates];
        ReplicateBlocks.run(replicates, seed, pool, (block, from, to, random) -> {
            double[] resample = new double[n];
            for (int b = from; b < to; b++) {
                for (int i = 0; i < n; i++) {
                    resample[i] = data[random.nextInt(n)];
                }
                t[b] = statistic.applyAsDouble(resample);
            }
        });
        double[] influence = jackknife(n, observed, pool, without -> {
            double[] values = new double[without.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = data[without[i]];
            }
            return statistic.applyAsDouble(values);
        });
        return new BootstrapReplicates(observed, t, influence, seed);
    }

    /**
     * The nonparametric bootstrap of a statistic of a set of rows (cases), resampled with replacement
     * (Davison &amp; Hinkley 1997, §2.3 and §3.2): the statistic is given the row indices of a resample, as
     * with R's {@code boot::boot(data, function(d, i) ..., R = replicates)} (stype "i"), and the jackknife
     * influence values come from leaving out one row at a time. Uses the common pool.
     *
     * @param rows       the number of rows, at least 2
     * @param statistic  the statistic of the rows with the given indices (0-based, repeats allowed), in an
     *                   array that is reused (and may be reordered) but not kept
     * @param replicates the number of resamples
     * @param seed       the seed
     * @return the replicates
     */
    public static BootstrapReplicates bootstrapRows(int rows, ToDoubleFunction<int[]> statistic, int replicates,
                                                    long seed) {
        return bootstrapRows(rows, statistic, replicates, seed, null);
    }

    /** As {@link #bootstrapRows(int, ToDoubleFunction, int, long)}, on the given pool. */
    public static BootstrapReplicates bootstrapRows(int rows, ToDoubleFunction<int[]> statistic, int replicates,
                                                    long seed, ForkJoinPool pool) {
        if (rows < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least 2 rows, got " + rows);
        }
        double observed = statistic.applyAsDouble(IntStream.range(0, rows).toArray());
        double[] t = new double[replicates];
        ReplicateBlocks.run(replicates, seed, pool, (block, from, to, random) -> {
            int[] indices = new int[rows];
            for (int b = from; b < to; b++) {
                for (int i = 0; i < rows; i++) {
                    indices[i] = random.nextInt(rows);
                }
                t[b] = statistic.applyAsDouble(indices);
            }
        });
        double[] influence = jackknife(rows, observed, pool, statistic);
        return new BootstrapReplicates(observed, t, influence, seed);
    }

    /**
     * The mean with its bootstrap BCa interval (Efron 1987; Davison &amp; Hinkley 1997, §5.3.2): the
     * nonparametric bootstrap of the mean ({@link #bootstrap}) and {@link BootstrapReplicates#bca}, as R's
     * {@code boot.ci(boot(x, function(x, i) mean(x[i]), R = replicates), conf = level, type = "bca", L = L)}
     * with the jackknife influence values L. For skewed amounts such as annual costs the BCa interval
     * corrects the bias and skewness a normal interval ignores. Uses the common pool.
     *
     * @param x          the observations, at least 2, finite
     * @param replicates the number of resamples (at least 1000 advised for BCa)
     * @param seed       the seed
     * @param level      the confidence level, in (0, 1)
     * @return estimate = the mean, confLow and confHigh the BCa interval (NaN with a warning when it cannot
     *         be computed, as when all observations are equal), n the number of observations
     */
    public static TestResult meanInterval(double[] x, int replicates, long seed, double level) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("Observation " + (i + 1) + " (index " + i + ") is " + x[i]
                        + ": the mean needs finite numbers");
            }
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("The bootstrap needs at least 1 replicate, not " + replicates);
        }
        BootstrapReplicates b = bootstrapMean(x.clone(), replicates, seed);
        TestResult bca = b.bca(level);
        String method = String.format(Locale.ROOT, "Mean with bootstrap BCa interval (%d replicates, seed %d)",
                replicates, seed);
        return new TestResult(method, Double.NaN, Double.NaN, Double.NaN, bca.estimate(), bca.confLow(),
                bca.confHigh(), level, Alternative.TWO_SIDED, bca.n(), bca.warnings());
    }

    /**
     * {@link #bootstrap(double[], ToDoubleFunction, int, long)} of the mean in O(replicates * n + n): the
     * same resamples (the same draws in the same order, summed without a resample array) and the
     * jackknife influence values in closed form, {@code (n - 1)(mean - mean_-j) = x_j - mean}, where the
     * general jackknife takes O(n^2).
     */
    private static BootstrapReplicates bootstrapMean(double[] data, int replicates, long seed) {
        int n = data.length;
        if (n < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least 2 observations, got " + n);
        }
        double observed = mean(data);
        double[] t = new double[replicates];
        ReplicateBlocks.run(replicates, seed, null, (block, from, to, random) -> {
            for (int b = from; b < to; b++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += data[random.nextInt(n)];
                }
                t[b] = sum / n;
            }
        });
        double[] influence = new double[n];
        for (int j = 0; j < n; j++) {
            influence[j] = data[j] - observed;
        }
        return new BootstrapReplicates(observed, t, influence, seed);
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** The jackknife influence values (n - 1)(t - t_-j), as R's {@code boot:::usual.jack}. */
    private static double[] jackknife(int n, double observed, ForkJoinPool pool, ToDoubleFunction<int[]> statistic) {
        double[] influence = new double[n];
        ReplicateBlocks.inPool(pool, () -> IntStream.range(0, n).parallel().forEach(j -> {
            int[] without = new int[n - 1];
            for (int i = 0, k = 0; i < n; i++) {
                if (i != j) {
                    without[k++] = i;
                }
            }
            influence[j] = (n - 1) * (observed - statistic.applyAsDouble(without));
        }));
        return influence;
    }
}
