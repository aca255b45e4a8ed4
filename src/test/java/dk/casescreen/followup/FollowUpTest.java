package dk.casescreen.followup;

import static dk.casescreen.followup.Rounds.FIRST;
import static dk.casescreen.followup.Rounds.SECOND;
import static dk.casescreen.followup.Rounds.record;
import static dk.casescreen.followup.Rounds.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.Multiplicity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static final FollowUpOptions FAST = FollowUpOptions.defaults().withReplicates(200);

    /** Round 1: a, b, c, d; round 2: b, c, d, e, f. b dearer, c same, d cheaper. */
    private static List<CaseTable> small() {
        CaseTable one = table(List.of(
                record("a", FIRST, "band_2_0_2_5", 2_100_000L, "gender=female", "cost_trend=rising"),
                record("b", FIRST, "band_2_0_2_5", 2_200_000L, "use_of_force=yes", "cost_trend=rising"),
                record("c", FIRST, "band_3_0_3_5", 3_100_000L, "use_of_force=no", "cost_trend=falling"),
                record("d", FIRST, "band_4_6", 5_000_000L, "use_of_force=dont_know", "cost_trend=dont_know")));
        CaseTable two = table(List.of(
                record("b", SECOND, "band_2_5_3_0", 2_750_001L, "use_of_force=no"),
                record("c", SECOND, "band_3_0_3_5", 3_050_000L, "use_of_force=no"),
                record("d", SECOND, "band_under_2_0", 1_900_000L, "use_of_force=no"),
                record("e", SECOND, "band_2_0_2_5", null),
                record("f", SECOND, "band_6_10", null)));
        return List.of(one, two);
    }

    @Test
    void linksCitizensByMunicipalityAndCaseNumber() {
        RoundComparison c = FollowUp.of(small(), FAST).comparisons().getFirst();
        assertEquals(3, c.linked());
        assertEquals(1, c.onlyFirst().count());
        assertEquals(1, c.onlyFirst().profile().cases());
        assertEquals(1, c.onlyFirst().profile().question("gender").orElseThrow().answer("female").orElseThrow().count());
        assertEquals(2, c.onlySecond());
        assertTrue(c.comparable());
    }

    @Test
    void transitionsCoverEveryPairOfBandsInSheetOrder() {
        RoundComparison c = FollowUp.of(small(), FAST).comparisons().getFirst();
        List<String> bands = ScreeningSheet.builtIn("1.0.0").require("cost_band").codes();
        assertEquals(bands.size() * bands.size(), c.transitions().size());
        assertEquals(bands.getFirst(), c.transitions().getFirst().from());
        assertEquals(bands.get(1), c.transitions().get(1).to());
        assertEquals(3, c.transitions().stream().mapToLong(Transition::count).sum());
        assertEquals(1, c.transitions().stream().filter(t -> t.from().equals("band_4_6") && t.to().equals("band_under_2_0"))
                .mapToLong(Transition::count).sum());
    }

    @Test
    void countsDearerSameAndCheaperWithWilsonIntervals() {
        BandChange b = FollowUp.of(small(), FAST).comparisons().getFirst().bandChange();
        assertEquals(List.of(1L, 1L, 1L), b.shares().stream().map(ChangeShare::count).toList());
        assertEquals(3, b.n());
        assertEquals(1.0 / 3, b.dearer().estimate(), 1e-12);
        assertTrue(b.dearer().confLow() < 1.0 / 3 && b.dearer().confHigh() > 1.0 / 3);
        assertEquals(3, b.asTable().rowCount());
    }

    @Test
    void theTestFamilyHasItsIdsAndIsHolmAdjusted() {
        List<PairedTest> tests = FollowUp.of(Rounds.plantedPair(300, 2, 7), FAST).comparisons().getFirst().tests();
        List<String> ids = tests.stream().map(PairedTest::id).toList();
        assertEquals(List.of("bowker_cost_band", "stuart_maxwell_cost_band", "wilcoxon_cost_band"), ids.subList(0, 3));
        assertTrue(ids.contains("mcnemar_use_of_force") && ids.contains("mcnemar_conviction"), ids.toString());
        assertFalse(ids.contains("mcnemar_psychiatry_treated"), "Ja/Delvist/Nej is not a Ja/Nej question");
        assertFalse(ids.contains("mcnemar_gender"));
        double[] finite = tests.stream().mapToDouble(PairedTest::pValue).filter(p -> !Double.isNaN(p)).toArray();
        double[] adjusted = tests.stream().filter(t -> !Double.isNaN(t.pValue())).mapToDouble(PairedTest::pAdjusted).toArray();
        assertTrue(Arrays.equals(Multiplicity.holm(finite), adjusted));
        tests.stream().filter(t -> Double.isNaN(t.pValue())).forEach(t -> assertTrue(Double.isNaN(t.pAdjusted()), t.id()));
    }

    @Test
    void mcnemarUsesOnlyCitizensAnsweringJaOrNejInBothRounds() {
        PairedTest t = FollowUp.of(small(), FAST).comparisons().getFirst().test("mcnemar_use_of_force").orElseThrow();
        assertEquals(2, t.result().n(), "b and c; d answered Ved ikke in round 1");
    }

    @Test
    void aPlantedPredictorIsFound() {
        RoundComparison c = FollowUp.of(Rounds.plantedPair(700, 3, 11), FAST).comparisons().getFirst();
        Predictor p = c.predictor("use_of_force").orElseThrow();
        assertTrue(p.skipped().isEmpty());
        assertEquals(700, p.n());
        assertTrue(p.estimate() > 1.5 && p.confLow() > 1, p.toString());
        assertTrue(p.pAdjusted() < 0.05, p.toString());
        assertTrue(p.pAdjusted() >= p.pValue());
        assertTrue(p.mde() > 1 && p.mde() < 3, p.toString());
        assertEquals(c.predictors().size(), Predictor.asTable(c.predictors()).rowCount());
    }

    @Test
    void aQuestionWithASmallArmIsSkippedWithAReason() {
        Predictor p = FollowUp.of(small(), FAST).comparisons().getFirst().predictor("use_of_force").orElseThrow();
        assertTrue(p.skipped().isPresent());
        assertTrue(p.skipped().get().da().contains("Færre end 5"), p.skipped().get().da());
        assertTrue(Double.isNaN(p.estimate()) && Double.isNaN(p.pAdjusted()));
    }

    @Test
    void theSelfReportTableHoldsEveryLinkedCitizenWhoAnswered() {
        SelfReport s = FollowUp.of(small(), FAST).comparisons().getFirst().selfReport().orElseThrow();
        assertEquals(4 * 3, s.table().size());
        assertEquals(3, s.n(), "b rising, c falling, d Ved ikke");
        assertEquals(1, s.table().stream().filter(c -> c.reported().equals("rising") && c.realised().equals("dearer"))
                .mapToLong(AgreementCell::count).sum());
        assertEquals(1, s.table().stream().filter(c -> c.reported().equals("dont_know") && c.realised().equals("cheaper"))
                .mapToLong(AgreementCell::count).sum());
    }

    @Test
    void theTotalCostChangeIsTheExactSumOfTheDifferences() {
        CostChange c = FollowUp.of(small(), FAST).comparisons().getFirst().annualCostChange().orElseThrow();
        BigDecimal sum = BigDecimal.valueOf(2_750_001L - 2_200_000L).add(BigDecimal.valueOf(3_050_000L - 3_100_000L))
                .add(BigDecimal.valueOf(1_900_000L - 5_000_000L));
        assertEquals(3, c.n());
        assertEquals(sum.doubleValue(), c.total());
        assertEquals(-50_000, c.median());
        assertTrue(c.totalConfLow() <= c.total() && c.total() <= c.totalConfHigh());
        assertTrue(c.method().contains("percentile") && c.method().contains("200 resamples"), c.method());
    }

    @Test
    void roundsWithoutLinkedCitizensGiveTheCountsAndSayNothingCanBeCompared() {
        CaseTable one = table(List.of(record("a", FIRST, "band_2_0_2_5", null)));
        CaseTable two = table(List.of(record("z", SECOND, "band_2_0_2_5", null), record("y", SECOND, "band_4_6", null)));
        FollowUpResult r = FollowUp.of(List.of(one, two), FAST);
        RoundComparison c = r.comparisons().getFirst();
        assertFalse(c.comparable());
        assertEquals(1, c.onlyFirst().count());
        assertEquals(2, c.onlySecond());
        assertEquals(0, c.bandChange().n());
        assertTrue(c.annualCostChange().isEmpty());
        assertTrue(r.notes().stream().anyMatch(n -> n.en().contains("nothing can be compared")), r.notes().toString());
    }

    @Test
    void aQuestionRetiredInOneRoundIsLeftOutWithANote() {
        CaseTable one = table(List.of(record("a", FIRST, "band_2_0_2_5", null, "special_place_tried=no")));
        CaseTable two = new CaseTable(ScreeningSheet.builtIn("2.0.0"),
                List.of(record("a", LocalDate.of(2024, 10, 7), "band_2_0_2_5", null, "special_place_tried=no")));
        FollowUpResult r = FollowUp.of(List.of(one, two), FAST);
        assertTrue(r.comparisons().getFirst().test("mcnemar_special_place_tried").isEmpty());
        assertTrue(r.comparisons().getFirst().test("mcnemar_conviction").isPresent());
        assertTrue(r.notes().stream().anyMatch(n -> n.da().startsWith("Spørgsmål 27") && n.da().contains("udgået")),
                r.notes().toString());
    }

    @Test
    void aConditionalQuestionCountsOnlyWhereItAppliesInBothRounds() {
        CaseTable one = table(List.of(
                record("a", FIRST, "band_2_0_2_5", null, "appeals_board=yes", "appeals_raised_cost=yes"),
                record("b", FIRST, "band_2_0_2_5", null, "appeals_board=yes", "appeals_raised_cost=no"),
                record("c", FIRST, "band_2_0_2_5", null, "appeals_board=yes", "appeals_raised_cost=no")));
        CaseTable two = table(List.of(
                record("a", SECOND, "band_2_0_2_5", null, "appeals_board=yes", "appeals_raised_cost=no"),
                record("b", SECOND, "band_2_0_2_5", null, "appeals_board=no", "appeals_raised_cost=no"),
                record("c", SECOND, "band_2_0_2_5", null, "appeals_board=yes", "appeals_raised_cost=no")));
        PairedTest t = FollowUp.of(List.of(one, two), FAST).comparisons().getFirst().test("mcnemar_appeals_raised_cost")
                .orElseThrow();
        assertEquals(2, t.result().n(), "b's appeal condition fails in round 2");
    }

    @Test
    void badRoundsAreRejectedNamingTheDates() {
        List<CaseTable> pair = small();
        FollowUpException swapped = assertThrows(FollowUpException.class, () -> FollowUp.of(List.of(pair.get(1), pair.get(0))));
        assertTrue(swapped.reason().da().contains("2022-10-03") && swapped.reason().en().contains("date order"),
                swapped.reason().toString());
        FollowUpException same = assertThrows(FollowUpException.class, () -> FollowUp.of(List.of(pair.get(0), pair.get(0))));
        assertTrue(same.reason().en().contains("files of one round"), same.reason().en());
        assertThrows(FollowUpException.class, () -> FollowUp.of(List.of(pair.get(0))));
        CaseTable both = table(List.of(record("a", FIRST, "band_2_0_2_5", null), record("b", SECOND, "band_2_0_2_5", null)));
        FollowUpException spans = assertThrows(FollowUpException.class, () -> FollowUp.of(List.of(both, pair.get(1))));
        assertTrue(spans.reason().en().contains("2024-10-07"), spans.reason().en());
    }

    @Test
    void badOptionsFailAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> FollowUpOptions.defaults().withConfLevel(1));
        assertThrows(IllegalArgumentException.class, () -> FollowUpOptions.defaults().withReplicates(5));
    }
}
