package dk.casescreen.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.PlantedEffect;
import dk.casescreen.reference.synth.RoundOptions;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The acceptance simulation of issue 13: a planted progression (odds ratio 2 of becoming dearer with use of
 * force, 700 linked citizens) is found in at least 80 of 100 simulated pairs of rounds, and without a planted
 * effect the family of predictors rejects (any Holm-adjusted p below 0.05) in at most 5% of 200 pairs. Each
 * replicate is a pair of synthetic rounds with its own seed ({@link #seed}), analysed by {@link FollowUp#of}.
 */
class FollowUpPowerTest {

    /** The linked citizens of every simulated pair. */
    static final int LINKED = 700;
    /**
     * The screened cases of round 1: about 82% of them are screened again a year later (10% of the cases
     * end, and cheaper cases leave from the lowest band), so 920 give at least 700 linked citizens; those
     * beyond the first 700 in round 1's order (municipality, case number: independent of every answer and
     * of the band change) are left out of round 2, so that exactly 700 are linked.
     */
    static final int CASES = 920;
    static final PlantedEffect FORCE = PlantedEffect.parse("use_of_force=yes:2");
    static final double LEVEL = 0.05;
    /** The cost bootstrap is not what is tested here: its fewest resamples keep the simulation quick. */
    private static final FollowUpOptions OPTIONS = FollowUpOptions.defaults().withReplicates(100);
    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final SyntheticGenerator GENERATOR = new SyntheticGenerator(SHEET);

    @Test
    void plantedProgressionOfOddsRatioTwoIsFoundInAtLeastEightyOfOneHundredPairs() {
        int[] found = plantedFound(100);
        assertTrue(found[0] >= 80, "use_of_force had a Holm-adjusted p below 0.05 in " + found[0]
                + " of 100 pairs (power " + found[0] / 100.0 + "); fitted in " + found[1]);
    }

    @Test
    void withoutPlantedEffectThePredictorFamilyRejectsInAtMostFivePercentOfTwoHundredPairs() {
        int[] rejected = nullRejections(200);
        assertTrue(rejected[0] <= 10, "some predictor had a Holm-adjusted p below 0.05 in " + rejected[0]
                + " of 200 pairs (false rejection rate " + rejected[0] / 200.0 + "); mean predictors fitted "
                + rejected[1] / 200.0);
    }

    /** The pairs, of the first {@code replicates}, where use of force is found; and where it was fitted. */
    static int[] plantedFound(int replicates) {
        int found = 0;
        int fitted = 0;
        for (int i = 0; i < replicates; i++) {
            RoundComparison c = comparison(seed(1, i), RoundOptions.defaults().withProgression(FORCE));
            Predictor force = c.predictor("use_of_force").orElseThrow();
            fitted += force.skipped().isEmpty() ? 1 : 0;
            found += force.pAdjusted() < LEVEL ? 1 : 0;
        }
        return new int[] {found, fitted};
    }

    /** The pairs, of the first {@code replicates}, where any predictor is rejected; and the predictors fitted. */
    static int[] nullRejections(int replicates) {
        int rejected = 0;
        int fitted = 0;
        for (int i = 0; i < replicates; i++) {
            RoundComparison c = comparison(seed(2, i), RoundOptions.defaults());
            fitted += (int) c.predictors().stream().filter(p -> p.skipped().isEmpty()).count();
            rejected += c.predictors().stream().anyMatch(p -> p.pAdjusted() < LEVEL) ? 1 : 0;
        }
        return new int[] {rejected, fitted};
    }

    /** The seed of replicate {@code i} of simulation {@code simulation}: fixed, and distinct between replicates. */
    static long seed(int simulation, int i) {
        return 13_000_000L * simulation + 7_919L * i + 1;
    }

    /** One simulated pair of rounds with exactly {@link #LINKED} linked citizens, compared. */
    static RoundComparison comparison(long seed, RoundOptions rounds) {
        SyntheticOptions options = SyntheticOptions.REFERENCE.withSeed(seed).withCases(CASES);
        List<SyntheticDataSet> data = GENERATOR.generateRounds(options, rounds);
        List<CaseTable> tables = linkedExactly(data.get(0).records(), data.get(1).records(), seed);
        RoundComparison c = FollowUp.of(tables, OPTIONS).comparisons().getFirst();
        assertEquals(LINKED, c.linked(), "linked citizens with seed " + seed);
        return c;
    }

    /** Round 1 as generated, and round 2 without the linked citizens beyond the first {@link #LINKED} of round 1. */
    private static List<CaseTable> linkedExactly(List<CaseRecord> first, List<CaseRecord> second, long seed) {
        Set<String> later = new HashSet<>();
        second.forEach(r -> later.add(Linking.key(r)));
        Set<String> kept = new HashSet<>();
        for (CaseRecord r : first) {
            if (later.contains(Linking.key(r)) && kept.size() < LINKED) {
                kept.add(Linking.key(r));
            }
        }
        assertEquals(LINKED, kept.size(), () -> "too few citizens in both rounds with seed " + seed);
        Set<String> earlier = new HashSet<>();
        first.forEach(r -> earlier.add(Linking.key(r)));
        List<CaseRecord> trimmed = second.stream()
                .filter(r -> !earlier.contains(Linking.key(r)) || kept.contains(Linking.key(r))).toList();
        return List.of(new CaseTable(SHEET, first), new CaseTable(SHEET, trimmed));
    }
}
