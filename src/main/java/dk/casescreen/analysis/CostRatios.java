package dk.casescreen.analysis;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.Coefficient;
import dk.casescreen.stats.DesignMatrix;
import dk.casescreen.stats.ModelFit;
import dk.casescreen.stats.ModelFitException;
import dk.casescreen.stats.Models;
import dk.casescreen.stats.Multiplicity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cost ratio of every hypothesis ({@link CostRatio}): a gamma regression with log link of the annual
 * cost on the exposure and the hypothesis's confounders over the screened cases with an annual cost and
 * the exposure known (complete cases, as {@link ExposureDesign}), the p-values adjusted by Holm across
 * the ratios that were estimated.
 */
final class CostRatios {

    /** The fewest cases with a cost in each arm for a ratio. */
    static final int MINIMUM_ARM = 5;
    /** The name of the outcome variable in the design (no question key has parentheses). */
    static final String COST = "(annual cost)";

    private CostRatios() {
    }

    /** The ratios of the hypotheses, in the order given, over the screened cases. */
    static List<CostRatio> of(CaseTable screened, List<HypothesisSpec> specs) {
        ScreeningSheet sheet = screened.sheet();
        // the hypotheses are independent: fitted in parallel, gathered in the order given
        List<CostRatio> ratios = InOrder.map(specs, screened.size(), spec -> HypothesisEngine.retired(spec, sheet)
                ? CostRatio.skipped(spec.id(), 0, 0, "the hypothesis's questions are retired")
                : ratio(screened, spec));
        double[] adjusted = Multiplicity.holm(ratios.stream().mapToDouble(CostRatio::pValue).toArray());
        List<CostRatio> result = new ArrayList<>();
        for (int i = 0; i < ratios.size(); i++) {
            result.add(ratios.get(i).withPAdjusted(adjusted[i]));
        }
        return result;
    }

    /** The design of one hypothesis's cost model over the screened cases (package-private for tests). */
    static DesignMatrix design(CaseTable screened, HypothesisSpec spec) {
        ScreeningSheet sheet = screened.sheet();
        int[] exposure = Exposures.of(spec, sheet, screened);
        int[] rows = java.util.stream.IntStream.range(0, screened.size())
                .filter(r -> screened.annualCost(r).isPresent() && exposure[r] != Exposures.UNKNOWN).toArray();
        double[] exposed = new double[rows.length];
        double[] cost = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            exposed[i] = exposure[rows[i]] == Exposures.EXPOSED ? 1 : 0;
            cost[i] = screened.annualCost(rows[i]).map(BigDecimal::doubleValue).orElseThrow();
        }
        DesignMatrix.Builder builder = DesignMatrix.builder(rows.length).numeric(ExposureDesign.EXPOSURE, exposed)
                .numeric(COST, cost);
        for (String key : spec.confounders()) {
            CaseDesign.declare(builder, screened, sheet.require(key), rows);
        }
        return builder.numericOutcome(COST).dropEmptyLevels().predictors(ExposureDesign.EXPOSURE)
                .predictors(spec.confounders().toArray(String[]::new)).build();
    }

    private static CostRatio ratio(CaseTable screened, HypothesisSpec spec) {
        DesignMatrix design;
        try {
            design = design(screened, spec);
        } catch (ModelFitException e) {
            return CostRatio.skipped(spec.id(), 0, 0, e.getMessage());
        }
        double[] exposure = design.column(0); // the exposure column alone, not a copy of the whole design
        double[] y = design.response();
        long exposed = 0;
        double unexposedSum = 0;
        for (int i = 0; i < y.length; i++) {
            if (exposure[i] == 1) {
                exposed++;
            } else {
                unexposedSum += y[i];
            }
        }
        long unexposed = y.length - exposed;
        if (exposed < MINIMUM_ARM || unexposed < MINIMUM_ARM) {
            return CostRatio.skipped(spec.id(), y.length, exposed, "fewer than " + MINIMUM_ARM
                    + " cases with an annual cost in an arm (exposed " + exposed + ", unexposed " + unexposed + ")");
        }
        ModelFit fit;
        try {
            fit = Models.gamma(design);
        } catch (ModelFitException e) {
            return CostRatio.skipped(spec.id(), y.length, exposed, e.getMessage());
        }
        Coefficient c = fit.coefficient(ExposureDesign.EXPOSURE);
        double base = unexposedSum / unexposed;
        List<String> notes = new ArrayList<>(fit.notes());
        String method = CostRatio.GAMMA + (spec.confounders().isEmpty() ? ""
                : ", adjusted for " + String.join(", ", spec.confounders()));
        return new CostRatio(spec.id(), c.ratio(), c.confLow(), c.confHigh(), c.confLevel(), c.pValue(), Double.NaN,
                fit.n(), exposed, base, (c.ratio() - 1) * base, (c.confLow() - 1) * base, (c.confHigh() - 1) * base,
                method, notes, Optional.empty());
    }
}
