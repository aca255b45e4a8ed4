package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    private static final CaseTable CASES = ReferenceData.builtIn().cases();

    @Test
    void everyQuestionIsProfiledInSheetOrderWithExplicitDenominators() {
        Profile all = Profiles.of(CASES, "all");
        assertEquals(683, all.cases());
        assertEquals(36, all.questions().size());
        for (QuestionProfile q : all.questions()) {
            assertEquals(683, q.answered() + q.notAnswered() + q.notApplicable(), q.question().key());
            if (q.question().type().isChoice()) {
                assertEquals(q.question().codes(), q.answers().stream().map(AnswerShare::code).toList());
                assertEquals(q.answered(), q.answers().stream().mapToLong(AnswerShare::count).sum());
                assertEquals(1.0, q.answers().stream().mapToDouble(AnswerShare::estimate).sum(), 1e-12);
                q.answers().forEach(a -> assertTrue(a.confLow() <= a.estimate() && a.estimate() <= a.confHigh(), a.toString()));
            }
        }
    }

    @Test
    void conditionalQuestionsCountNotApplicableApartFromNotAnswered() {
        QuestionProfile type = Profiles.of(CASES, "all").question("behaviour_type").orElseThrow();
        long notDecisive = CASES.records().stream().filter(r -> r.code("behaviour_decisive").filter("no"::equals).isPresent()).count();
        assertEquals(notDecisive, type.notApplicable());
        assertTrue(type.notAnswered() > 0, "some applicable answers left blank");
    }

    @Test
    void dontKnowIsAnAnswerAndCountedApart() {
        QuestionProfile psychiatry = Profiles.of(CASES, "all").question("psychiatry_treated").orElseThrow();
        assertEquals(psychiatry.answer("dont_know").orElseThrow().count(), psychiatry.dontKnow());
        assertTrue(psychiatry.published().isPresent(), "the published Midt figure is attached");
    }

    @Test
    void wilsonIntervalMatchesR() {
        // R 4.2.2: sprintf("%.17g", prop.test(87, 683, correct = FALSE)$conf.int)
        AnswerShare s = Profiles.share("x", 87, 683);
        assertEquals(0.10444288541023254, s.confLow(), 1e-12 * 0.1044);
        assertEquals(0.15448362017090647, s.confHigh(), 1e-12 * 0.1545);
        // R 4.2.2: prop.test(0, 683, correct = FALSE)$conf.int -> 0 0.0055929338151629688
        AnswerShare none = Profiles.share("x", 0, 683);
        assertEquals(0.0, none.confLow());
        assertEquals(0.0055929338151629688, none.confHigh(), 1e-12 * 0.0056);
        assertEquals(1.0, Profiles.share("x", 683, 683).confHigh());
    }

    @Test
    void ageIsSummarisedWithRsQuartiles() {
        NumberSummary age = Profiles.of(CASES, "all").question("age").orElseThrow().numbers().orElseThrow();
        int[] ages = CASES.records().stream().map(r -> r.answer("age"))
                .filter(a -> a instanceof dk.casescreen.cases.Answer.WholeNumber).mapToInt(a -> ((dk.casescreen.cases.Answer.WholeNumber) a).value()).sorted().toArray();
        assertEquals(ages.length, age.n());
        assertEquals(ages[0], age.min());
        assertEquals(ages[ages.length - 1], age.max());
        assertEquals(NumberSummary.quantile(ages, 0.5), age.median());
        assertEquals(2.5, NumberSummary.quantile(new int[] {1, 2, 3, 4}, 0.5));
        assertEquals(1.75, NumberSummary.quantile(new int[] {1, 2, 3, 4}, 0.25), "R: quantile(1:4, 0.25) = 1.75");
    }

    @Test
    void municipalityAndSubgroupProfilesPartitionTheCases() {
        Map<String, Profile> byMunicipality = Profiles.byMunicipality(CASES);
        assertEquals(47, byMunicipality.size());
        assertEquals(683, byMunicipality.values().stream().mapToLong(Profile::cases).sum());
        Profile men = Profiles.of(CASES, "men", r -> r.code("gender").filter("male"::equals).isPresent());
        Profile women = Profiles.of(CASES, "women", r -> r.code("gender").filter("female"::equals).isPresent());
        long genderBlank = CASES.records().stream().filter((CaseRecord r) -> r.code("gender").isEmpty()).count();
        assertEquals(683, men.cases() + women.cases() + genderBlank);
    }
}
