package dk.casescreen.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The samples src/test/R/concentration.R computes Gini coefficients, Lorenz curves and top shares of,
 * and the writer of its input, concentration.input.csv: the amounts, and for the bootstrap cases the
 * replicates and jackknife influence values made here (as {@link ResamplingRInput} does), so that R
 * computes its BCa intervals from the very same replicates. Rewrite the input (only needed when a case or
 * the random streams change) with
 * {@code ./mvnw test -Dtest=ConcentrationRInput -Dcasescreen.writeRInput=true}, then run scripts/r-reference.
 */
class ConcentrationRInput {

    /** A sample of amounts; bootstrap replicates are written for the ones with replicates > 0. */
    record Sample(String name, double[] amounts, int replicates, long seed, double level) {
    }

    /** Annual costs in kroner, skewed as the screening's are (the cheapest near 2 million). */
    static final double[] COSTS = {
        2_104_500, 2_187_250, 2_250_000, 2_318_900, 2_402_750, 2_455_000, 2_530_600, 2_611_800, 2_702_400, 2_790_000,
        2_866_500, 2_950_250, 3_048_700, 3_150_000, 3_262_900, 3_375_400, 3_498_000, 3_620_750, 3_760_300, 3_905_000,
        4_060_200, 4_231_800, 4_420_500, 4_615_000, 4_830_900, 5_075_300, 5_340_000, 5_650_800, 6_012_400, 6_420_000,
        6_905_700, 7_480_300, 8_150_000, 8_990_400, 10_020_600, 11_350_000, 13_100_800, 15_600_000, 19_250_400,
        26_800_000};

    static final List<Sample> SAMPLES = List.of(
            new Sample("costs_n40", COSTS, 1999, 41, 0.95),
            new Sample("n25_with_ties", new double[] {
                5, 3, 8, 8, 1, 2, 13, 21, 3, 5, 5, 34, 1, 2, 8, 3, 55, 5, 1, 2, 3, 8, 13, 5, 89}, 1000, 42, 0.90),
            new Sample("with_zeros", new double[] {0, 0, 0, 120, 0, 45, 300, 0, 15, 0, 80, 2500}, 0, 0, 0.95),
            new Sample("one_holds_all", new double[] {0, 0, 0, 7}, 0, 0, 0.95),
            new Sample("two_cases", new double[] {1, 3}, 0, 0, 0.95));

    static Sample sample(String name) {
        return SAMPLES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The Gini replicates of a sample, as {@link Concentration#giniInterval} draws them. */
    static BootstrapReplicates giniReplicates(Sample s) {
        return Resampling.bootstrap(s.amounts(), v -> {
            java.util.Arrays.sort(v);
            return Concentration.gini(v);
        }, s.replicates(), s.seed());
    }

    /** The mean replicates of a sample, as {@link Resampling#meanInterval} draws them. */
    static BootstrapReplicates meanReplicates(Sample s) {
        return Resampling.bootstrap(s.amounts(), Resampling::mean, s.replicates(), s.seed());
    }

    @Test
    @EnabledIfSystemProperty(named = "casescreen.writeRInput", matches = "true")
    void write() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("case,quantity,value");
        for (Sample s : SAMPLES) {
            lines.add(s.name() + ",x," + ResamplingRInput.join(s.amounts()));
            if (s.replicates() > 0) {
                lines.add(s.name() + ",conf," + s.level());
                BootstrapReplicates gini = giniReplicates(s);
                lines.add(s.name() + ",gini.t0," + gini.observed());
                lines.add(s.name() + ",gini.t," + ResamplingRInput.join(gini.replicates()));
                lines.add(s.name() + ",gini.L," + ResamplingRInput.join(gini.influence()));
                BootstrapReplicates mean = meanReplicates(s);
                lines.add(s.name() + ",mean.t0," + mean.observed());
                lines.add(s.name() + ",mean.t," + ResamplingRInput.join(mean.replicates()));
                lines.add(s.name() + ",mean.L," + ResamplingRInput.join(mean.influence()));
            }
        }
        Files.write(RListInput.FOLDER.resolve("concentration.input.csv"), lines, StandardCharsets.UTF_8);
    }
}
