package dk.casescreen.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    private static final ReferenceData REFERENCE = ReferenceData.builtIn();

    @Test
    void shippedDataLoadsThroughTheNormalLoaderWithoutErrors() {
        var report = REFERENCE.load().report();
        assertEquals(683, report.read());
        assertEquals(683, report.accepted());
        assertEquals(0, report.errorCount(), () -> report.problems().toString());
        assertEquals(47, REFERENCE.populations().size());
        assertEquals(47, REFERENCE.cases().records().stream().map(CaseRecord::municipalityCode).distinct().count());
    }

    @Test
    void shippedDataHaveNoCostProblemsAndEveryExactCostLiesInItsBand() {
        var result = REFERENCE.load();
        assertEquals(List.of(), result.report().problems().stream().map(p -> p.rule())
                .filter(r -> r.name().contains("COST")).toList(), () -> result.report().problems().toString());
        long withCost = result.cases().records().stream().filter(r -> r.annualCost().isPresent()).count();
        assertTrue(withCost > 400, "most cases have an exact cost: " + withCost);
    }

    @Test
    void generatedComparisonCasesAndOtherSeedsGiveNoBandWarnings(@TempDir Path dir) throws Exception {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        var data = new SyntheticGenerator(sheet).generate(SyntheticOptions.REFERENCE.withSeed(7).withCases(3000)
                .withComparisonCases(500));
        Path cases = SyntheticFiles.write(data, sheet, dir);
        var result = dk.casescreen.cases.Cases.csv(cases).municipalities(data.municipalities()).load();
        assertEquals(0, result.report().errorCount(), () -> result.report().problems().toString());
        assertEquals(List.of(), result.report().problems().stream().map(p -> p.rule())
                .filter(r -> r.name().contains("COST")).toList());
        assertTrue(result.cases().records().stream().anyMatch(r -> r.annualCost().isPresent()
                && r.annualCost().get().compareTo(java.math.BigDecimal.valueOf(2_000_000)) < 0), "comparison cases have costs");
    }

    @Test
    void shippedFilesAreExactlyWhatTheDefaultSeedGenerates(@TempDir Path dir) throws Exception {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        SyntheticFiles.write(new SyntheticGenerator(sheet).generate(SyntheticOptions.REFERENCE), sheet, dir);
        for (String name : new String[] {SyntheticFiles.CASES, SyntheticFiles.MUNICIPALITIES, SyntheticFiles.NOTICE}) {
            try (InputStream shipped = ReferenceData.resource(name)) {
                assertArrayEquals(shipped.readAllBytes(), Files.readAllBytes(dir.resolve(name)),
                        name + " is stale: regenerate with ./casescreen synth --out src/main/resources/dk/casescreen/reference/synthetic");
            }
        }
    }

    @Test
    void everyRecordAndMunicipalityIsMarkedSyntheticOrFictional() {
        assertTrue(REFERENCE.cases().records().stream().allMatch(r -> r.remark().orElse("").startsWith("Syntetiske data")));
        assertTrue(REFERENCE.populations().stream().allMatch(p -> p.municipality().name().endsWith("(fiktiv)")
                && Integer.parseInt(p.municipality().code()) > 900));
        assertTrue(REFERENCE.populations().stream().noneMatch(p -> Municipalities.danish().find(p.municipality().code()).isPresent()
                || Municipalities.danish().find(p.municipality().name().replace(" (fiktiv)", "")).isPresent()));
    }

    @Test
    void municipalitiesHavePlausiblePopulationsAndVaryStronglyInCaseRates() {
        Map<String, Long> cases = REFERENCE.cases().records().stream()
                .collect(Collectors.groupingBy(CaseRecord::municipalityCode, Collectors.counting()));
        double[] rates = REFERENCE.populations().stream()
                .mapToDouble(p -> 1000.0 * cases.getOrDefault(p.municipality().code(), 0L) / p.aged18to66()).toArray();
        for (MunicipalityPopulation p : REFERENCE.populations()) {
            assertTrue(p.aged18to66() >= 1_500 && p.aged18to66() <= 450_000, p.toString());
        }
        double mean = java.util.Arrays.stream(rates).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(rates).map(r -> (r - mean) * (r - mean)).sum() / (rates.length - 1));
        assertTrue(sd / mean > 0.3, "coefficient of variation of case rates " + sd / mean);
        double max = java.util.Arrays.stream(rates).max().orElseThrow();
        double min = java.util.Arrays.stream(rates).min().orElseThrow();
        assertTrue(max / min > 4, "highest rate over lowest " + max / min);
    }
}
