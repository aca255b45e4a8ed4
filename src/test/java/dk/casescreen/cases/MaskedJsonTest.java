package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.casescreen.Privacy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class MaskedJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void masksStringsAndKeysAtEveryDepthButNeverNumbers() {
        ObjectNode root = (ObjectNode) JSON.readTree("""
                {"010190-1234": 1, "note": "borger 31.12.99-4321", "list": ["0101901234", 2101951234, 0.3112991234],
                 "deep": {"sum": 2101951234, "text": "S-0001"}}""");
        JsonNode masked = MaskedJson.mask(root);
        assertEquals(1, masked.get(Privacy.MASK).asInt());
        assertEquals("borger " + Privacy.MASK, masked.get("note").asString());
        assertEquals(Privacy.MASK, masked.get("list").get(0).asString());
        assertEquals(2101951234L, masked.get("list").get(1).asLong());
        assertEquals(0.3112991234, masked.get("list").get(2).asDouble());
        assertEquals(2101951234L, masked.get("deep").get("sum").asLong());
        assertEquals("S-0001", masked.get("deep").get("text").asString());
    }
}
