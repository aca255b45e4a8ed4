package dk.casescreen.cases;

import dk.casescreen.Privacy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masks a JSON document before it is written: every string and every property name that looks
 * like a CPR number passes through {@link Privacy#mask}. Numbers are left alone, so that a sum of
 * kroner or a p-value is never changed.
 */
public final class MaskedJson {

    private MaskedJson() {
    }

    /** The node with its strings and property names masked, in place where it is an object or array; returns the node to write. */
    public static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            object.removeAll();
            for (Map.Entry<String, JsonNode> e : entries) {
                object.set(Privacy.mask(e.getKey()), mask(e.getValue()));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mask(array.get(i)));
            }
            return array;
        }
        if (node.isString()) {
            String text = node.asString();
            String masked = Privacy.mask(text);
            return masked == text ? node : JsonNodeFactory.instance.stringNode(masked);
        }
        return node;
    }
}
