package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in hypotheses as the slides framed them. */
class HypothesisSpecsTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final List<HypothesisSpec> BUILT_IN = HypothesisSpecs.builtIn(SHEET);
    private static final CaseRecord TEMPLATE = ReferenceData.builtIn().cases().records().getFirst();

    private static HypothesisSpec spec(String id) {
        return BUILT_IN.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static CaseRecord with(Map<String, Answer> changes) {
        Map<String, Answer> answers = new HashMap<>(TEMPLATE.answers());
        answers.putAll(changes);
        return new CaseRecord(TEMPLATE.municipalityCode(), TEMPLATE.caseNumber(), TEMPLATE.screeningDate(),
                TEMPLATE.annualCost(), TEMPLATE.remark(), answers, TEMPLATE.source());
    }

    private static Answer choice(String code) {
        return new Answer.Choice(code);
    }

    /** The exposure of each record, by the record-wise and the column-wise code, which must agree. */
    private static List<Optional<Boolean>> exposures(HypothesisSpec spec, List<CaseRecord> records) {
        int[] columnWise = Exposures.of(spec, SHEET, new CaseTable(SHEET, records));
        for (int i = 0; i < records.size(); i++) {
            Optional<Boolean> byRecord = spec.exposed(records.get(i), SHEET);
            int expected = byRecord.map(e -> e ? Exposures.EXPOSED : Exposures.NOT_EXPOSED).orElse(Exposures.UNKNOWN);
            assertEquals(expected, columnWise[i], spec.id() + " case " + i);
        }
        return records.stream().map(r -> spec.exposed(r, SHEET)).toList();
    }

    @Test
    void theTenOfTheSlideAndTheExtraH11AreBuiltIn() {
        assertEquals(List.of("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9", "H10", "H11"),
                BUILT_IN.stream().map(HypothesisSpec::id).toList());
        assertEquals(List.of("H11"), BUILT_IN.stream().filter(HypothesisSpec::extra).map(HypothesisSpec::id).toList());
        for (HypothesisSpec s : BUILT_IN) {
            assertTrue(s.slides().isPresent() && s.slides().get().da().contains("»"), s.id() + " quotes the slide");
            assertTrue(s.rationale().isPresent(), s.id() + " says which questions and why");
        }
    }

    @Test
    void h5IsTheRulingThatRaisedTheCostNotMerelyAHearing() {
        HypothesisSpec h5 = spec("H5");
        assertEquals(List.of(new Condition("appeals_raised_cost", Set.of("yes"))), h5.exposure());
        assertTrue(h5.rationale().orElseThrow().da().contains("Spørgsmål 21 alene er ikke slidets belæg"));
        List<CaseRecord> records = List.of(
                with(Map.of("appeals_board", choice("yes"), "appeals_raised_cost", choice("yes"))),
                with(Map.of("appeals_board", choice("yes"), "appeals_raised_cost", choice("no"))),
                with(Map.of("appeals_board", choice("no"), "appeals_raised_cost", Answer.NOT_APPLICABLE)),
                with(Map.of("appeals_board", choice("yes"), "appeals_raised_cost", Answer.NOT_ANSWERED)));
        // heard and raised: exposed; heard, not raised: unexposed; never heard: unexposed (q22 does not apply);
        // heard and q22 left blank: unknown
        assertEquals(List.of(Optional.of(true), Optional.of(false), Optional.of(false), Optional.empty()),
                exposures(h5, records));
    }

    @Test
    void theReferencePrevalenceOfH5IsAShareOfAllCasesAsOnTheSlide() {
        CaseTable cases = ReferenceData.builtIn().cases();
        int[] exposure = Exposures.of(spec("H5"), SHEET, cases);
        long known = java.util.Arrays.stream(exposure).filter(e -> e != Exposures.UNKNOWN).count();
        long heard = cases.records().stream().filter(r -> r.code("appeals_board").isPresent()).count();
        assertEquals(heard, known, "every case with q21 answered has a known H5 exposure");
    }

    @Test
    void h8IsTheRelativesAloneAndIgnoresThePoliticians() {
        HypothesisSpec h8 = spec("H8");
        assertEquals(List.of(new Condition("relatives_difficult", Set.of("yes"))), h8.exposure());
        List<CaseRecord> records = List.of(
                with(Map.of("relatives_difficult", choice("no"), "politicians_involved", choice("yes"))),
                with(Map.of("relatives_difficult", choice("yes"), "politicians_involved", choice("no"))),
                with(Map.of("relatives_difficult", choice("no"), "politicians_involved", Answer.NOT_ANSWERED)));
        assertEquals(List.of(Optional.of(false), Optional.of(true), Optional.of(false)), exposures(h8, records));
    }

    @Test
    void h11IsThePoliticiansAsAnExtraHypothesisOfItsOwn() {
        HypothesisSpec h11 = spec("H11");
        assertTrue(h11.extra());
        assertEquals("Kommunalpolitikerne presser udgifterne op", h11.claim().da());
        assertEquals(List.of(new Condition("politicians_involved", Set.of("yes"))), h11.exposure());
        assertTrue(h11.slides().orElseThrow().da().contains("Indblanding er ikke massiv"));
        assertTrue(h11.slides().orElseThrow().da().contains("12 %"));
        List<CaseRecord> records = List.of(with(Map.of("politicians_involved", choice("yes"))),
                with(Map.of("politicians_involved", choice("no"), "relatives_difficult", choice("yes"))));
        assertEquals(List.of(Optional.of(true), Optional.of(false)), exposures(h11, records));
    }

    @Test
    void theUsersSocialtilsynHypothesisIsH12AndNotExtra() {
        List<HypothesisSpec> user = HypothesisSpecs.load(Path.of("examples/hypotese-socialtilsyn.json"), SHEET);
        assertEquals(List.of("H12"), user.stream().map(HypothesisSpec::id).toList());
        assertFalse(user.getFirst().extra());
        assertEquals(12, HypothesisSpecs.concat(BUILT_IN, user).size());
    }
}
