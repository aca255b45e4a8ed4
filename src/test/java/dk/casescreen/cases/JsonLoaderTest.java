package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The loader contract for JSON, plus what only JSON has: the "cases" wrapper and JSON numbers. */
class JsonLoaderTest extends CaseLoaderContract {

    @Override
    protected Path write(Path directory, String stem, List<List<String>> table) throws IOException {
        return TableFormat.JSON.write(directory, stem, table);
    }

    @Override
    protected CaseLoader loader(Path file) {
        return Cases.json(file);
    }

    @Override
    protected long rowOf(int index) {
        return index + 1;
    }

    @Override
    protected Optional<String> worksheet() {
        return Optional.empty();
    }

    @Override
    protected String columnOf(int index, String heading) {
        return heading;
    }

    /** One valid record as a JSON object keyed by question keys, every value a string. */
    private ObjectNode object(JsonMapper mapper, String caseNumber, int variant) {
        ObjectNode o = mapper.createObjectNode();
        rows.valid(caseNumber, variant).forEach(o::put);
        return o;
    }

    @Test
    void readsAnObjectWhoseCasesPropertyHoldsTheArray() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("sheet", "dyre-enkeltsager-voksen");
        root.putArray("cases").add(object(mapper, "A1", 0)).add(object(mapper, "A2", 1));
        Path file = dir.resolve("wrapped.json");
        Files.writeString(file, mapper.writeValueAsString(root), StandardCharsets.UTF_8);

        LoadResult result = Cases.json(file).load();

        assertEquals(List.of(), result.report().problems());
        assertEquals(List.of("A1", "A2"), result.cases().records().stream().map(CaseRecord::caseNumber).toList());
        assertEquals(2, record(result, "A2").source().row());
    }

    @Test
    void readsJsonNumbersAsTheNumbersTheyAre() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode o = object(mapper, "x", 0);
        o.put(CaseRows.MUNICIPALITY, 751);
        o.put(CaseRows.CASE_NUMBER, 17);
        o.put("age", 34);
        o.put(CaseRows.COST, new BigDecimal("2345678.50"));
        o.put("cost_band", "band_2_0_2_5");
        o.put("residences_5y", 2);
        ObjectNode whole = object(mapper, "y", 1);
        whole.put("age", 34.0);
        whole.put(CaseRows.COST, 2500000);
        whole.put("cost_band", "band_2_5_3_0");
        Path file = dir.resolve("numbers.json");
        Files.writeString(file, mapper.writeValueAsString(mapper.createArrayNode().add(o).add(whole)),
                StandardCharsets.UTF_8);

        LoadResult result = Cases.json(file).load();

        assertEquals(List.of(), result.report().problems());
        CaseRecord r = record(result, "17");
        assertEquals("751", r.municipalityCode());
        assertEquals(new Answer.WholeNumber(34), r.answer("age"));
        assertEquals(0, new BigDecimal("2345678.50").compareTo(r.annualCost().orElseThrow()));
        assertEquals(new Answer.Choice("n2"), r.answer("residences_5y"));
        CaseRecord y = record(result, "y");
        assertEquals(new Answer.WholeNumber(34), y.answer("age"), "34.0 is the whole number 34");
        assertEquals(0, new BigDecimal("2500000").compareTo(y.annualCost().orElseThrow()));
    }

    @Test
    void locatesProblemsByRecordPositionAndPropertyName() throws IOException {
        Map<String, String> bad = rows.valid("B", 0);
        bad.put("conviction", "jaa");

        LoadResult result = load(List.of(rows.valid("G", 1), bad));

        Problem p = result.report().problems().getFirst();
        assertEquals(Rule.UNKNOWN_ANSWER, p.rule());
        assertEquals(2, p.location().row());
        assertEquals(Optional.of("conviction"), p.location().column());
    }

    @Test
    void propertiesMissingFromSomeObjectsAreBlankCells() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode full = object(mapper, "F", 0);
        ObjectNode sparse = object(mapper, "S", 0);
        sparse.remove("viso");
        Path file = dir.resolve("sparse.json");
        Files.writeString(file, mapper.writeValueAsString(mapper.createArrayNode().add(full).add(sparse)),
                StandardCharsets.UTF_8);

        LoadResult result = Cases.json(file).load();

        assertEquals(2, result.cases().size());
        assertEquals(Answer.NOT_ANSWERED, record(result, "S").answer("viso"));
        assertEquals(List.of(Rule.MISSING_ANSWER), result.report().problems().stream().map(Problem::rule).toList());
    }

    /** Found by the fuzz test: the parser's own message (its class and option names) reached the user. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"Kommune\": \"Aarhus\"}]{}|there is more after the first JSON value (line 1, character |der står mere efter den første JSON-værdi (linje 1, tegn ",
        "[{\"Kommune\": 0101901234}]|invalid JSON syntax (line 1, character |ugyldig JSON-syntaks (linje 1, tegn ",
        "[{\"Kommune\": \"Aar|the file ends in the middle of a JSON value|filen slutter midt i en JSON-værdi",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]|the values are nested too deeply|værdierne er indlejret for dybt"})
    void aFileThatIsNotJsonIsLocatedInBothLanguagesWithoutTheParsersMessage(String json, String english, String danish)
            throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.json(file).load());

        assertEquals(Rule.UNREADABLE_FILE, e.problem().rule());
        assertTrue(e.describe(Language.EN).contains(english), e.describe(Language.EN));
        assertTrue(e.describe(Language.DA).contains(danish), e.describe(Language.DA));
        for (Language language : Language.values()) {
            String text = e.describe(language);
            assertFalse(text.matches("(?s).*(\\w+(Exception|Error)\\b|jackson|Token|FAIL_ON|0101901234).*"), text);
        }
    }
}
