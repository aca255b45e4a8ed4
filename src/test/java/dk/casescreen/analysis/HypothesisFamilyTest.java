package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.jupyter.Notebook;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.report.AnalysisText;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The family a result was adjusted in travels with it: H6 run alone is a family of one (adjusted p
 * 0.73 on the reference data, its own p-value), among the eleven built-in hypotheses a family of eleven
 * (adjusted p 1.0), and every display of adjusted p-values says which.
 */
class HypothesisFamilyTest {

    private static final CaseTable CASES = ReferenceData.builtIn().cases();
    private static final ScreeningSheet SHEET = CASES.sheet();
    private static Analysis alone;
    private static Analysis amongEleven;

    @BeforeAll
    static void analyse() {
        AnalysisOptions defaults = AnalysisOptions.defaults(SHEET);
        List<HypothesisSpec> h6 = defaults.hypotheses().stream().filter(h -> h.id().equals("H6")).toList();
        alone = Analyses.run(CASES, defaults.withHypotheses(h6));
        amongEleven = Analyses.run(CASES, defaults);
    }

    @Test
    void aHypothesisRunAloneIsAFamilyOfOneAndItsAdjustedPIsItsOwn() {
        HypothesisResult single = alone.hypothesis("H6").orElseThrow();
        HypothesisResult ofEleven = amongEleven.hypothesis("H6").orElseThrow();
        assertEquals(new HypothesisFamily(List.of("H6"), DecisionRule.Adjustment.HOLM), single.family());
        assertEquals(1, single.family().size());
        assertEquals(List.of("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9", "H10", "H11"), ofEleven.family().members());
        double p = single.effect().orElseThrow().pValue();
        assertEquals(p, ofEleven.effect().orElseThrow().pValue(), 0.0, "the same model either way");
        assertEquals(p, single.pAdjusted(), 0.0, "Holm in a family of one leaves p as it is");
        assertTrue(ofEleven.pAdjusted() > single.pAdjusted(), ofEleven + " against " + single);
        assertEquals(1, single.simultaneousPrevalence().family());
        assertEquals(11, ofEleven.simultaneousPrevalence().family());
    }

    @Test
    void theFamilyNamesTheAdjustmentOfTheRule() {
        Analysis bh = Analyses.run(CASES, AnalysisOptions.defaults(SHEET)
                .withRule(DecisionRule.DEFAULT.withAdjustment(DecisionRule.Adjustment.BENJAMINI_HOCHBERG)));
        bh.hypotheses().forEach(h -> assertEquals(DecisionRule.Adjustment.BENJAMINI_HOCHBERG, h.family().adjustment()));
        assertTrue(AnalysisText.render(bh, Language.EN).contains("(p adjusted by Benjamini-Hochberg in a family of 11 hypotheses)"));
    }

    @Test
    void theTextSummarySaysTheFamilyWhereItShowsAdjustedPValues() {
        String single = AnalysisText.render(alone, Language.DA);
        assertTrue(single.contains("Hvorfor er de blevet dyre? (p justeret efter Holm i en familie af 1 hypotese)"), single);
        assertTrue(single.contains("justeret for 1 hypotese"), "the reason names the family too: " + single);
        assertFalse(single.contains("11 hypoteser"), single);
        assertTrue(AnalysisText.render(amongEleven, Language.EN)
                .contains("Why did they become expensive? (p adjusted by Holm in a family of 11 hypotheses)"));
    }

    @Test
    void theNotebookSaysTheFamilyWhereItShowsAdjustedPValues() {
        Notebook nb = Notebook.danish();
        String detail = nb.hypothesis(alone, "H6").text();
        assertTrue(detail.contains("0,73 (Holm, familie af 1 hypotese)"), detail);
        String overview = nb.hypotheses(alone).text();
        assertTrue(overview.contains("p justeret efter Holm i en familie af 1 hypotese"), overview);
        String brief = nb.analysis(alone).text();
        assertTrue(brief.contains("Justeret p: Holm, familie af 1 hypotese."), brief);
        assertTrue(Notebook.of(Language.EN).hypothesis(amongEleven, "H6").text()
                .contains(" (Holm, family of 11 hypotheses)"));
    }
}
