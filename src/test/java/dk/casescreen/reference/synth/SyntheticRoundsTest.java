package dk.casescreen.reference.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.Coefficient;
import dk.casescreen.stats.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRoundsTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final List<String> BANDS = List.of("band_2_0_2_5", "band_2_5_3_0", "band_3_0_3_5", "band_3_5_4_0",
            "band_4_6", "band_6_10", "band_over_10");
    /** The documented P(dearer) by target group (docs/synthetic-reference.md, "Screening rounds"). */
    private static final Map<String, Double> DOCUMENTED_DEARER = Map.of("intellectual_disability", 0.44,
            "autism_and_intellectual_disability", 0.46, "autism", 0.44, "mental_illness", 0.50,
            "acquired_brain_injury", 0.48, "other", 0.42);
    private static final SyntheticOptions LARGE = SyntheticOptions.REFERENCE.withSeed(17).withCases(20_000);

    private final SyntheticGenerator generator = new SyntheticGenerator(SHEET);

    @Test
    void roundOneIsExactlyWhatGenerateGives() {
        SyntheticOptions options = new SyntheticOptions(42, 300, 12, 50, List.of(PlantedEffect.parse("provider_type=private:2")));
        List<SyntheticDataSet> rounds = generator.generateRounds(options, RoundOptions.defaults().withRounds(3)
                .withProgression(PlantedEffect.parse("use_of_force=yes:2")));
        assertEquals(3, rounds.size());
        assertEquals(generator.generate(options), rounds.get(0));
        assertEquals(generator.generate(SyntheticOptions.REFERENCE),
                generator.generateRounds(SyntheticOptions.REFERENCE, RoundOptions.defaults()).get(0));
    }

    @Test
    void sameOptionsGiveByteIdenticalRoundFoldersThatLoadWithoutErrors(@TempDir Path dir) throws Exception {
        SyntheticOptions options = new SyntheticOptions(7, 400, 15, 40, List.of());
        RoundOptions rounds = RoundOptions.defaults().withRounds(3).withProgression(PlantedEffect.parse("conviction=yes:1.5"));
        List<Path> a = SyntheticFiles.writeRounds(generator.generateRounds(options, rounds), rounds, SHEET, dir.resolve("a"));
        List<Path> b = SyntheticFiles.writeRounds(generator.generateRounds(options, rounds), rounds, SHEET, dir.resolve("b"));
        assertEquals(List.of("runde-1-2022-10-03", "runde-2-2023-10-03", "runde-3-2024-10-03"),
                a.stream().map(p -> p.getFileName().toString()).toList());
        for (int r = 0; r < 3; r++) {
            for (String name : new String[] {SyntheticFiles.CASES, SyntheticFiles.MUNICIPALITIES, SyntheticFiles.NOTICE}) {
                assertEquals(-1L, Files.mismatch(a.get(r).resolve(name), b.get(r).resolve(name)), r + "/" + name);
            }
            String notice = Files.readString(a.get(r).resolve(SyntheticFiles.NOTICE));
            assertTrue(notice.startsWith("SYNTETISKE DATA") && notice.contains("Screeningsrunde " + (r + 1) + " af 3")
                    && notice.contains("conviction=yes:1.5"), notice);
        }
        List<SyntheticDataSet> data = generator.generateRounds(options, rounds);
        LoadResult loaded = Cases.csv(a.get(2).resolve(SyntheticFiles.CASES)).municipalities(data.get(2).municipalities()).load();
        assertEquals(0, loaded.report().errorCount(), () -> loaded.report().problems().toString());
        assertEquals(data.get(2).records().size(), loaded.report().accepted());
        assertTrue(Files.mismatch(a.get(1).resolve(SyntheticFiles.CASES), a.get(2).resolve(SyntheticFiles.CASES)) >= 0);
    }

    @Test
    void roundsScreenedAfterTheSpecialPlacesClosedLeaveTheirQuestionsUnanswered() {
        List<SyntheticDataSet> data = generator.generateRounds(new SyntheticOptions(9, 500, 10, 0, List.of()),
                RoundOptions.defaults().withRounds(3));
        for (String key : List.of("special_place_tried", "special_place_refused")) {
            long answeredBefore = data.get(1).records().stream().filter(r -> r.answer(key) instanceof Answer.Choice).count();
            assertTrue(answeredBefore > 400, key + " answered in 2023: " + answeredBefore);
            List<dk.casescreen.cases.CaseRecord> after = data.get(2).records();
            assertTrue(after.stream().allMatch(r -> r.screeningDate().orElseThrow().isAfter(java.time.LocalDate.of(2024, 7, 1))));
            assertEquals(0, after.stream().filter(r -> r.answer(key) instanceof Answer.Choice).count(), key + " answered in 2024");
        }
    }

    @Test
    void tenRoundsOrMoreGetZeroPaddedFolderNamesThatSortInDateOrder() {
        RoundOptions rounds = RoundOptions.defaults().withRounds(12).withIntervalMonths(6);
        assertEquals("runde-01-2022-10-03", SyntheticFiles.roundFolder(rounds, 1));
        assertEquals("runde-12-2028-04-03", SyntheticFiles.roundFolder(rounds, 12));
        List<String> names = Stream.iterate(1, r -> r + 1).limit(12).map(r -> SyntheticFiles.roundFolder(rounds, r)).toList();
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void linkedCitizensKeepGenderMunicipalityAndConditionsAndAgeByTheWholeYearsBetween() {
        RoundOptions rounds = RoundOptions.defaults().withRounds(3).withIntervalMonths(18);
        List<SyntheticDataSet> data = generator.generateRounds(new SyntheticOptions(5, 3_000, 30, 0, List.of()), rounds);
        Map<String, CaseRecord> first = byCitizen(data.get(0).records());
        int linked = 0;
        for (int r = 1; r < 3; r++) {
            for (CaseRecord later : data.get(r).records()) {
                assertConditionsHold(later);
                CaseRecord earlier = first.get(later.municipalityCode() + "/" + later.caseNumber());
                if (earlier == null) {
                    continue;
                }
                linked++;
                assertEquals(earlier.answer("gender"), later.answer("gender"), later.caseNumber());
                assertEquals(earlier.answer("target_group"), later.answer("target_group"), later.caseNumber());
                assertEquals(earlier.screeningDate().orElseThrow().plusMonths(18L * r), later.screeningDate().orElseThrow());
                int years = Period.between(earlier.screeningDate().orElseThrow(), later.screeningDate().orElseThrow()).getYears();
                assertEquals(r == 1 ? 1 : 3, years);
                if (earlier.answer("age") instanceof Answer.WholeNumber(int age)) {
                    assertEquals(new Answer.WholeNumber(age + years), later.answer("age"), later.caseNumber());
                }
                int step = BANDS.indexOf(later.code("cost_band").orElseThrow()) - BANDS.indexOf(earlier.code("cost_band").orElseThrow());
                assertTrue(Math.abs(step) <= r, later.caseNumber() + " moved " + step + " bands in " + r + " rounds");
            }
        }
        assertTrue(linked > 3_000, "linked records " + linked);
        assertTrue(data.get(2).records().stream().allMatch(c -> c.screeningDate().orElseThrow()
                .isAfter(rounds.screeningStart(3).minusDays(1)) && c.screeningDate().orElseThrow().isBefore(rounds.screeningStart(3).plusDays(59))));
    }

    @Test
    void plantedProgressionIsTheOddsRatioOfBecomingDearerGivenTargetGroup() {
        PlantedEffect force = PlantedEffect.parse("use_of_force=yes:2.0");
        List<SyntheticDataSet> planted = generator.generateRounds(LARGE, RoundOptions.defaults().withProgression(force));
        Coefficient c = dearerOddsRatio(planted.get(0), planted.get(1), "use_of_force");
        assertTrue(Math.abs(c.estimate() - Math.log(2.0)) < 3.5 * c.standardError(), c.toString());
        assertTrue(c.standardError() < 0.05, c.toString());
    }

    @Test
    void withoutPlantedProgressionNoYesNoAnswerPredictsBecomingDearer() {
        List<SyntheticDataSet> none = generator.generateRounds(LARGE, RoundOptions.defaults().withRounds(3));
        int checked = 0;
        for (Question q : SHEET.questions()) {
            if (q.codes().contains("yes") && q.codes().contains("no")) {
                for (int r = 0; r < 2; r++) {
                    Coefficient c = dearerOddsRatio(none.get(r), none.get(r + 1), q.key());
                    assertTrue(Math.abs(c.estimate()) < 3.5 * c.standardError(), q.key() + " round " + (r + 1) + ": " + c);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 30, "questions checked " + checked);
    }

    @Test
    void dearerSameAndCheaperFollowTheDocumentedRatesWhereEveryChangeIsSeen() {
        List<SyntheticDataSet> data = generator.generateRounds(LARGE, RoundOptions.defaults());
        Map<String, CaseRecord> next = byCitizen(data.get(1).records());
        Map<String, long[]> byGroup = new HashMap<>();
        long[] byFunction = new long[4];
        for (CaseRecord r : data.get(0).records()) {
            int band = BANDS.indexOf(r.code("cost_band").orElse(""));
            CaseRecord later = next.get(r.municipalityCode() + "/" + r.caseNumber());
            if (band < 1 || band > 5 || later == null) {
                continue;
            }
            int step = BANDS.indexOf(later.code("cost_band").orElseThrow()) - band;
            long[] counts = byGroup.computeIfAbsent(r.code("target_group").orElseThrow(), g -> new long[2]);
            counts[0]++;
            counts[1] += step > 0 ? 1 : 0;
            if (step <= 0 && r.code("function_trend").filter(f -> f.equals("unchanged")).isPresent()) {
                byFunction[0]++;
                byFunction[1] += step < 0 ? 1 : 0;
            }
            if (step <= 0 && r.code("function_trend").filter(f -> f.equals("better")).isPresent()) {
                byFunction[2]++;
                byFunction[3] += step < 0 ? 1 : 0;
            }
        }
        assertEquals(DOCUMENTED_DEARER.keySet(), byGroup.keySet());
        DOCUMENTED_DEARER.forEach((group, p) -> assertShare(p, byGroup.get(group)[1], byGroup.get(group)[0], group));
        assertShare(0.35, byFunction[1], byFunction[0], "cheaper if not dearer, function unchanged");
        assertShare(0.50, byFunction[3], byFunction[2], "cheaper if not dearer, function better");
    }

    @Test
    void overTheWholeScreenedRoundAboutFortyTwoPercentBecomeDearerAndTwentyPercentCheaper() {
        SyntheticDataSet first = generator.generate(LARGE);
        TransitionModel model = new TransitionModel(List.of(), RoundOptions.DEFAULTS.trendAgreement());
        SplittableRandom rng = new SplittableRandom(1);
        long[] directions = new long[3];
        for (CaseRecord r : first.records()) {
            directions[model.draw(rng, r.answers(), BANDS.indexOf(r.code("cost_band").orElseThrow()))]++;
        }
        double n = first.records().size();
        assertTrue(directions[0] / n > 0.40 && directions[0] / n < 0.45, "dearer " + directions[0] / n);
        assertTrue(directions[1] / n > 0.35 && directions[1] / n < 0.40, "same " + directions[1] / n);
        assertTrue(directions[2] / n > 0.17 && directions[2] / n < 0.23, "cheaper " + directions[2] / n);
    }

    @Test
    void endedAndNewCasesComeInTheDocumentedSharesWithCaseNumbersBeyondTheHighest() {
        List<SyntheticDataSet> data = generator.generateRounds(LARGE, RoundOptions.defaults());
        Map<String, CaseRecord> first = byCitizen(data.get(0).records());
        Map<String, CaseRecord> second = byCitizen(data.get(1).records());
        long above = 0;
        long ended = 0;
        for (CaseRecord r : data.get(0).records()) {
            if (BANDS.indexOf(r.code("cost_band").orElseThrow()) >= 1) {
                above++;
                ended += second.containsKey(r.municipalityCode() + "/" + r.caseNumber()) ? 0 : 1;
            }
        }
        assertShare(0.10, ended, above, "ended from bands above the lowest");
        List<CaseRecord> added = data.get(1).records().stream()
                .filter(r -> !first.containsKey(r.municipalityCode() + "/" + r.caseNumber())).toList();
        assertEquals(Math.round(0.175 * 20_000), added.size());
        Map<String, Integer> highest = new HashMap<>();
        first.values().forEach(r -> highest.merge(r.municipalityCode(), number(r), Math::max));
        Map<String, List<Integer>> numbers = new HashMap<>();
        added.forEach(r -> numbers.computeIfAbsent(r.municipalityCode(), m -> new ArrayList<>()).add(number(r)));
        numbers.forEach((m, list) -> {
            List<Integer> expected = Stream.iterate(highest.get(m) + 1, i -> i + 1).limit(list.size()).toList();
            assertEquals(expected, list.stream().sorted().toList(), m);
        });
        assertTrue(data.get(1).records().stream().noneMatch(r -> r.caseNumber().startsWith("K-")));
    }

    @Test
    void selfReportedCostTrendAgreesWithTheRealisedChangeAboutSixtyPercentOfTheTime() {
        double coupled = trendAgreement(RoundOptions.defaults());
        double independent = trendAgreement(RoundOptions.defaults().withTrendAgreement(0));
        // In bands 1-5 the model's expected agreement is 0.669 (50 direction draws per round-1 case of LARGE); the
        // sampling error of one draw is about 0.005, so 0.60-0.70 is not tied to one random stream.
        assertTrue(coupled > 0.60 && coupled < 0.70, "agreement " + coupled);
        assertTrue(independent > 0.30 && independent < 0.42, "agreement without coupling " + independent);
    }

    @Test
    void yesNoAnswersChangeAtTheDocumentedRateWithoutAShiftAndStructuralAnswersStay() {
        List<SyntheticDataSet> data = generator.generateRounds(LARGE, RoundOptions.defaults());
        Map<String, CaseRecord> next = byCitizen(data.get(1).records());
        for (String key : List.of("target_group", "behaviour_decisive", "conviction", "appeals_board", "childhood_measure")) {
            for (CaseRecord r : data.get(0).records()) {
                CaseRecord later = next.get(r.municipalityCode() + "/" + r.caseNumber());
                if (later != null) {
                    assertEquals(r.answer(key), later.answer(key), key + " of " + r.caseNumber());
                }
            }
        }
        long discordantTotal = 0;
        for (String key : CaseModel.CHANGEABLE) {
            long[] pairs = new long[4];
            for (CaseRecord r : data.get(0).records()) {
                CaseRecord later = next.get(r.municipalityCode() + "/" + r.caseNumber());
                int a = later == null ? -1 : List.of("no", "yes").indexOf(r.code(key).orElse(""));
                int b = later == null ? -1 : List.of("no", "yes").indexOf(later.code(key).orElse(""));
                if (a >= 0 && b >= 0) {
                    pairs[2 * a + b]++;
                }
            }
            long up = pairs[1];
            long down = pairs[2];
            discordantTotal += up + down;
            assertTrue(Math.abs(up - down) <= 3.5 * Math.sqrt(up + down) + 1, key + ": Nej to Ja " + up + ", Ja to Nej " + down);
            if (key.equals("day_offer")) {
                // Asked afresh with probability 5% a year; then Ja 70%, so a change with probability 2 x 0.7 x 0.3.
                assertShare(RoundGenerator.ANSWER_CHANGE_PER_YEAR * 2 * 0.7 * 0.3, up + down, Arrays.stream(pairs).sum(), key);
            }
        }
        assertTrue(discordantTotal > 1_000, "discordant pairs over the changeable questions: " + discordantTotal);
    }

    @Test
    void badRoundOptionsAreRefusedNamingTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RoundOptions.defaults().withRounds(1))
                .getMessage().contains("not 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RoundOptions.defaults().withIntervalMonths(0))
                .getMessage().contains("not 0"));
        assertThrows(IllegalArgumentException.class, () -> RoundOptions.defaults().withEndedShare(1.0));
        assertThrows(IllegalArgumentException.class, () -> RoundOptions.defaults().withNewShare(-0.1));
        assertThrows(IllegalArgumentException.class, () -> RoundOptions.defaults().withTrendAgreement(1.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.generateRounds(
                new SyntheticOptions(1, 10, 2, 0, List.of()), RoundOptions.defaults().withProgression(PlantedEffect.parse("use_of_force=ja:2"))));
        assertTrue(e.getMessage().contains("'ja' is not an answer of use_of_force"), e.getMessage());
        assertEquals(1 - Math.sqrt(0.9), RoundOptions.defaults().withIntervalMonths(6).endedPerInterval(), 1e-12);
    }

    /** Agreement of question 4 with the realised direction, round 1 to 2, where every direction is seen (bands 1-5). */
    private double trendAgreement(RoundOptions options) {
        List<SyntheticDataSet> data = generator.generateRounds(LARGE, options);
        Map<String, CaseRecord> next = byCitizen(data.get(1).records());
        List<String> trends = List.of("falling", "unchanged", "rising");
        long n = 0;
        long agree = 0;
        for (CaseRecord r : data.get(0).records()) {
            int band = BANDS.indexOf(r.code("cost_band").orElseThrow());
            CaseRecord later = next.get(r.municipalityCode() + "/" + r.caseNumber());
            int trend = trends.indexOf(r.code("cost_trend").orElse(""));
            if (band < 1 || band > 5 || later == null || trend < 0) {
                continue;
            }
            int step = BANDS.indexOf(later.code("cost_band").orElseThrow()) - band;
            n++;
            agree += step + 1 == trend ? 1 : 0;
        }
        return (double) agree / n;
    }

    /**
     * The analysis the follow-up makes: logistic regression of dearer on exposure (yes vs no) plus target
     * group, among the citizens in both rounds.
     */
    private static Coefficient dearerOddsRatio(SyntheticDataSet from, SyntheticDataSet to, String question) {
        Map<String, CaseRecord> next = byCitizen(to.records());
        List<String> groups = List.copyOf(DOCUMENTED_DEARER.keySet()).stream().sorted().toList();
        List<int[]> ys = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        for (CaseRecord r : from.records()) {
            CaseRecord later = next.get(r.municipalityCode() + "/" + r.caseNumber());
            String exposure = r.code(question).orElse("");
            if (later == null || !(exposure.equals("yes") || exposure.equals("no"))) {
                continue;
            }
            double[] x = new double[groups.size()];
            x[0] = exposure.equals("yes") ? 1 : 0;
            int g = groups.indexOf(r.code("target_group").orElseThrow());
            if (g > 0) {
                x[g] = 1;
            }
            boolean dearer = BANDS.indexOf(later.code("cost_band").orElseThrow()) > BANDS.indexOf(r.code("cost_band").orElseThrow());
            ys.add(new int[] {dearer ? 1 : 0});
            xs.add(x);
        }
        List<String> names = new ArrayList<>(List.of("exposure"));
        groups.subList(1, groups.size()).forEach(g -> names.add("target_group" + g));
        int[] y = ys.stream().mapToInt(a -> a[0]).toArray();
        return Models.logistic(y, xs.toArray(double[][]::new), names).coefficient("exposure");
    }

    private static void assertConditionsHold(CaseRecord r) {
        for (Question q : SHEET.questions()) {
            if (q.isConditional()) {
                var c = q.condition().orElseThrow();
                boolean applies = r.code(c.questionKey()).filter(c::holdsFor).isPresent();
                assertEquals(!applies, r.answer(q.key()) instanceof Answer.NotApplicable, q.key() + " in " + r.caseNumber());
            }
        }
    }

    private static void assertShare(double expected, long x, long n, String what) {
        double se = Math.sqrt(expected * (1 - expected) / n);
        assertEquals(expected, (double) x / n, 3.5 * se, what + ": " + x + " of " + n);
    }

    private static Map<String, CaseRecord> byCitizen(List<CaseRecord> records) {
        Map<String, CaseRecord> map = new HashMap<>();
        for (CaseRecord r : records) {
            if (r.caseNumber().startsWith("S-")) {
                map.put(r.municipalityCode() + "/" + r.caseNumber(), r);
            }
        }
        return map;
    }

    private static int number(CaseRecord r) {
        return Integer.parseInt(r.caseNumber().substring(2));
    }
}
