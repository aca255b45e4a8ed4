package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.CaseDesign;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Models that cannot be fitted fail with a {@link ModelFitException} naming the reason and the columns:
 * separation (Albert &amp; Anderson 1984; where R's glm warns "fitted probabilities numerically 0 or 1
 * occurred" and reports coefficients near ±20 with enormous standard errors), rank deficiency (where R
 * reports NA coefficients), empty outcome categories, non-convergence.
 */
class ModelFailuresTest {

    private static ModelFitException fails(ModelFitException.Kind kind, Executable fit) {
        ModelFitException e = assertThrows(ModelFitException.class, fit);
        assertEquals(kind, e.kind(), e.getMessage());
        return e;
    }

    /** x = 1..n; y per case. */
    private static double[][] column(double... values) {
        double[][] x = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            x[i][0] = values[i];
        }
        return x;
    }

    @Test
    void completeSeparationByANumericColumnNamesIt() {
        double[][] x = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        int[] y = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        ModelFitException e = fails(ModelFitException.Kind.SEPARATION, () -> Models.logistic(y, x, List.of("dose")));
        assertEquals(List.of("dose"), e.columns());
        assertTrue(e.getMessage().startsWith("Logistic regression: Complete separation"), e.getMessage());
        assertTrue(e.getMessage().contains("dose (to +Inf)"), e.getMessage());
        assertTrue(e.getMessage().contains("10 of the 10 cases"), e.getMessage());
    }

    @Test
    void quasiCompleteSeparationByALevelWhoseCasesAllHaveTheOutcomeNamesItsColumn() {
        // Columns: regional, private; every private case has outcome 1.
        double[][] x = {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 0}, {0, 1}, {0, 1}, {0, 1}};
        int[] y = {0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 1};
        ModelFitException e = fails(ModelFitException.Kind.SEPARATION,
                () -> Models.logistic(y, x, List.of("provider_typeregional", "provider_typeprivate")));
        assertEquals(List.of("provider_typeprivate"), e.columns());
        assertTrue(e.getMessage().contains("Quasi-complete separation"), e.getMessage());
        assertTrue(e.getMessage().contains("3 of the 11 cases (3 with outcome 1, 0 with outcome 0)"), e.getMessage());
    }

    @Test
    void separationOfTheReferenceLevelNamesTheOtherLevels() {
        // Every case at the reference level has outcome 0: the intercept goes to -Inf, both dummies to +Inf.
        double[][] x = {{0, 0}, {0, 0}, {0, 0}, {1, 0}, {1, 0}, {1, 0}, {0, 1}, {0, 1}, {0, 1}};
        int[] y = {0, 0, 0, 1, 0, 1, 0, 1, 1};
        ModelFitException e = fails(ModelFitException.Kind.SEPARATION, () -> Models.logistic(y, x, List.of("b", "c")));
        assertEquals(List.of("b", "c"), e.columns());
        assertTrue(e.getMessage().contains("b (to +Inf), c (to +Inf)"), e.getMessage());
    }

    @Test
    void separationInTheReferenceDataIsTracedToTheTargetGroup() {
        CaseTable cases = ReferenceData.builtIn().cases().filter(r -> !(r.code("target_group").orElse("").equals("other")
                && r.code("conviction").orElse("").equals("yes")));
        DesignMatrix design = CaseDesign.from(cases).binaryOutcome("conviction", "yes")
                .predictors("target_group", "gender").build();
        ModelFitException e = fails(ModelFitException.Kind.SEPARATION, () -> Models.logistic(design));
        assertEquals(List.of("target_groupother"), e.columns());
        assertTrue(e.getMessage().contains("target_groupother (to -Inf)"), e.getMessage());
    }

    @Test
    void proportionalOddsSeparationByALevelAllInTheTopCategoryNamesIt() {
        double[][] x = {{0, 0.3}, {0, -1.2}, {0, 0.5}, {0, 1.1}, {0, -0.4}, {0, 0.9}, {0, -0.7}, {0, 0.2}, {1, 0.1},
            {1, -0.3}, {1, 0.8}, {0, 1.5}};
        int[] y = {0, 0, 1, 2, 1, 0, 2, 1, 2, 2, 2, 1};
        ModelFitException e = fails(ModelFitException.Kind.SEPARATION,
                () -> Models.proportionalOdds(y, x, List.of("rare", "score")));
        assertEquals(List.of("rare"), e.columns());
        assertTrue(e.getMessage().startsWith("The proportional-odds model: Quasi-complete separation"), e.getMessage());
        assertTrue(e.getMessage().contains("rare (to +Inf)"), e.getMessage());
        assertTrue(e.getMessage().contains("3 of the 12 cases (a higher category ruled out for 0, a lower one for 3)"), e.getMessage());
    }

    @Test
    void proportionalOddsSeparationByALevelAllInTheBottomCategoryNamesIt() {
        double[][] x = column(0, 0, 0, 0, 0, 0, 0, 1, 1, 1);
        int[] y = {0, 1, 2, 1, 2, 0, 1, 0, 0, 0};
        ModelFitException e = fails(ModelFitException.Kind.SEPARATION, () -> Models.proportionalOdds(y, x, List.of("g")));
        assertEquals(List.of("g"), e.columns());
        assertTrue(e.getMessage().contains("g (to -Inf)"), e.getMessage());
    }

    @Test
    void completeSeparationOfAnOrderedOutcomeByANumericColumn() {
        double[][] x = column(1, 2, 3, 4, 5, 6, 7, 8, 9);
        int[] y = {0, 0, 0, 1, 1, 1, 2, 2, 2};
        ModelFitException e = fails(ModelFitException.Kind.SEPARATION, () -> Models.proportionalOdds(y, x, List.of("x")));
        assertEquals(List.of("x"), e.columns());
        assertTrue(e.getMessage().contains("Complete separation"), e.getMessage());
    }

    @Test
    void collinearColumnsAreNamedWithTheCombination() {
        double[][] x = {{1, 2, 3}, {2, 1, 3}, {3, 5, 8}, {4, 2, 6}, {5, 7, 12}, {6, 1, 7}, {7, 3, 10}};
        int[] y = {0, 1, 0, 1, 1, 0, 1};
        ModelFitException e = fails(ModelFitException.Kind.RANK_DEFICIENT,
                () -> Models.logistic(y, x, List.of("a", "b", "total")));
        assertEquals(List.of("total", "a", "b"), e.columns());
        assertTrue(e.getMessage().contains("column 'total' is a linear combination of a, b"), e.getMessage());
        int[] ordinal = {0, 1, 2, 1, 2, 0, 2};
        assertEquals(List.of("total", "a", "b"), fails(ModelFitException.Kind.RANK_DEFICIENT,
                () -> Models.proportionalOdds(ordinal, x, List.of("a", "b", "total"))).columns());
    }

    @Test
    void aConstantColumnIsCollinearWithTheInterceptOrTheThresholds() {
        double[][] x = {{1, 0.5}, {1, 1.5}, {1, -0.2}, {1, 0.7}, {1, 2.1}, {1, -1.0}};
        int[] y = {0, 1, 0, 1, 1, 0};
        ModelFitException logistic = fails(ModelFitException.Kind.RANK_DEFICIENT,
                () -> Models.logistic(y, x, List.of("everyone", "score")));
        assertEquals(List.of("everyone", "(Intercept)"), logistic.columns());
        ModelFitException po = fails(ModelFitException.Kind.RANK_DEFICIENT,
                () -> Models.proportionalOdds(new int[] {0, 1, 2, 1, 2, 0}, x, List.of("everyone", "score")));
        assertEquals(List.of("everyone", "the thresholds (intercept)"), po.columns());
    }

    @Test
    void aLevelWithNoCasesIsAZeroColumnNamedInTheError() {
        double[][] x = {{0, 1}, {0, 0}, {0, 1}, {0, 0}, {0, 1}, {0, 0}};
        ModelFitException e = fails(ModelFitException.Kind.RANK_DEFICIENT,
                () -> Models.logistic(new int[] {1, 0, 0, 1, 1, 0}, x, List.of("provider_typeregional", "provider_typeprivate")));
        assertEquals(List.of("provider_typeregional"), e.columns());
        assertTrue(e.getMessage().contains("is 0 for all 6 cases"), e.getMessage());
    }

    @Test
    void aPredictorThatOnlyAppliesWithOneAnswerOfAnotherMakesThatOneConstant() {
        // behaviour_type is only asked when behaviour_decisive = yes, so complete cases have no "no".
        CaseDesign.Builder builder = CaseDesign.from(ReferenceData.builtIn().cases()).outcome("cost_band")
                .predictors("behaviour_decisive", "behaviour_type");
        ModelFitException e = fails(ModelFitException.Kind.RANK_DEFICIENT, builder::build);
        assertEquals(List.of("behaviour_decisiveno"), e.columns());
    }

    @Test
    void anEmptyOutcomeCategoryIsNamed() {
        double[][] x = column(0.1, 0.5, -0.3, 1.2, 0.8, -0.9);
        ModelFitException e = fails(ModelFitException.Kind.EMPTY_OUTCOME_CATEGORY, () -> Models.proportionalOdds(
                new int[] {0, 2, 0, 3, 2, 0}, x, List.of("x"), List.of("low", "middle", "high", "top"), FitControl.DEFAULT));
        assertEquals(List.of("middle"), e.columns());
        assertTrue(e.getMessage().contains("No case has the outcome category middle"), e.getMessage());
    }

    @Test
    void tooFewIterationsIsNonConvergence() {
        double[][] x = column(0.1, 0.5, -0.3, 1.2, 0.8, -0.9, 0.4, -0.2);
        FitControl two = new FitControl(2, 1e-10);
        ModelFitException logistic = fails(ModelFitException.Kind.NOT_CONVERGED,
                () -> Models.logistic(new int[] {0, 1, 0, 1, 0, 0, 1, 1}, x, List.of("x"), two));
        assertTrue(logistic.getMessage().contains("did not converge in 2 iterations"), logistic.getMessage());
        ModelFitException po = fails(ModelFitException.Kind.NOT_CONVERGED, () -> Models.proportionalOdds(
                new int[] {0, 1, 0, 2, 2, 0, 1, 1}, x, List.of("x"), List.of("0", "1", "2"), two));
        assertTrue(po.getMessage().contains("did not converge in 2 iterations"), po.getMessage());
    }

    @Test
    void anOutcomeWithoutVariationIsTooLittleData() {
        double[][] x = column(0.1, 0.5, -0.3, 1.2);
        fails(ModelFitException.Kind.TOO_LITTLE_DATA, () -> Models.logistic(new int[] {1, 1, 1, 1}, x, List.of("x")));
        fails(ModelFitException.Kind.TOO_LITTLE_DATA, () -> Models.proportionalOdds(new int[] {0, 0, 0, 0}, x, List.of("x")));
        fails(ModelFitException.Kind.TOO_LITTLE_DATA,
                () -> Models.logistic(new int[] {1, 0}, column(0.1, 0.5), List.of("x")));
    }

    @Test
    void malformedInputIsAnArgumentError() {
        double[][] x = column(0.1, 0.5, -0.3);
        assertThrows(IllegalArgumentException.class, () -> Models.logistic(new int[] {0, 2, 1}, x, List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> Models.logistic(new int[] {0, 1}, x, List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> Models.logistic(new int[] {0, 1, 1}, x, List.of("x", "y")));
        assertThrows(IllegalArgumentException.class,
                () -> Models.logistic(new int[] {0, 1, 1}, column(0.1, Double.NaN, 0.2), List.of("x")));
        assertThrows(IllegalArgumentException.class,
                () -> Models.logistic(new int[] {0, 1, 1}, x, List.of("(Intercept)")));
        assertThrows(IllegalArgumentException.class, () -> Models.proportionalOdds(new int[] {0, -1, 1}, x, List.of("x")));
    }
}
