package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.CprForms;
import dk.casescreen.Language;
import dk.casescreen.Privacy;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CPR number in any written form, standing in a file name, a sheet name, a column (a JSON key) and
 * the value of a problem, is masked by every renderer of a validation report: the text in both
 * languages, the JSON and a problem's own description.
 */
class CprMaskedInValidationOutputTest {

    static Stream<String> forms() {
        return CprForms.all().stream();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyRendererMasksTheNumberWhereverItStands(String cpr) {
        ValidationReport report = reportWith(cpr);
        for (Language language : Language.values()) {
            assertMasked(cpr, ValidationText.render(report, language));
            assertMasked(cpr, report.problems().getFirst().describe(language));
        }
        String json = ValidationJson.render(report);
        assertMasked(cpr, json);
        JsonNode problem = JsonMapper.builder().build().readTree(json).get("problems").get(0);
        assertEquals("note " + Privacy.MASK, problem.get("value").asString());
        assertEquals(Privacy.MASK, problem.get("column").asString());
        assertTrue(problem.get("message_da").asString().contains("'note " + Privacy.MASK + "'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.450.000", "2022-10-03", "S-0001", "3104901234"})
    void valuesThatAreNoCprNumberAreShownAsTyped(String value) {
        ValidationReport report = reportWith(value);
        assertTrue(ValidationText.render(report, Language.DA).contains("'note " + value + "'"));
        assertFalse(ValidationJson.render(report).contains(Privacy.MASK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[2J", "\u001b]0;title\u0007", "\u009b31m"})
    void controlCharactersInAValueAreShownEscapedInText(String value) {
        ValidationReport report = reportWith(value);
        String text = ValidationText.render(report, Language.EN);
        assertFalse(text.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b), text);
        assertTrue(text.contains(Privacy.escapeControls(value)), text);
    }

    private static ValidationReport reportWith(String text) {
        Location file = new Location(text + ".csv", Optional.of("Sager " + text), 0, Optional.empty());
        Problem problem = Rule.UNKNOWN_ANSWER.problem(file.atRow(3).atColumn(text), "q17 conviction", "note " + text,
                "note " + text, "Ja, Nej");
        return new ValidationReport(LoadMode.LENIENT, List.of(new FileAccount(file, 1, 0, 1, false, Optional.empty())),
                List.of(problem), List.of(new RejectedRow(file.atRow(3), List.of(problem), false)));
    }

    private static void assertMasked(String cpr, String output) {
        assertFalse(output.contains(cpr), output);
        assertFalse(output.contains(cpr.replaceAll("[^0-9]", "")), output);
        assertTrue(output.contains(Privacy.MASK), output);
    }
}
