package dk.casescreen.report;

import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import dk.casescreen.report.TidyTable.Status;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the exported CSV files, made from the tables' definitions: one
 * definition per table describing one row as an object (column id to value, a missing value as null),
 * and a document holding every table's rows under its name. {@code data-schema/export-tables.schema.json}
 * is this schema; a test keeps the two equal.
 */
final class TidySchema {

    /** The version of the tables' layout. */
    static final String VERSION = "1.0.0";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TidySchema() {
    }

    static String json(List<Definition> tables) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:casescreen:export-tables:" + VERSION);
        root.put("title", "casescreen export tables");
        root.put("description", "The CSV files `casescreen export --csv DIR` writes, one per table (DIR/<table>.csv), and the sheets of "
                + "`casescreen export --out tables.xlsx`. CSV: UTF-8 without byte order mark, comma-separated, a header row of the column "
                + "names below, fields quoted only when they hold a comma, a quote or a line break (RFC 4180), CRLF line ends, a dot as "
                + "decimal mark, no thousands separator, numbers unrounded, true/false, an empty field for a missing value. A row "
                + "validates against its table's definition once each field is read as its column's type (empty as null). Column names "
                + "and codes are the same in both languages; texts follow --lang. A number hidden by disclosure control is empty, with "
                + "its reason in the status column beside it. The description of each column is in English here; x-title-da and "
                + "x-description-da give the Danish.");
        ObjectNode properties = root.putObject("properties");
        ArrayNode required = root.putArray("required");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode defs = root.putObject("$defs");
        for (Definition d : tables) {
            ObjectNode p = properties.putObject(d.id());
            p.put("description", d.id() + ".csv");
            p.put("type", "array");
            p.putObject("items").put("$ref", "#/$defs/" + d.id());
            required.add(d.id());
            defs.set(d.id(), definition(d));
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ObjectNode definition(Definition d) {
        ObjectNode def = JSON.createObjectNode();
        def.put("title", d.sheet().en());
        def.put("x-title-da", d.sheet().da());
        def.put("description", d.description().en());
        def.put("x-description-da", d.description().da());
        def.put("type", "object");
        ArrayNode required = def.putArray("required");
        def.put("additionalProperties", false);
        ObjectNode properties = def.putObject("properties");
        for (Column c : d.columns()) {
            required.add(c.id());
            properties.set(c.id(), column(c));
        }
        return def;
    }

    private static ObjectNode column(Column c) {
        ObjectNode p = JSON.createObjectNode();
        p.put("title", c.title().en());
        p.put("x-title-da", c.title().da());
        p.put("description", c.description().en());
        p.put("x-description-da", c.description().da());
        String type = switch (c.type()) {
            case TEXT, CODE, STATUS -> "string";
            case INTEGER -> "integer";
            case NUMBER, SHARE -> "number";
            case BOOLEAN -> "boolean";
        };
        boolean bounded = c.type() == TidyTable.Type.INTEGER || c.type() == TidyTable.Type.SHARE;
        ObjectNode value = p;
        if (c.nullable() && bounded) {
            ArrayNode anyOf = p.putArray("anyOf");
            anyOf.addObject().put("type", "null");
            value = anyOf.addObject();
            value.put("type", type);
        } else if (c.nullable()) {
            p.putArray("type").add(type).add("null");
        } else {
            p.put("type", type);
        }
        p.put("x-type", c.type().name().toLowerCase(Locale.ROOT));
        List<String> codes = c.type() == TidyTable.Type.STATUS ? java.util.Arrays.stream(Status.values()).map(Status::code).toList() : c.values();
        if (!codes.isEmpty()) {
            ArrayNode values = p.putArray("enum");
            codes.forEach(values::add);
            if (c.nullable()) {
                values.addNull();
            }
        }
        if (bounded) {
            value.put("minimum", 0);
        }
        if (c.type() == TidyTable.Type.SHARE) {
            value.put("maximum", 1);
        }
        if (c.type() == TidyTable.Type.TEXT || c.type() == TidyTable.Type.CODE) {
            p.put("minLength", 1);
        }
        return p;
    }
}
