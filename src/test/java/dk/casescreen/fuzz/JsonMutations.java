package dk.casescreen.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of a JSON case file: numbers out of range, deep nesting, wrong types, duplicate and
 * unknown keys, huge values, too many keys, duplicated and deleted records, odd top-level shapes and
 * trailing text. Text that Jackson would not write (a duplicate key, a number like 1e400) is put in
 * through a placeholder replaced after writing.
 */
final class JsonMutations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RAW = "@@fuzz-raw@@";
    private static final String DUPLICATE = "@@fuzz-duplicate@@";

    /** Numbers no field can hold, or that overflow a double, a long or an int. */
    static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e-400", "123456789012345678901234567890", "-0.0",
            "2147483648", "-9223372036854775809", "34.5", "1E2", "0x1F", "NaN", "Infinity", "01");

    /** Values of the wrong type for any field. */
    static final List<String> WRONG_TYPES = List.of("{\"x\": 1}", "[1, 2]", "[]", "{}", "true", "false", "null", "\"\"",
            "0.5", "\"ja\"", "[\"Ja\", \"Nej\"]");

    /** Whole documents of the wrong shape. */
    static final List<String> SHAPES = List.of("", " ", "[]", "{}", "null", "42", "\"tekst\"", "{\"cases\": 42}",
            "{\"cases\": [1, \"a\", null, []]}", "[[]]", "{\"cases\": {}}", "{\"cases\": null}", "[{}]", "{\"cases\": [{}]}",
            "\u0000", "[{\"Kommune\": \"Aarhus\"}");

    /** Every mutation, in the order the fuzz test cycles through them. */
    static final List<TextDraft.Named> ALL = List.of(
            new TextDraft.Named("number out of range", (d, rng) -> raw(d, rng, pick(NUMBERS, rng), "number")),
            new TextDraft.Named("deep nesting", JsonMutations::deepNesting),
            new TextDraft.Named("wrong type", (d, rng) -> raw(d, rng, pick(WRONG_TYPES, rng), "value")),
            new TextDraft.Named("duplicate key", JsonMutations::duplicateKey),
            new TextDraft.Named("delete key", JsonMutations::deleteKey),
            new TextDraft.Named("unknown key", JsonMutations::unknownKey),
            new TextDraft.Named("value of 40,000 characters", (d, rng) -> raw(d, rng, "\"" + "x".repeat(40_000) + "\"", "long string")),
            new TextDraft.Named("amount and 32,000 spaces", (d, rng) -> raw(d, rng, "\"2500000" + " ".repeat(32_000) + "\"", "padded amount")),
            new TextDraft.Named("16,385 keys", JsonMutations::manyKeys),
            new TextDraft.Named("duplicate record", JsonMutations::duplicateRecord),
            new TextDraft.Named("delete record", JsonMutations::deleteRecord),
            new TextDraft.Named("document shape", (d, rng) -> {
                String shape = pick(SHAPES, rng);
                d.text = shape;
                d.step("document " + Names.shortly(shape, 40));
            }),
            new TextDraft.Named("trailing text", JsonMutations::trailing));

    private JsonMutations() {
    }

    static <T> T pick(List<T> list, RandomGenerator rng) {
        return list.get(rng.nextInt(list.size()));
    }

    /** The records of a JSON case file: the {@code cases} array, or the document when it is an array. */
    static ArrayNode records(JsonNode root) {
        if (root instanceof ArrayNode array) {
            return array;
        }
        if (root instanceof ObjectNode object && object.get("cases") instanceof ArrayNode array) {
            return array;
        }
        throw new IllegalArgumentException("not a case file");
    }

    /** Parses the draft, hands a random record to {@code edit}, and writes it back; false when the draft is not a case file. */
    private static boolean editRecord(TextDraft d, RandomGenerator rng, RecordEdit edit) {
        JsonNode root;
        ArrayNode records;
        try {
            root = JSON.readTree(d.text);
            records = records(root);
        } catch (RuntimeException notACaseFile) {
            d.step("(not a case file any more)");
            return false;
        }
        if (records.isEmpty() || !(records.get(rng.nextInt(records.size())) instanceof ObjectNode record)) {
            d.step("(no record)");
            return false;
        }
        String replacement = edit.edit(record, records);
        d.text = JSON.writeValueAsString(root).replace("\"" + RAW + "\"", replacement == null ? "null" : replacement);
        return true;
    }

    @FunctionalInterface
    private interface RecordEdit {
        /** Edits the record; returns the raw JSON text to put where the {@link #RAW} placeholder is, if any. */
        String edit(ObjectNode record, ArrayNode records);
    }

    static String anyKey(ObjectNode record, RandomGenerator rng) {
        List<String> keys = new ArrayList<>(record.propertyNames());
        return keys.isEmpty() ? "case_number" : keys.get(rng.nextInt(keys.size()));
    }

    /** Replaces a random field of a random record by {@code raw} JSON text; false when there is no record. */
    static boolean raw(TextDraft d, RandomGenerator rng, String raw, String what) {
        return editRecord(d, rng, (record, records) -> {
            String key = anyKey(record, rng);
            record.put(key, RAW);
            d.step(what + " " + Names.shortly(raw, 30) + " for " + key);
            return raw;
        });
    }

    /** Adds {@code key} with the value "Ja" to a random record; false when there is no record. */
    static boolean addKey(TextDraft d, RandomGenerator rng, String key) {
        return editRecord(d, rng, (record, records) -> {
            record.put(key, "Ja");
            return null;
        });
    }

    static void deepNesting(TextDraft d, RandomGenerator rng) {
        int depth = new int[] {600, 5_000, 200_000}[rng.nextInt(3)];
        String raw = rng.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        raw(d, rng, raw, "nesting " + depth + " deep:");
    }

    static void duplicateKey(TextDraft d, RandomGenerator rng) {
        String[] key = {null};
        editRecord(d, rng, (record, records) -> {
            key[0] = anyKey(record, rng);
            record.put(DUPLICATE, "Ja");
            d.step("key " + key[0] + " twice");
            return null;
        });
        if (key[0] != null) {
            d.text = d.text.replace("\"" + DUPLICATE + "\"", JSON.writeValueAsString(key[0]));
        }
    }

    static void deleteKey(TextDraft d, RandomGenerator rng) {
        editRecord(d, rng, (record, records) -> {
            String key = anyKey(record, rng);
            record.remove(key);
            d.step("delete key " + key);
            return null;
        });
    }

    static void unknownKey(TextDraft d, RandomGenerator rng) {
        String[] keys = {"Spørgsmål 99", "", " ", "q17 ", "Kommune", "KOMMUNE", "\u0000", "99"};
        String key = keys[rng.nextInt(keys.length)];
        if (addKey(d, rng, key)) {
            d.step("key " + Names.visible(key));
        }
    }

    static void manyKeys(TextDraft d, RandomGenerator rng) {
        editRecord(d, rng, (record, records) -> {
            for (int k = 0; k < 16_385; k++) {
                record.put("k" + k, "Ja");
            }
            d.step("16,385 more keys");
            return null;
        });
    }

    static void duplicateRecord(TextDraft d, RandomGenerator rng) {
        editRecord(d, rng, (record, records) -> {
            int to = rng.nextInt(records.size() + 1);
            records.insert(to, record.deepCopy());
            d.step("a record again at " + to);
            return null;
        });
    }

    static void deleteRecord(TextDraft d, RandomGenerator rng) {
        editRecord(d, rng, (record, records) -> {
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) == record) {
                    records.remove(i);
                    d.step("delete record " + i);
                    break;
                }
            }
            return null;
        });
    }

    static void trailing(TextDraft d, RandomGenerator rng) {
        String[] tails = {"}{", "\n[1]", "]", ",", "// kommentar", "\u0000\u0000", "{\"cases\": []}"};
        String tail = tails[rng.nextInt(tails.length)];
        d.text = d.text + tail;
        d.step("then " + Names.visible(tail));
    }
}
