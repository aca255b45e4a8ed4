package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionOpportunitiesTest {

    private static final CaseTable CASES = ReferenceData.builtIn().cases();
    private static final List<OpportunityDefinition> DEFINITIONS = OpportunityDefinitions.builtIn(ScreeningSheet.builtIn());

    @Test
    void theSixOpportunitiesOfTheSlidesAndSeedsAreDefined() {
        assertEquals(List.of("negotiation_possible", "viso_not_used", "welfare_technology_not_explored",
                "psychiatry_lacking_or_unknown", "could_move", "cost_rising_function_declining"),
                DEFINITIONS.stream().map(OpportunityDefinition::id).toList());
    }

    @Test
    void flagsFollowTheAnswersAndCountsAddUp() {
        ActionOpportunities found = ActionOpportunities.find(CASES, DEFINITIONS);
        for (CaseOpportunities c : found.cases()) {
            CaseRecord r = CASES.records().stream().filter(x -> x.municipalityCode().equals(c.municipalityCode())
                    && x.caseNumber().equals(c.caseNumber())).findFirst().orElseThrow();
            assertEquals(c.opportunities().contains("could_move"), r.code("movable").filter("yes"::equals).isPresent());
            assertEquals(c.opportunities().contains("cost_rising_function_declining"),
                    r.code("cost_trend").filter("rising"::equals).isPresent() && r.code("function_trend").filter("worse"::equals).isPresent());
        }
        for (OpportunityDefinition d : DEFINITIONS) {
            long all = found.count("all", d.id()).count();
            long perMunicipality = found.counts().stream().filter(c -> !c.scope().equals("all") && c.opportunityId().equals(d.id()))
                    .mapToLong(OpportunityCount::count).sum();
            assertEquals(all, perMunicipality, d.id());
            assertEquals(all, found.cases().stream().filter(c -> c.opportunities().contains(d.id())).count(), d.id());
            assertTrue(found.count("all", d.id()).n() <= 683);
        }
        long negotiation = CASES.records().stream().filter(r -> r.code("negotiation_possible").filter("yes"::equals).isPresent()).count();
        assertEquals(negotiation, found.count("all", "negotiation_possible").count());
    }

    @Test
    void psychiatryCountsNoAndVisoAndWelfareTechnologyCountDontKnowAlike() {
        ActionOpportunities found = ActionOpportunities.find(CASES, DEFINITIONS);
        for (CaseOpportunities c : found.cases()) {
            CaseRecord r = CASES.records().stream().filter(x -> x.municipalityCode().equals(c.municipalityCode())
                    && x.caseNumber().equals(c.caseNumber())).findFirst().orElseThrow();
            // the KKR action targets the cases where psychiatric treatment is lacking: "Nej" is one of them
            assertEquals(c.opportunities().contains("psychiatry_lacking_or_unknown"),
                    r.code("psychiatry_treated").filter(List.of("partly", "no", "dont_know")::contains).isPresent());
            assertEquals(c.opportunities().contains("viso_not_used"),
                    r.code("viso").filter(List.of("no", "dont_know")::contains).isPresent());
            assertEquals(c.opportunities().contains("welfare_technology_not_explored"),
                    r.code("welfare_technology").filter(List.of("no", "dont_know")::contains).isPresent());
        }
        long psychiatryNo = CASES.records().stream().filter(r -> r.code("psychiatry_treated").filter("no"::equals).isPresent()).count();
        long visoDontKnow = CASES.records().stream().filter(r -> r.code("viso").filter("dont_know"::equals).isPresent()).count();
        assertTrue(psychiatryNo > 0 && visoDontKnow > 0, "the reference data have both answers");
        long psychiatry = CASES.records().stream()
                .filter(r -> r.code("psychiatry_treated").filter(List.of("partly", "no", "dont_know")::contains).isPresent()).count();
        assertEquals(psychiatry, found.count("all", "psychiatry_lacking_or_unknown").count());
        long viso = CASES.records().stream().filter(r -> r.code("viso").filter(List.of("no", "dont_know")::contains).isPresent()).count();
        assertEquals(viso, found.count("all", "viso_not_used").count());
    }

    @Test
    void definitionsNamingUnknownQuestionsOrAnswersAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("o.json");
        Files.writeString(file, Files.readString(Path.of("data-schema/action-opportunities.json")).replace("\"movable\"", "\"moveable\""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpportunityDefinitions.load(file, ScreeningSheet.builtIn()));
        assertTrue(e.getMessage().contains("no question 'moveable'"), e.getMessage());
    }
}
