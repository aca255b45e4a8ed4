package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Text;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hypothesis that names a question or an answer code the sheet does not have is an error naming the
 * value and the valid ones, however it was made (builder, record constructor, JSON file) and whether it
 * is checked when built or when run; never a verdict (before, {@code exposedWhen("provider_type",
 * "privat")} ran as an exposure no case had: "not supported, exposure too rare").
 */
class HypothesisSpecCheckTest {

    private static final CaseTable CASES = ReferenceData.builtIn().cases();
    private static final ScreeningSheet SHEET = CASES.sheet();

    private static HypothesisSpec.Builder privateProvider(String question, String code) {
        return HypothesisSpec.builder("H13").claim("Private tilbud er dyrere", "Private offers are more expensive")
                .exposedWhen(question, code);
    }

    private static IllegalArgumentException whenRun(HypothesisSpec spec) {
        return assertThrows(IllegalArgumentException.class,
                () -> HypothesisEngine.run(CASES, List.of(spec), DecisionRule.DEFAULT));
    }

    @Test
    void aMistypedAnswerCodeFromTheBuilderIsAnExceptionWhenRunNamingTheCodeAndTheValidCodes() {
        HypothesisSpec typo = privateProvider("provider_type", "privat").build();
        IllegalArgumentException e = whenRun(typo);
        assertEquals("Hypothesis H13: 'privat' is not an answer code of provider_type (codes: municipal, regional, private); "
                + "did you mean 'private' (Privat)?", e.getMessage());
        IllegalArgumentException analysed = assertThrows(IllegalArgumentException.class,
                () -> Analyses.run(CASES, AnalysisOptions.defaults(SHEET).withHypotheses(List.of(typo))));
        assertEquals(e.getMessage(), analysed.getMessage());
        // the same spec spelt right runs
        assertDoesNotThrow(() -> HypothesisEngine.run(CASES, List.of(privateProvider("provider_type", "private").build()),
                DecisionRule.DEFAULT));
    }

    @Test
    void aMistypedAnswerCodeFailsAtOnceWhenBuiltForASheet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> privateProvider("provider_type", "privat").build(SHEET));
        assertTrue(e.getMessage().contains("'privat' is not an answer code of provider_type (codes: municipal, regional, private)"),
                e.getMessage());
        assertEquals(List.of(new Condition("provider_type", Set.of("private"))),
                privateProvider("provider_type", "private").build(SHEET).exposure());
    }

    @Test
    void aCodeThatIsNoLabelEitherGetsNoGuess() {
        IllegalArgumentException e = whenRun(privateProvider("conviction", "maybe").build());
        assertEquals("Hypothesis H13: 'maybe' is not an answer code of conviction (codes: yes, no)", e.getMessage());
    }

    @Test
    void aMistypedQuestionIsAnExceptionNamingItAndTheQuestions() {
        IllegalArgumentException e = whenRun(privateProvider("provider_typ", "private").build());
        assertTrue(e.getMessage().startsWith("Hypothesis H13: the sheet dyre-enkeltsager-voksen 1.0.0 has no question "
                + "'provider_typ' (exposure question; choice questions: gender, cost_trend, target_group, "), e.getMessage());
        assertTrue(e.getMessage().contains(", provider_type, "), e.getMessage());
        IllegalArgumentException confounder = whenRun(privateProvider("provider_type", "private").confounders("target_grup").build());
        assertTrue(confounder.getMessage().contains("has no question 'target_grup' (confounder; choice questions: "),
                confounder.getMessage());
    }

    @Test
    void aSpecMadeWithTheRecordConstructorIsCheckedWhenRun() {
        HypothesisSpec spec = new HypothesisSpec("H14", new Text("Dom", "Conviction"),
                List.of(new Condition("conviction", Set.of("ja"))), new Text("dom", "a conviction"), Optional.empty(),
                List.of("target_group"));
        IllegalArgumentException e = whenRun(spec);
        assertEquals("Hypothesis H14: 'ja' is not an answer code of conviction (codes: yes, no); did you mean 'yes' (Ja)?",
                e.getMessage());
    }

    @Test
    void aSpecFromAJsonFileWithAMistypedCodeIsRefusedWhenLoaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"hypotheses": [{"id": "H12", "claim": {"da": "Tilsyn", "en": "Supervision"},
                  "exposure": {"any": [{"question": "supervision_raised_cost", "answers": ["yes", "jaa"]}]}}]}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HypothesisSpecs.load(file, SHEET));
        assertTrue(e.getMessage().startsWith("mine.json (hypotheses[0] H12): 'jaa' is not an answer code of "
                + "supervision_raised_cost (codes: yes, no"), e.getMessage());
    }

    @Test
    void theOutcomeAWholeNumberQuestionOrAQuestionUsedTwiceCannotBeExposureOrConfounder() {
        assertEquals("Hypothesis H13: the exposure question age must be a choice question, not whole number",
                whenRun(privateProvider("age", "30").build()).getMessage());
        assertEquals("Hypothesis H13: cost_band is the outcome and cannot be the exposure question",
                whenRun(privateProvider("cost_band", "band_over_10").build()).getMessage());
        assertEquals("Hypothesis H13: the confounder age must be a choice question, not whole number",
                whenRun(privateProvider("provider_type", "private").confounders("age").build()).getMessage());
        assertEquals("Hypothesis H13: provider_type is both exposure and confounder",
                whenRun(privateProvider("provider_type", "private").confounders("provider_type").build()).getMessage());
    }

    @Test
    void whatNeedsNoSheetIsCheckedWhenTheSpecIsMade() {
        IllegalArgumentException noAnswer = assertThrows(IllegalArgumentException.class,
                () -> HypothesisSpec.builder("H13").claim("a", "a").exposedWhen("conviction").build());
        assertEquals("Hypothesis H13: the exposure condition on 'conviction' names no answer, so no case would be exposed",
                noAnswer.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> privateProvider("provider_type", "private").confounders("target_group", "target_group").build());
        assertEquals("Hypothesis H13: a confounder is named twice in [target_group, target_group]", twice.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> HypothesisSpec.builder(" ").claim("a", "a").exposedWhen("conviction", "yes").build());
        assertEquals("A hypothesis needs an id, not ' '", blank.getMessage());
    }

    @Test
    void twoHypothesesWithOneIdAreRefusedByTheOptionsAndTheEngine() {
        HypothesisSpec h = privateProvider("provider_type", "private").build();
        IllegalArgumentException options = assertThrows(IllegalArgumentException.class,
                () -> AnalysisOptions.defaults(SHEET).withHypotheses(List.of(h, h)));
        assertEquals("The hypothesis id H13 is used twice", options.getMessage());
        IllegalArgumentException engine = assertThrows(IllegalArgumentException.class,
                () -> HypothesisEngine.run(CASES, List.of(h, h), DecisionRule.DEFAULT));
        assertEquals("The hypothesis id H13 is used twice", engine.getMessage());
    }

    @Test
    void theBuiltInHypothesesPassTheCheckOnBothSheetVersions() {
        for (String version : ScreeningSheet.builtInVersions()) {
            ScreeningSheet sheet = ScreeningSheet.builtIn(version);
            HypothesisSpecs.builtIn(sheet).forEach(s -> assertDoesNotThrow(() -> s.checkAgainst(sheet), s.id() + " " + version));
        }
    }
}
