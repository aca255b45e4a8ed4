package dk.casescreen.reference.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticGeneratorTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private final SyntheticGenerator generator = new SyntheticGenerator(SHEET);

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path dir) throws Exception {
        SyntheticOptions options = new SyntheticOptions(42, 300, 12, 50, List.of(PlantedEffect.parse("provider_type=private:2")));
        SyntheticFiles.write(generator.generate(options), SHEET, dir.resolve("a"));
        SyntheticFiles.write(generator.generate(options), SHEET, dir.resolve("b"));
        SyntheticFiles.write(generator.generate(options.withSeed(43)), SHEET, dir.resolve("c"));
        for (String name : new String[] {SyntheticFiles.CASES, SyntheticFiles.MUNICIPALITIES, SyntheticFiles.NOTICE}) {
            assertEquals(-1L, Files.mismatch(dir.resolve("a").resolve(name), dir.resolve("b").resolve(name)), name);
        }
        assertNotEquals(-1L, Files.mismatch(dir.resolve("a").resolve(SyntheticFiles.CASES), dir.resolve("c").resolve(SyntheticFiles.CASES)));
    }

    @Test
    void generatedFilesLoadWithoutErrorsAndKeepEveryAnswer(@TempDir Path dir) throws Exception {
        SyntheticDataSet data = generator.generate(new SyntheticOptions(5, 400, 20, 100, List.of()));
        Path cases = SyntheticFiles.write(data, SHEET, dir);
        LoadResult loaded = Cases.csv(cases).municipalities(data.municipalities()).load();
        assertEquals(0, loaded.report().errorCount(), () -> loaded.report().problems().toString());
        assertEquals(500, loaded.report().accepted());
        for (int i = 0; i < data.records().size(); i++) {
            CaseRecord written = data.records().get(i);
            CaseRecord read = loaded.cases().records().get(i);
            assertEquals(written.answers(), read.answers(), "record " + i);
            assertEquals(written.caseNumber(), read.caseNumber());
            assertEquals(written.annualCost(), read.annualCost());
        }
    }

    @Test
    void countsAndConditionsHold() {
        SyntheticDataSet data = generator.generate(new SyntheticOptions(9, 2_000, 30, 300, List.of()));
        List<CaseRecord> screened = data.records().stream().filter(screened()).toList();
        assertEquals(2_000, screened.size());
        assertEquals(300, data.records().size() - screened.size());
        assertEquals(30, data.populations().size());
        for (CaseRecord r : data.records()) {
            for (Question q : SHEET.questions()) {
                if (q.isConditional()) {
                    var c = q.condition().orElseThrow();
                    boolean applies = r.code(c.questionKey()).filter(c::holdsFor).isPresent();
                    if (!applies) {
                        assertTrue(r.answer(q.key()) instanceof Answer.NotApplicable, q.key() + " in " + r.caseNumber());
                    }
                }
            }
            if (r.annualCost().isPresent()) {
                double mio = r.annualCost().get().doubleValue() / 1e6;
                assertTrue(screened().test(r) ? mio >= 2.0 : mio < 2.0, r.caseNumber() + " " + mio);
            }
        }
    }

    @Test
    void outwardBehaviourMakesUseOfForceMoreLikelyAndSentencesFollowTargetGroup() {
        List<CaseRecord> records = generator.generate(SyntheticOptions.REFERENCE.withSeed(11).withCases(20_000)).records();
        double forceOutward = share(records, r -> r.code("behaviour_type").filter("outward"::equals).isPresent(), "use_of_force", "yes");
        double forceOther = share(records, r -> r.code("behaviour_type").filter("outward"::equals).isEmpty(), "use_of_force", "yes");
        assertTrue(forceOutward > 2 * forceOther, forceOutward + " vs " + forceOther);
        double mi = share(records, r -> r.code("target_group").filter("mental_illness"::equals).isPresent(), "conviction", "yes");
        double autism = share(records, r -> r.code("target_group").filter("autism"::equals).isPresent(), "conviction", "yes");
        assertTrue(mi > 2.5 * autism, mi + " vs " + autism);
    }

    @Test
    void plantedEffectRaisesTheOddsOfAHigherCostBandAndOfBeingAboveTwoMio() {
        PlantedEffect effect = PlantedEffect.parse("provider_type=private:3.0");
        SyntheticOptions base = new SyntheticOptions(3, 20_000, 47, 20_000, List.of());
        List<CaseRecord> planted = generator.generate(new SyntheticOptions(3, 20_000, 47, 20_000, List.of(effect))).records();
        List<CaseRecord> none = generator.generate(base).records();
        double orPlanted = screenedOddsRatio(planted);
        double orNone = screenedOddsRatio(none);
        assertTrue(orPlanted > 2.4 && orPlanted < 3.6, "planted odds ratio among screened " + orPlanted);
        assertTrue(orNone > 0.85 && orNone < 1.18, "odds ratio without an effect " + orNone);
        double aboveBelowPlanted = aboveBelowOddsRatio(planted);
        double aboveBelowNone = aboveBelowOddsRatio(none);
        assertTrue(aboveBelowPlanted > 2.2 && aboveBelowPlanted < 3.8, "above vs below, planted " + aboveBelowPlanted);
        assertTrue(aboveBelowNone > 0.85 && aboveBelowNone < 1.18, "above vs below, no effect " + aboveBelowNone);
    }

    @Test
    void plantedEffectKeepsTheCostBandSharesPublished() {
        SyntheticOptions planted = new SyntheticOptions(3, 30_000, 47, 0, List.of(PlantedEffect.parse("conviction=yes:2.5")));
        List<CaseRecord> records = generator.generate(planted).records();
        double above4 = share(records, r -> true, "cost_band", "band_4_6", "band_6_10", "band_over_10");
        assertEquals(0.11, above4, 3.5 * Math.sqrt(0.11 * 0.89 / records.size()));
    }

    @Test
    void effectsOnUnknownQuestionsOrAnswersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> generator.generate(
                new SyntheticOptions(1, 10, 2, 0, List.of(PlantedEffect.parse("nonsense=yes:2")))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.generate(
                new SyntheticOptions(1, 10, 2, 0, List.of(PlantedEffect.parse("provider_type=privat:2")))));
        assertTrue(e.getMessage().contains("municipal, regional, private"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlantedEffect.parse("provider_type private 2"));
        assertThrows(IllegalArgumentException.class, () -> PlantedEffect.parse("provider_type=private:-1"));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticOptions(1, 10, 20, 0, List.of()));
    }

    /** Odds ratio of a band of 3.0 mio. kr. or more, private against other providers, among screened cases. */
    private static double screenedOddsRatio(List<CaseRecord> records) {
        Predicate<CaseRecord> high = r -> r.code("cost_band").filter(c -> !c.equals("band_2_0_2_5") && !c.equals("band_2_5_3_0")).isPresent();
        return oddsRatio(records.stream().filter(screened()).toList(), high);
    }

    private static double aboveBelowOddsRatio(List<CaseRecord> records) {
        return oddsRatio(records, screened());
    }

    private static double oddsRatio(List<CaseRecord> records, Predicate<CaseRecord> outcome) {
        double[][] t = new double[2][2];
        for (CaseRecord r : records) {
            var provider = r.code("provider_type");
            if (provider.isEmpty()) {
                continue;
            }
            t[provider.get().equals("private") ? 1 : 0][outcome.test(r) ? 1 : 0]++;
        }
        return (t[1][1] * t[0][0]) / (t[1][0] * t[0][1]);
    }

    private static Predicate<CaseRecord> screened() {
        return r -> r.code("cost_band").filter(c -> !c.equals("band_under_2_0")).isPresent();
    }

    private static double share(List<CaseRecord> records, Predicate<CaseRecord> among, String key, String... codes) {
        List<String> counted = List.of(codes);
        long n = 0;
        long x = 0;
        for (CaseRecord r : records) {
            if (among.test(r) && r.code(key).isPresent()) {
                n++;
                if (counted.contains(r.code(key).get())) {
                    x++;
                }
            }
        }
        return (double) x / n;
    }
}
