package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Options read as what they change ({@code defaults(sheet).withPopulations(...).withHypotheses(...)}),
 * a bad value fails at once naming itself, and the default decision rule exists once.
 */
class AnalysisOptionsTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();

    private static String message(Supplier<?> make) {
        return assertThrows(IllegalArgumentException.class, make::get).getMessage();
    }

    @Test
    void theDefaultsAreTheBuiltInOnesAndEachWithChangesOnlyItsOwnPart() {
        ReferenceData reference = ReferenceData.builtIn();
        AnalysisOptions defaults = AnalysisOptions.defaults(SHEET);
        assertEquals(HypothesisSpecs.builtIn(SHEET), defaults.hypotheses());
        assertSame(DecisionRule.DEFAULT, defaults.rule());
        assertEquals(OpportunityDefinitions.builtIn(SHEET), defaults.opportunities());
        assertEquals(Optional.empty(), defaults.populations());
        assertEquals(Optional.of(Reference.published2022()), defaults.reference());

        List<HypothesisSpec> two = defaults.hypotheses().subList(0, 2);
        AnalysisOptions changed = defaults.withPopulations(reference.populations()).withHypotheses(two);
        assertEquals(new AnalysisOptions(two, defaults.rule(), defaults.opportunities(), Optional.of(reference.populations()),
                defaults.reference()), changed);
        assertEquals(defaults, changed.withoutPopulations().withHypotheses(defaults.hypotheses()));
        assertEquals(Optional.empty(), defaults.withoutReference().reference());
    }

    @Test
    void theDefaultDecisionRuleIsDefinedOnceInHypothesesJson() throws IOException {
        assertSame(DecisionRule.DEFAULT, HypothesisSpecs.builtInRule());
        assertSame(DecisionRule.DEFAULT, Analyses.defaults(SHEET).rule());
        // No second default in code: a rule is constructed only where hypotheses.json is read and by the with-methods.
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> constructing = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains("new DecisionRule(");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("DecisionRule.java", "HypothesisSpecs.java"), constructing);
        }
    }

    @Test
    void aDecisionRuleOutOfRangeNamesTheValuePassed() {
        DecisionRule rule = DecisionRule.DEFAULT;
        assertEquals("The significance level alpha must lie between 0 and 1, not 1.5", message(() -> rule.withAlpha(1.5)));
        assertEquals("The smallest effect of interest is an odds ratio above 1, not 0.8",
                message(() -> rule.withSmallestEffectOfInterest(0.8)));
        assertEquals("The rare prevalence must lie in [0, 1), not 5.0", message(() -> rule.withRarePrevalence(5)));
        assertEquals("The power must lie between 0 and 1, not 80.0", message(() -> rule.withPower(80)));
        assertEquals("The significance level alpha must lie between 0 and 1, not NaN",
                message(() -> new DecisionRule(Double.NaN, DecisionRule.Adjustment.HOLM, 1.5, 0.05, 0.8)));
        assertEquals("A family has at least one hypothesis, not 0", message(() -> rule.simultaneousLevel(0)));
        assertEquals(new DecisionRule(0.1, DecisionRule.Adjustment.BENJAMINI_HOCHBERG, 2, 0.1, 0.9),
                rule.withAlpha(0.1).withAdjustment(DecisionRule.Adjustment.BENJAMINI_HOCHBERG).withSmallestEffectOfInterest(2)
                        .withRarePrevalence(0.1).withPower(0.9));
    }

    @Test
    void otherOptionRecordsNameTheValuePassed() {
        assertEquals("The level of a simultaneous interval must lie between 0 and 1, not 1.2",
                message(() -> new SimultaneousInterval(0, 1, 1.2, 11)));
        assertEquals("A family has at least one hypothesis, not 0", message(() -> new SimultaneousInterval(0, 1, 0.95, 0)));
        assertTrue(message(() -> new BenchmarkCount(java.util.OptionalLong.of(3), dk.casescreen.disclosure.CellStatus.PRIMARY))
                .endsWith("not OptionalLong[3] when PRIMARY"));
        HypothesisSpec h1 = HypothesisSpecs.builtIn(SHEET).getFirst();
        assertEquals("The hypothesis id H1 is used twice",
                message(() -> AnalysisOptions.defaults(SHEET).withHypotheses(List.of(h1, h1))));
    }
}
