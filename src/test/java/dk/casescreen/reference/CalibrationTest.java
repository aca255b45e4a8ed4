package dk.casescreen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic data meet the published figures in expectation. A large sample pins the expectation
 * down to a few tenths of a percentage point, so a model that drifts from a figure fails here; the
 * shipped 683 cases are checked against their own sampling error.
 */
class CalibrationTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();

    @Test
    void everyPublishedFigureIsMetInExpectation() {
        var data = new SyntheticGenerator(SHEET).generate(SyntheticOptions.REFERENCE.withSeed(7).withCases(60_000));
        List<CalibrationRow> rows = Calibration.table(new CaseTable(SHEET, data.records()));
        assertEquals(Calibration.targets().size(), rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.figure().id().equals("psychiatry_yes")), "the Midt split, for want of a national one");
        assertTrue(rows.stream().noneMatch(r -> r.figure().id().equals("relatives_difficult_midt")), "a national figure exists");
        for (CalibrationRow r : rows) {
            double p = r.figure().share();
            double se = Math.sqrt(p * (1 - p) / r.n());
            if (r.figure().bound() == FigureBound.OVER) {
                // "over half": the model must lie above the bound, by any margin
                assertTrue(r.estimate() > p - 3.5 * se, r.figure().id() + ": expected over " + p + ", generated " + r.estimate());
                continue;
            }
            // 3.5 standard errors: with 36 figures a correct model fails this less than 2% of seeds.
            assertTrue(Math.abs(r.estimate() - p) <= 3.5 * se, r.figure().id() + ": expected " + p + ", generated "
                    + r.estimate() + " of " + r.n() + " (" + (r.estimate() - p) / se + " standard errors)");
        }
    }

    @Test
    void shippedReferenceIsWithinSamplingErrorOfEveryFigure() {
        List<CalibrationRow> rows = Calibration.table(ReferenceData.builtIn().cases());
        long outside95 = rows.stream().filter(r -> !r.publishedWithinInterval()).count();
        // Binomial(34, 0.05): more than 6 outside happens by chance less than 0.3% of the time.
        assertTrue(outside95 <= 6, outside95 + " figures outside their 95% interval");
        for (CalibrationRow r : rows) {
            double p = r.figure().share();
            double se = Math.sqrt(p * (1 - p) / r.n());
            if (r.figure().bound() == FigureBound.OVER) {
                assertTrue(r.estimate() > p - 3.5 * se, r.figure().id() + " below its bound: " + r.estimate() + " vs over " + p);
                continue;
            }
            assertTrue(Math.abs(r.estimate() - p) <= 3.5 * se, r.figure().id() + " drifts: " + r.estimate() + " vs " + p);
        }
    }

    @Test
    void calibrationCountsTheRightDenominators() {
        List<CalibrationRow> rows = Calibration.table(ReferenceData.builtIn().cases());
        CalibrationRow raisedCost = rows.stream().filter(r -> r.figure().id().equals("appeals_raised_cost")).findFirst().orElseThrow();
        assertEquals(683, raisedCost.n(), "of all screened cases");
        CalibrationRow outward = rows.stream().filter(r -> r.figure().id().equals("behaviour_outward")).findFirst().orElseThrow();
        long decisive = ReferenceData.builtIn().cases().records().stream()
                .filter(c -> c.code("behaviour_type").isPresent()).count();
        assertEquals(decisive, outward.n(), "only cases where the type of behaviour was answered");
        CalibrationRow mi = rows.stream().filter(r -> r.figure().id().equals("conviction_mental_illness")).findFirst().orElseThrow();
        long mentalIllness = ReferenceData.builtIn().cases().records().stream()
                .filter(c -> c.code("target_group").filter("mental_illness"::equals).isPresent()
                        && c.code("conviction").isPresent()).count();
        assertEquals(mentalIllness, mi.n(), "only the subgroup");
        assertTrue(rows.stream().allMatch(r -> r.confLow() <= r.estimate() && r.estimate() <= r.confHigh()));
    }
}
