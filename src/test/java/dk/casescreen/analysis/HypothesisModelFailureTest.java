package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model that cannot be fitted is a result that keeps the reason, for the proportional-odds model
 * and for the above-versus-below model alike (the latter's reason used to be dropped).
 */
class HypothesisModelFailureTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static CaseTable cases;

    /**
     * Synthetic cases with comparison cases, where no comparison case has a private provider and no case at
     * all a regional one: a private provider then separates above from below 2 mio. kr. completely.
     */
    @BeforeAll
    static void casesWithSeparation() {
        List<CaseRecord> records = new SyntheticGenerator(SHEET)
                .generate(SyntheticOptions.defaults().withSeed(7).withComparisonCases(600)).records().stream()
                .map(r -> {
                    boolean below = r.code("cost_band").filter(HypothesisEngine.BELOW_TWO_MIO::equals).isPresent();
                    boolean change = r.code("provider_type").filter(c -> c.equals("regional") || below && c.equals("private"))
                            .isPresent();
                    if (!change) {
                        return r;
                    }
                    Map<String, Answer> answers = new HashMap<>(r.answers());
                    answers.put("provider_type", new Answer.Choice("municipal"));
                    return new CaseRecord(r.municipalityCode(), r.caseNumber(), r.screeningDate(), r.annualCost(), r.remark(),
                            answers, r.source());
                }).toList();
        cases = new CaseTable(SHEET, records);
    }

    private static HypothesisResult run(String code) {
        HypothesisSpec spec = HypothesisSpec.builder("P").claim("Udbyder", "Provider").exposedWhen("provider_type", code).build();
        return HypothesisEngine.run(cases, List.of(spec), DecisionRule.DEFAULT).getFirst();
    }

    @Test
    void theAboveVersusBelowModelKeepsWhyItCouldNotBeFitted() {
        HypothesisResult r = run("private");
        assertTrue(r.effect().isPresent(), "the proportional-odds model among the screened cases fits: " + r);
        assertTrue(r.failure().isEmpty(), r.toString());
        assertTrue(r.aboveBelow().isEmpty(), r.toString());
        String why = r.aboveBelowFailure().orElseThrow();
        assertTrue(why.contains("separation") && why.contains("exposure"), why);
    }

    @Test
    void theProportionalOddsModelKeepsWhyItCouldNotBeFitted() {
        HypothesisResult r = run("regional");
        assertEquals(0, r.prevalence().count());
        assertTrue(r.effect().isEmpty(), r.toString());
        String why = r.failure().orElseThrow();
        assertTrue(why.contains("'exposure' is 0 for all"), why);
        assertTrue(r.aboveBelowFailure().orElseThrow().contains("exposure"), r.toString());
    }
}
