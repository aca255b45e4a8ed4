package dk.casescreen.reference.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCostEffectTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final PlantedCostEffect PRIVATE = PlantedCostEffect.parse("provider_type=private:1.3");
    private final SyntheticGenerator generator = new SyntheticGenerator(SHEET);

    @Test
    void parsesQuestionCodesAndRatio() {
        assertEquals(new PlantedCostEffect("residences_5y", Set.of("n2", "n3"), 1.5),
                PlantedCostEffect.parse(" residences_5y = N2, n3 : 1.5 "));
    }

    @Test
    void malformedOrOutOfRangeCostEffectsAreRejectedNamingTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlantedCostEffect.parse("provider_type:1.3"))
                .getMessage().contains("'provider_type:1.3'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlantedCostEffect.parse("provider_type=private:abc"))
                .getMessage().contains("'abc'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlantedCostEffect.parse("provider_type=private:0.8"))
                .getMessage().contains("0.8"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlantedCostEffect.parse("provider_type=private:3.5"))
                .getMessage().contains("3.5"));
        assertThrows(IllegalArgumentException.class, () -> PlantedCostEffect.parse("provider_type=,:1.3"));
        IllegalArgumentException product = assertThrows(IllegalArgumentException.class, () -> SyntheticOptions.defaults()
                .withCostEffect(PlantedCostEffect.parse("provider_type=private:2")).withCostEffect(PlantedCostEffect.parse("gender=male:2")));
        assertTrue(product.getMessage().contains("4.0"), product.getMessage());
        IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
                () -> generator.generate(SyntheticOptions.defaults().withCostEffect(PlantedCostEffect.parse("provider_type=privat:1.3"))));
        assertTrue(code.getMessage().contains("'privat' is not an answer of provider_type"), code.getMessage());
        IllegalArgumentException question = assertThrows(IllegalArgumentException.class,
                () -> generator.generate(SyntheticOptions.defaults().withCostEffect(PlantedCostEffect.parse("provider=private:1.3"))));
        assertTrue(question.getMessage().contains("'provider'"), question.getMessage());
    }

    @Test
    void withoutACostEffectTheFilesAreByteIdentical(@TempDir Path dir) throws Exception {
        SyntheticOptions options = new SyntheticOptions(8, 400, 12, 50, List.of(PlantedEffect.parse("gender=female:1.5")));
        SyntheticFiles.write(generator.generate(options), SHEET, dir.resolve("a"));
        SyntheticFiles.write(generator.generate(options.withCostEffects(List.of())), SHEET, dir.resolve("b"));
        SyntheticFiles.write(generator.generate(options.withCostEffect(PRIVATE)), SHEET, dir.resolve("c"));
        for (String name : new String[] {SyntheticFiles.CASES, SyntheticFiles.MUNICIPALITIES, SyntheticFiles.NOTICE}) {
            assertEquals(-1L, Files.mismatch(dir.resolve("a").resolve(name), dir.resolve("b").resolve(name)), name);
        }
        assertNotEquals(-1L, Files.mismatch(dir.resolve("a").resolve(SyntheticFiles.CASES), dir.resolve("c").resolve(SyntheticFiles.CASES)));
        assertTrue(Files.readString(dir.resolve("c").resolve(SyntheticFiles.NOTICE)).contains("provider_type=private:1.3"));
    }

    @Test
    void theEffectChangesOnlyTheCostAndBandOfExposedScreenedCases() {
        SyntheticOptions options = SyntheticOptions.REFERENCE.withSeed(21).withCases(3_000).withComparisonCases(300);
        List<CaseRecord> plain = generator.generate(options).records();
        List<CaseRecord> planted = generator.generate(options.withCostEffect(PRIVATE)).records();
        assertEquals(plain.size(), planted.size());
        int moved = 0;
        for (int i = 0; i < plain.size(); i++) {
            CaseRecord a = plain.get(i);
            CaseRecord b = planted.get(i);
            boolean exposed = a.code("provider_type").filter("private"::equals).isPresent() && AnnualCostModelTest.band(a) >= 0;
            var withoutBand = new java.util.HashMap<>(b.answers());
            withoutBand.put("cost_band", a.answers().get("cost_band"));
            assertEquals(a.answers(), withoutBand, "answers other than the band, " + a.caseNumber());
            assertEquals(a.annualCost().isPresent(), b.annualCost().isPresent(), a.caseNumber());
            if (!exposed) {
                assertEquals(a, b, a.caseNumber());
            } else {
                if (a.annualCost().isPresent()) {
                    double ratio = b.annualCost().get().doubleValue() / a.annualCost().get().doubleValue();
                    assertEquals(1.3, ratio, 1e-6, a.caseNumber());
                }
                assertTrue(AnnualCostModelTest.band(b) >= AnnualCostModelTest.band(a), a.caseNumber());
                moved += AnnualCostModelTest.band(b) > AnnualCostModelTest.band(a) ? 1 : 0;
            }
        }
        assertTrue(moved > 200, "exposed cases moved up a band: " + moved);
    }

    @Test
    void ratioOfMeanCostExposedOverUnexposedIsThePlantedRatio() {
        List<CaseRecord> records = generator.generate(SyntheticOptions.REFERENCE.withSeed(5).withCases(40_000)
                .withCostEffect(PRIVATE)).records();
        var exposed = new java.util.ArrayList<Double>();
        var unexposed = new java.util.ArrayList<Double>();
        for (CaseRecord r : records) {
            if (r.annualCost().isEmpty() || r.code("provider_type").isEmpty()) {
                continue;
            }
            (r.code("provider_type").get().equals("private") ? exposed : unexposed).add(r.annualCost().get().doubleValue() / 1e6);
        }
        double ratio = AnnualCostModelTest.mean(exposed) / AnnualCostModelTest.mean(unexposed);
        // delta method: the coefficient of variation of a case's cost is 0.43, so the log ratio's se is 0.43 sqrt(1/n1 + 1/n0)
        double se = 0.43 * Math.sqrt(1.0 / exposed.size() + 1.0 / unexposed.size());
        assertEquals(Math.log(1.3), Math.log(ratio), 4 * se, "ratio " + ratio);
    }

    @Test
    void bandAndCostAgreeSoTheLoaderFindsNoCostProblem(@TempDir Path dir) throws Exception {
        SyntheticDataSet data = generator.generate(SyntheticOptions.REFERENCE.withSeed(2).withCases(3_000).withComparisonCases(200)
                .withCostEffect(PlantedCostEffect.parse("provider_type=private,regional:3")));
        LoadResult loaded = Cases.csv(SyntheticFiles.write(data, SHEET, dir)).municipalities(data.municipalities()).load();
        assertEquals(0, loaded.report().errorCount(), () -> loaded.report().problems().toString());
        assertEquals(List.of(), loaded.report().problems().stream().map(p -> p.rule().name()).filter(n -> n.contains("COST")).toList());
        assertTrue(data.records().stream().anyMatch(r -> r.annualCost().filter(c -> c.doubleValue() > 30e6).isPresent()));
    }

    @Test
    void roundsCarryTheEffectToNewCasesAndStayDeterministic() {
        SyntheticOptions options = new SyntheticOptions(42, 300, 12, 0, List.of()).withCostEffect(PRIVATE);
        var a = generator.generateRounds(options, RoundOptions.defaults());
        var b = generator.generateRounds(options, RoundOptions.defaults());
        assertEquals(a.get(1).records(), b.get(1).records());
        assertEquals(generator.generate(options).records(), a.getFirst().records());
    }
}
