package dk.casescreen.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Proves that data-schema/case-record.schema.json and the sheet agree. */
class CaseRecordSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ScreeningSheet sheet = ScreeningSheet.builtIn();
    private final JsonNode committed = JSON.readTree(read());
    private final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read());

    private static String read() {
        try {
            return Files.readString(Path.of("data-schema/case-record.schema.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void committedSchemaIsTheOneGeneratedFromTheSheet() {
        assertEquals(JSON.readTree(CaseRecordSchema.generate(sheet)), committed,
                "data-schema/case-record.schema.json is stale: run SchemaWriter (see src/test/java/dk/casescreen/sheet)");
    }

    @Test
    void committedSchemaOfSheet200IsTheOneGeneratedFromIt() throws Exception {
        JsonNode committed200 = JSON.readTree(Files.readString(Path.of("data-schema/case-record-2.0.0.schema.json")));
        assertEquals(JSON.readTree(CaseRecordSchema.generate(ScreeningSheet.builtIn("2.0.0"))), committed200,
                "data-schema/case-record-2.0.0.schema.json is stale: run SchemaWriter (see src/test/java/dk/casescreen/sheet)");
        String tried = committed200.get("properties").get("special_place_tried").get("description").asString();
        assertTrue(tried.contains("retired from 2024-07-01"), tried);
        assertFalse(committed.get("properties").get("special_place_tried").get("description").asString().contains("retired"));
        assertEquals("urn:casescreen:case-record:dyre-enkeltsager-voksen:2.0.0", committed200.get("$id").asString());
    }

    @Test
    void everyQuestionIsAPropertyWithExactlyItsCodes() {
        JsonNode properties = committed.get("properties");
        for (Question q : sheet.questions()) {
            JsonNode p = properties.get(q.key());
            assertTrue(p != null, q.key());
            if (q.type().isChoice()) {
                List<String> values = new ArrayList<>();
                p.get("enum").forEach(v -> values.add(v.isNull() ? null : v.asString()));
                List<String> expected = new ArrayList<>(q.codes());
                expected.add(null);
                assertEquals(expected, values, q.key());
            } else {
                JsonNode range = p.get("anyOf").get(1);
                assertEquals(q.min(), range.get("minimum").asInt());
                assertEquals(q.max(), range.get("maximum").asInt());
            }
        }
        assertEquals(sheet.questions().size() + 5, properties.size());
    }

    @Test
    void aCompleteValidRecordValidates() {
        assertEquals(List.of(), schema.validate(validRecord()));
    }

    @Test
    void anUnknownCodeFails() {
        ObjectNode r = validRecord();
        r.put("conviction", "jaa");
        assertFalse(schema.validate(r).isEmpty());
    }

    @Test
    void anAgeOutsideTheRangeFails() {
        ObjectNode r = validRecord();
        r.put("age", 17);
        assertFalse(schema.validate(r).isEmpty());
    }

    @Test
    void eachConditionalQuestionMustBeEmptyWhenItsConditionDoesNotHold() {
        for (Question q : sheet.questions().stream().filter(Question::isConditional).toList()) {
            Condition c = q.condition().orElseThrow();
            ObjectNode r = validRecord();
            String other = sheet.require(c.questionKey()).codes().stream().filter(code -> !c.holdsFor(code)).findFirst().orElseThrow();
            r.put(c.questionKey(), other);
            r.put(q.key(), q.codes().getFirst());
            assertFalse(schema.validate(r).isEmpty(), q.key() + " answered although it does not apply");
            r.putNull(q.key());
            assertEquals(List.of(), schema.validate(r), q.key() + " empty when it does not apply");
        }
    }

    @Test
    void aCprLikeCaseNumberAndUnknownPropertiesFail() {
        ObjectNode r = validRecord();
        r.put("case_number", "010190-1234");
        assertFalse(schema.validate(r).isEmpty());
        ObjectNode s = validRecord();
        s.put("cpr", "x");
        assertFalse(schema.validate(s).isEmpty());
    }

    private ObjectNode validRecord() {
        ObjectNode r = JSON.createObjectNode();
        r.put("municipality", "751");
        r.put("case_number", "A-17");
        r.put("screening_date", "2022-10-01");
        r.put("annual_cost", 2_600_000);
        r.putNull("remark");
        for (Question q : sheet.questions()) {
            if (q.type().isChoice()) {
                r.put(q.key(), q.isConditional() ? null : q.codes().getFirst());
            } else {
                r.put(q.key(), 30);
            }
        }
        r.put("behaviour_decisive", "yes");
        r.put("behaviour_type", "outward");
        return r;
    }
}
