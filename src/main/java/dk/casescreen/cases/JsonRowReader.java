package dk.casescreen.cases;

import dk.casescreen.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads case records from JSON: an array of objects, or an object whose {@code "cases"} property
 * is that array. Each object is a row; its property names are the headings (field keys, question
 * keys, or anything a spreadsheet heading may be), the first row handed out is the union of the
 * property names in the order first seen.
 */
final class JsonRowReader implements RowReader {

    private static final long MAX_JSON_BYTES = 256L << 20;

    private final Location location;
    private final List<String> columns;
    private final List<JsonNode> records;
    private int next = -1;

    private JsonRowReader(Location location, List<String> columns, List<JsonNode> records) {
        this.location = location;
        this.columns = columns;
        this.records = records;
    }

    static JsonRowReader open(Path path, String name, InputLimits limits) {
        Location where = Location.ofFile(name);
        JsonNode root;
        try {
            if (Files.size(path) > Math.min(MAX_JSON_BYTES, limits.maxFileBytes())) {
                throw CaseLoadException.unreadable(where, new Text(
                        "JSON-filen er større end 256 MiB; del den op eller brug CSV",
                        "the JSON file is larger than 256 MiB; split it or use CSV"));
            }
            FileSniffer.requireText(path, where);
            try (InputStream in = Files.newInputStream(path)) {
                root = mapper(limits).readTree(in);
            }
        } catch (JacksonException e) {
            throw CaseLoadException.unreadable(where, JsonSyntax.reason(e));
        } catch (IOException e) {
            throw CaseLoadException.unreadable(where, new Text(String.valueOf(e.getMessage()), String.valueOf(e.getMessage())));
        }
        JsonNode array = root != null && root.isObject() ? root.get("cases") : root;
        if (array == null || !array.isArray()) {
            throw CaseLoadException.unreadable(where, new Text(
                    "JSON-filen skal være en liste af sager eller et objekt med listen \"cases\"",
                    "the JSON file must be an array of cases or an object with the array \"cases\""));
        }
        Map<String, Boolean> names = new LinkedHashMap<>();
        List<JsonNode> records = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode record = array.get(i);
            if (!record.isObject()) {
                throw CaseLoadException.unreadable(where.atRow(i + 1), new Text(
                        "hver sag skal være et JSON-objekt", "every case must be a JSON object"));
            }
            record.propertyNames().forEach(n -> names.put(n, true));
            if (names.size() > limits.maxColumns()) {
                throw CaseLoadException.unreadable(where.atRow(i + 1), new Text("for mange felter", "too many properties"));
            }
            records.add(record);
        }
        return new JsonRowReader(where, new ArrayList<>(names.keySet()), records);
    }

    private static JsonMapper mapper(InputLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(limits.maxCellChars())
                .maxNameLength(1_000)
                .build();
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public RawRow next() {
        if (next >= records.size()) {
            return null;
        }
        String[] cells = new String[columns.size()];
        java.util.BitSet numbers = new java.util.BitSet();
        if (next < 0) {
            columns.toArray(cells);
        } else {
            JsonNode record = records.get(next);
            for (int c = 0; c < cells.length; c++) {
                JsonNode value = record.get(columns.get(c));
                if (value != null && value.isNumber() && !value.isIntegralNumber() && !Double.isFinite(value.doubleValue())) {
                    throw CaseLoadException.unreadable(location.atRow(next + 1).atColumn(columns.get(c)), new Text(
                            "tallet er for stort til at kunne læses", "the number is too large to be read"));
                }
                cells[c] = text(value);
                if (value != null && value.isNumber()) {
                    numbers.set(c);
                }
            }
        }
        next++;
        return new RawRow(next, cells, new java.util.BitSet(), numbers);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "TRUE" : "FALSE";
        }
        return value.toString();
    }

    @Override
    public String columnName(int index) {
        return columns.get(index);
    }

    @Override
    public void close() {
        // everything was read when the file was opened
    }
}
