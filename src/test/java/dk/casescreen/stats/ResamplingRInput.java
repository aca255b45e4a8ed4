package dk.casescreen.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The bootstrap cases and the table that src/test/R/resampling.R computes expected values for, and the
 * writer of its input, resampling.input.csv: the data, and the replicates and jackknife influence values
 * made here, so that R computes its intervals from the very same replicates. Rewrite the input (only
 * needed when a case or the random streams change) with
 * {@code ./mvnw test -Dtest=ResamplingRInput -Dcasescreen.writeRInput=true}, then run scripts/r-reference.
 */
class ResamplingRInput {

    /** A bootstrap case: R's statistic of the same name is defined in resampling.R. */
    record BootCase(String name, String statistic, double[] x, double[] u, int replicates, long seed, double level) {

        /** The replicates, from the one-sample or the rows bootstrap. */
        BootstrapReplicates run(java.util.concurrent.ForkJoinPool pool) {
            return switch (statistic) {
                case "ratio" -> Resampling.bootstrapRows(x.length, ratio(x, u), replicates, seed, pool);
                default -> Resampling.bootstrap(x, oneSample(statistic), replicates, seed, pool);
            };
        }
    }

    static ToDoubleFunction<double[]> oneSample(String statistic) {
        return switch (statistic) {
            case "mean" -> v -> Arrays.stream(v).sum() / v.length;
            case "median" -> v -> {
                Arrays.sort(v);
                int n = v.length;
                return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            };
            case "var" -> v -> {
                double m = Arrays.stream(v).sum() / v.length;
                return Arrays.stream(v).map(d -> (d - m) * (d - m)).sum() / (v.length - 1);
            };
            default -> throw new IllegalArgumentException(statistic);
        };
    }

    /** sum(x[i]) / sum(u[i]): the ratio estimate of Davison &amp; Hinkley's city data example. */
    static ToDoubleFunction<int[]> ratio(double[] x, double[] u) {
        return rows -> {
            double sx = 0;
            double su = 0;
            for (int r : rows) {
                sx += x[r];
                su += u[r];
            }
            return sx / su;
        };
    }

    static final List<BootCase> BOOT_CASES = List.of(
            new BootCase("boot_mean_skewed", "mean", new double[] {
                0.8, 1.1, 1.3, 1.4, 1.9, 2.2, 2.3, 2.6, 3.1, 3.3, 3.7, 4.2, 4.6, 5.5, 6.1, 6.8, 7.9, 9.4, 11.2, 13.8,
                17.5, 22.1, 29.4, 41.7, 66.3}, null, 1999, 11, 0.95),
            new BootCase("boot_median_ties_n15", "median", new double[] {
                3, 5, 5, 6, 7, 7, 7, 8, 9, 9, 10, 12, 14, 15, 21}, null, 1000, 12, 0.90),
            new BootCase("boot_ratio_city", "ratio",
                    new double[] {143, 104, 69, 260, 75, 63, 50, 48, 111, 50},
                    new double[] {138, 93, 61, 179, 48, 37, 29, 23, 30, 2}, 999, 13, 0.95),
            new BootCase("boot_mean_39_replicates", "mean", new double[] {
                4.1, 5.2, 3.3, 6.8, 5.5, 4.9, 7.7, 2.6}, null, 39, 14, 0.95),
            new BootCase("boot_var_n40", "var", new double[] {
                12.1, 9.8, 11.4, 10.2, 8.7, 13.5, 10.9, 9.1, 11.8, 10.0, 12.7, 8.2, 9.6, 10.4, 11.1, 14.9, 7.5, 10.6,
                9.3, 11.6, 10.8, 12.3, 9.9, 8.9, 13.1, 10.1, 11.3, 9.4, 10.7, 12.9, 6.8, 11.9, 10.3, 9.7, 15.6, 10.5,
                8.4, 11.0, 9.0, 12.0}, null, 2500, 15, 0.99));

    /** A moderately associated 3 x 4 table (row-major) for the permutation chi-squared test. */
    static final int[][] MODERATE_TABLE = {{8, 5, 3, 4}, {4, 9, 6, 2}, {3, 4, 10, 7}};

    /** R's simulated p-value for the moderate table: chisq.test(simulate.p.value = TRUE, B = this). */
    static final int R_SIMULATIONS = 1_000_000;

    @Test
    @EnabledIfSystemProperty(named = "casescreen.writeRInput", matches = "true")
    void write() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("case,quantity,value");
        for (BootCase c : BOOT_CASES) {
            BootstrapReplicates b = c.run(null);
            lines.add(c.name() + ",statistic," + c.statistic());
            lines.add(c.name() + ",x," + join(c.x()));
            if (c.u() != null) {
                lines.add(c.name() + ",u," + join(c.u()));
            }
            lines.add(c.name() + ",conf," + c.level());
            lines.add(c.name() + ",t0," + b.observed());
            lines.add(c.name() + ",t," + join(b.replicates()));
            lines.add(c.name() + ",L," + join(b.influence()));
        }
        lines.add("chisq_moderate,rows," + MODERATE_TABLE.length);
        lines.add("chisq_moderate,counts," + Arrays.stream(MODERATE_TABLE).flatMapToInt(Arrays::stream)
                .mapToObj(Integer::toString).collect(Collectors.joining(" ")));
        lines.add("chisq_moderate,B," + R_SIMULATIONS);
        Files.write(RListInput.FOLDER.resolve("resampling.input.csv"), lines, StandardCharsets.UTF_8);
    }

    /** Numbers as Java's shortest round-trip text, which R reads back to the same double. */
    static String join(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(" "));
    }
}
