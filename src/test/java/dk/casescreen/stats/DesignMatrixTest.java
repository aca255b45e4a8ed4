package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.CaseDesign;
import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DesignMatrixTest {

    private static CaseTable cases;

    @BeforeAll
    static void load() {
        cases = ReferenceData.builtIn().cases();
    }

    private static String code(CaseRecord r, String key) {
        return r.code(key).orElse("");
    }

    @Test
    void choiceQuestionsAreDummyCodedInSheetOrderAgainstTheFirstLevelWithRNames() {
        DesignMatrix d = CaseDesign.from(cases).outcome("cost_band").predictors("provider_type", "age", "gender").build();
        assertEquals(List.of("provider_typeregional", "provider_typeprivate", "age", "genderfemale"), d.columnNames());
        assertEquals(Map.of("provider_type", "municipal", "gender", "male"), d.referenceLevels());
        assertEquals(new DesignMatrix.Column("provider_typeprivate", "provider_type", Optional.of("private")),
                d.columns().get(1));
        assertEquals(new DesignMatrix.Column("age", "age", Optional.empty()), d.columns().get(2));
        double[][] x = d.x();
        int[] rows = d.caseIndices();
        for (int i = 0; i < d.n(); i++) {
            CaseRecord r = cases.records().get(rows[i]);
            assertArrayEquals(new double[] {
                code(r, "provider_type").equals("regional") ? 1 : 0, code(r, "provider_type").equals("private") ? 1 : 0,
                ((Answer.WholeNumber) r.answer("age")).value(), code(r, "gender").equals("female") ? 1 : 0}, x[i]);
        }
    }

    @Test
    void aChosenReferenceLevelIsLeftOut() {
        DesignMatrix d = CaseDesign.from(cases).outcome("cost_band").predictors("provider_type")
                .reference("provider_type", "private").build();
        assertEquals(List.of("provider_typemunicipal", "provider_typeregional"), d.columnNames());
        assertEquals("private", d.referenceLevels().get("provider_type"));
    }

    @Test
    void theOrderedOutcomeIsCodedInSheetOrderWithoutCategoriesNoCaseHas() {
        DesignMatrix d = CaseDesign.from(cases).outcome("cost_band").predictors("gender").build();
        assertEquals(List.of("band_2_0_2_5", "band_2_5_3_0", "band_3_0_3_5", "band_3_5_4_0", "band_4_6", "band_6_10",
                "band_over_10"), d.outcomeLevels());
        assertTrue(d.notes().contains("Outcome cost_band: no case used has band_under_2_0; left out of the outcome categories."),
                d.notes().toString());
        int[] y = d.outcome();
        int[] rows = d.caseIndices();
        for (int i = 0; i < d.n(); i++) {
            assertEquals(d.outcomeLevels().get(y[i]), code(cases.records().get(rows[i]), "cost_band"));
        }
    }

    @Test
    void aBinaryOutcomeIsOneForTheEventAnswers() {
        DesignMatrix d = CaseDesign.from(cases).binaryOutcome("use_of_force", "yes").predictors("gender").build();
        assertEquals(List.of("no", "yes"), d.outcomeLevels());
        int[] y = d.outcome();
        int[] rows = d.caseIndices();
        for (int i = 0; i < d.n(); i++) {
            assertEquals(code(cases.records().get(rows[i]), "use_of_force").equals("yes") ? 1 : 0, y[i]);
        }
    }

    @Test
    void onlyCompleteCasesAreUsedAndEveryReasonIsCounted() {
        DesignMatrix d = CaseDesign.from(cases).outcome("cost_band")
                .predictors("use_of_force", "behaviour_type", "only_solution").build();
        List<CaseRecord> records = cases.records();
        long complete = records.stream().filter(r -> r.answer("use_of_force") instanceof Answer.Choice(String c)
                && !c.equals("dont_know") && r.answer("behaviour_type") instanceof Answer.Choice
                && r.answer("only_solution") instanceof Answer.Choice(String o) && !o.equals("dont_know")).count();
        assertEquals(complete, d.n());
        assertEquals(records.size(), d.total());
        assertEquals(records.size() - complete, d.dropped());
        long dontKnow = records.stream().filter(r -> code(r, "use_of_force").equals("dont_know")).count();
        long notApplicable = records.stream().filter(r -> r.answer("behaviour_type") instanceof Answer.NotApplicable).count();
        long notAnswered = records.stream().filter(r -> r.answer("only_solution") instanceof Answer.NotAnswered).count();
        assertTrue(dontKnow > 0 && notApplicable > 0 && notAnswered > 0);
        assertTrue(d.exclusions().contains(new DesignMatrix.Exclusion("use_of_force", DesignMatrix.Missing.DONT_KNOW,
                (int) dontKnow)), d.exclusions().toString());
        assertTrue(d.exclusions().contains(new DesignMatrix.Exclusion("behaviour_type", DesignMatrix.Missing.NOT_APPLICABLE,
                (int) notApplicable)), d.exclusions().toString());
        assertTrue(d.exclusions().contains(new DesignMatrix.Exclusion("only_solution", DesignMatrix.Missing.NOT_ANSWERED,
                (int) notAnswered)), d.exclusions().toString());
        assertTrue(d.notes().getFirst().startsWith("Complete cases: " + complete + " of " + records.size() + " cases used"),
                d.notes().getFirst());
        assertTrue(d.notes().getFirst().contains("use_of_force Ved ikke (" + dontKnow + ")"), d.notes().getFirst());
        ModelFit fit = Models.proportionalOdds(d);
        assertEquals(d.n(), fit.n());
        assertTrue(fit.notes().containsAll(d.notes()));
    }

    @Test
    void anEmptyPredictorLevelFailsUnlessEmptyLevelsAreDropped() {
        CaseTable noRegional = cases.filter(r -> !code(r, "provider_type").equals("regional"));
        CaseDesign.Builder builder = CaseDesign.from(noRegional).outcome("cost_band").predictors("provider_type");
        ModelFitException e = assertThrows(ModelFitException.class, builder::build);
        assertEquals(ModelFitException.Kind.RANK_DEFICIENT, e.kind());
        assertEquals(List.of("provider_typeregional"), e.columns());
        DesignMatrix d = builder.dropEmptyLevels().build();
        assertEquals(List.of("provider_typeprivate"), d.columnNames());
        assertTrue(d.notes().contains("provider_type: no case used has regional; level dropped from the model."));
    }

    @Test
    void anEmptyFirstLevelFailsOrHandsTheReferenceToTheNextLevel() {
        CaseTable noMunicipal = cases.filter(r -> !code(r, "provider_type").equals("municipal"));
        CaseDesign.Builder builder = CaseDesign.from(noMunicipal).outcome("cost_band").predictors("provider_type");
        ModelFitException e = assertThrows(ModelFitException.class, builder::build);
        assertEquals(List.of("provider_typeregional", "provider_typeprivate"), e.columns());
        DesignMatrix d = builder.dropEmptyLevels().build();
        assertEquals(List.of("provider_typeprivate"), d.columnNames());
        assertEquals("regional", d.referenceLevels().get("provider_type"));
        assertThrows(ModelFitException.class, () -> CaseDesign.from(noMunicipal).outcome("cost_band")
                .predictors("provider_type").reference("provider_type", "municipal").dropEmptyLevels().build());
    }

    @Test
    void badQuestionsAndLevelsAreArgumentErrors() {
        assertThrows(IllegalArgumentException.class,
                () -> CaseDesign.from(cases).outcome("cost_band").predictors("no_such_question").build());
        assertThrows(IllegalArgumentException.class,
                () -> CaseDesign.from(cases).outcome("cost_band").predictors("cost_band").build());
        assertThrows(IllegalArgumentException.class,
                () -> CaseDesign.from(cases).outcome("age").predictors("gender").build());
        assertThrows(IllegalArgumentException.class, () -> CaseDesign.from(cases).outcome("cost_band")
                .predictors("use_of_force").reference("use_of_force", "dont_know").build());
        assertThrows(IllegalArgumentException.class, () -> CaseDesign.from(cases).outcome("cost_band")
                .predictors("gender").reference("provider_type", "private").build());
        assertThrows(IllegalArgumentException.class,
                () -> CaseDesign.from(cases).binaryOutcome("conviction", "ja").predictors("gender").build());
    }

    @Test
    void aRawDesignIsCopiedAndFitsLikeTheRawEntry() {
        double[][] x = {{0.5}, {1.5}, {-0.2}, {0.7}, {2.1}, {-1.0}, {0.1}, {0.9}};
        int[] y = {0, 1, 0, 1, 1, 0, 1, 0};
        DesignMatrix d = DesignMatrix.of(y, List.of("no", "yes"), x, List.of("score"));
        x[0][0] = 99;
        assertEquals(0.5, d.x()[0][0]);
        assertEquals(Models.logistic(y, new double[][] {{0.5}, {1.5}, {-0.2}, {0.7}, {2.1}, {-1.0}, {0.1}, {0.9}},
                List.of("score")), Models.logistic(d));
    }
}
