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
                "psychiatry_partly_or_unknown", "could_move", "cost_rising_function_declining"),
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
    void definitionsNamingUnknownQuestionsOrAnswersAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("o.json");
        Files.writeString(file, Files.readString(Path.of("data-schema/action-opportunities.json")).replace("\"movable\"", "\"moveable\""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpportunityDefinitions.load(file, ScreeningSheet.builtIn()));
        assertTrue(e.getMessage().contains("no question 'moveable'"), e.getMessage());
    }
}
