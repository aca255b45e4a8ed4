package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.CaseDesign;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.PlantedEffect;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The proportional-odds model recovers the odds ratio planted in synthetic data. The generator's cost
 * band follows a proportional-odds model in target group, outward-reacting behaviour, use of force
 * and the planted effects (CostBandModel); fitted with those columns and single-person offers (which
 * have no effect), each estimate of exp(beta) must lie within 4 standard errors of its true odds ratio.
 */
class PlantedEffectTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final List<String> COLUMNS = List.of("provider_typeregional", "provider_typeprivate",
            "target_groupautism_and_intellectual_disability", "target_groupautism", "target_groupmental_illness",
            "target_groupacquired_brain_injury", "target_groupother", "outward", "use_of_forceyes", "single_person_offer");

    private static List<CaseRecord> generate(long seed, List<PlantedEffect> effects) {
        return new SyntheticGenerator(SHEET).generate(new SyntheticOptions(seed, 20_000, 40, 0, effects)).records();
    }

    /** The generator's model: its columns as indicators of the answers (a blank answer is no indicator). */
    private static ModelFit fit(List<CaseRecord> records) {
        List<String> bands = SHEET.require("cost_band").codes().subList(1, 8);
        List<String> groups = SHEET.require("target_group").codes();
        int n = records.size();
        int[] y = new int[n];
        double[][] x = new double[n][COLUMNS.size()];
        for (int i = 0; i < n; i++) {
            CaseRecord r = records.get(i);
            y[i] = bands.indexOf(r.code("cost_band").orElseThrow());
            String provider = r.code("provider_type").orElse("");
            x[i][0] = provider.equals("regional") ? 1 : 0;
            x[i][1] = provider.equals("private") ? 1 : 0;
            int group = groups.indexOf(r.code("target_group").orElseThrow());
            for (int g = 1; g < groups.size(); g++) {
                x[i][1 + g] = group == g ? 1 : 0;
            }
            x[i][7] = r.code("behaviour_type").filter("outward"::equals).isPresent() ? 1 : 0;
            x[i][8] = r.code("use_of_force").filter("yes"::equals).isPresent() ? 1 : 0;
            x[i][9] = r.code("places_in_offer").filter("n1"::equals).isPresent() ? 1 : 0;
        }
        return Models.proportionalOdds(y, x, COLUMNS, bands, FitControl.DEFAULT);
    }

    private static void assertWithinFourStandardErrors(double oddsRatio, Coefficient c) {
        double distance = Math.abs(c.estimate() - Math.log(oddsRatio)) / c.standardError();
        assertTrue(distance < 4, () -> c.term() + ": odds ratio " + c.oddsRatio() + " (" + c.confLow() + " to "
                + c.confHigh() + "), planted " + oddsRatio + ", " + distance + " standard errors away");
    }

    @Test
    void aPlantedOddsRatioOfTwoForPrivateProvidersIsRecovered() {
        ModelFit fit = fit(generate(2024, List.of(PlantedEffect.parse("provider_type=private:2.0"))));
        assertEquals(20_000, fit.n());
        assertWithinFourStandardErrors(2.0, fit.coefficient("provider_typeprivate"));
        assertWithinFourStandardErrors(1.0, fit.coefficient("provider_typeregional"));
        assertWithinFourStandardErrors(1.0, fit.coefficient("single_person_offer"));
        assertWithinFourStandardErrors(Math.exp(0.3), fit.coefficient("target_groupmental_illness"));
        assertTrue(fit.coefficient("provider_typeprivate").standardError() < 0.05);
    }

    @Test
    void withoutAPlantedEffectTheProviderOddsRatiosAreNearOne() {
        ModelFit fit = fit(generate(2025, List.of()));
        assertWithinFourStandardErrors(1.0, fit.coefficient("provider_typeprivate"));
        assertWithinFourStandardErrors(1.0, fit.coefficient("provider_typeregional"));
        assertWithinFourStandardErrors(Math.exp(0.5), fit.coefficient("outward"));
        assertWithinFourStandardErrors(Math.exp(0.4), fit.coefficient("use_of_forceyes"));
    }

    @Test
    void theDesignMatrixRouteFindsThePlantedEffectToo() {
        List<CaseRecord> records = generate(2026, List.of(PlantedEffect.parse("provider_type=private:2.0")));
        DesignMatrix design = CaseDesign.from(new CaseTable(SHEET, records)).outcome("cost_band")
                .predictors("provider_type", "target_group", "use_of_force", "places_in_offer").build();
        // Outward behaviour (not a question of its own) is left out, which attenuates the odds ratios of
        // the other columns a little (non-collapsibility), far less than a standard error here.
        assertWithinFourStandardErrors(2.0, Models.proportionalOdds(design).coefficient("provider_typeprivate"));
    }
}
