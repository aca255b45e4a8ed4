package dk.casescreen.sheet;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of one case record for a screening sheet: the record
 * fields, one property per question holding an answer code (or a whole number), {@code null} for
 * not answered or not applicable, and a rule per conditional question that it stays empty when
 * its condition does not hold. {@code data-schema/case-record.schema.json} is this schema for the
 * built-in sheet 1.0.0 and {@code data-schema/case-record-2.0.0.schema.json} for 2.0.0, and a test
 * keeps them identical to the generated ones.
 */
public final class CaseRecordSchema {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A pattern matching CPR-like case numbers (ddmmyy-xxxx or ten digits), which a record must never hold. */
    static final String CPR_PATTERN = "^[0-9]{6}-?[0-9]{4}$";

    private CaseRecordSchema() {
    }

    /** The schema as a JSON document (two-space indented, ending in a newline). */
    public static String generate(ScreeningSheet sheet) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:casescreen:case-record:" + sheet.id() + ":" + sheet.version());
        root.put("title", "Case record, " + sheet.title().en() + ", sheet version " + sheet.version());
        root.put("description", "One screened case as casescreen stores it: answers by their codes; null (or absent) "
                + "means not answered or not applicable. Generated from the screening sheet " + sheet.id() + " "
                + sheet.version() + "; do not edit by hand.");
        root.put("type", "object");
        root.putArray("required").add(RecordField.MUNICIPALITY).add(RecordField.CASE_NUMBER);
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        fields(sheet, properties);
        for (Question q : sheet.questions()) {
            properties.set(q.key(), question(q));
        }
        List<Question> conditional = new ArrayList<>(sheet.questions().stream().filter(Question::isConditional).toList());
        if (!conditional.isEmpty()) {
            ArrayNode allOf = root.putArray("allOf");
            conditional.forEach(q -> allOf.add(condition(q)));
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void fields(ScreeningSheet sheet, ObjectNode properties) {
        ObjectNode municipality = properties.putObject(RecordField.MUNICIPALITY);
        municipality.put("description", describe(sheet.field(RecordField.MUNICIPALITY)) + "; the municipality code");
        municipality.put("type", "string");
        municipality.put("minLength", 1);
        ObjectNode caseNumber = properties.putObject(RecordField.CASE_NUMBER);
        caseNumber.put("description", describe(sheet.field(RecordField.CASE_NUMBER))
                + "; pseudonymous, unique within the municipality, never a CPR number");
        caseNumber.put("type", "string");
        caseNumber.put("minLength", 1);
        caseNumber.putObject("not").put("pattern", CPR_PATTERN);
        ObjectNode date = properties.putObject(RecordField.SCREENING_DATE);
        date.put("description", describe(sheet.field(RecordField.SCREENING_DATE)));
        date.putArray("type").add("string").add("null");
        date.put("format", "date");
        ObjectNode cost = properties.putObject(RecordField.ANNUAL_COST);
        cost.put("description", describe(sheet.field(RecordField.ANNUAL_COST)));
        ArrayNode costTypes = cost.putArray("anyOf");
        costTypes.addObject().put("type", "null");
        costTypes.addObject().put("type", "number").put("minimum", 0);
        ObjectNode remark = properties.putObject(RecordField.REMARK);
        remark.put("description", describe(sheet.field(RecordField.REMARK)));
        remark.putArray("type").add("string").add("null");
    }

    private static String describe(RecordField field) {
        return field.label().da() + " / " + field.label().en();
    }

    private static ObjectNode question(Question q) {
        ObjectNode node = JSON.createObjectNode();
        node.put("description", q.number() + ". " + q.text().da() + " / " + q.text().en() + " (" + q.type().name()
                .toLowerCase(java.util.Locale.ROOT) + ", " + q.provenance().name().toLowerCase(java.util.Locale.ROOT)
                + q.retired().map(r -> ", retired from " + r.from() + ": answers are read but not analysed").orElse("") + ")");
        if (q.type() == AnswerType.WHOLE_NUMBER) {
            ArrayNode types = node.putArray("anyOf");
            types.addObject().put("type", "null");
            types.addObject().put("type", "integer").put("minimum", q.min()).put("maximum", q.max());
        } else {
            ArrayNode values = node.putArray("enum");
            q.codes().forEach(values::add);
            values.addNull();
        }
        return node;
    }

    private static ObjectNode condition(Question q) {
        Condition c = q.condition().orElseThrow();
        ObjectNode rule = JSON.createObjectNode();
        ObjectNode when = rule.putObject("if");
        when.putArray("required").add(c.questionKey());
        ObjectNode parent = when.putObject("properties").putObject(c.questionKey());
        parent.put("type", "string");
        ArrayNode answers = parent.putObject("not").putArray("enum");
        c.answers().stream().sorted().forEach(answers::add);
        rule.putObject("then").putObject("properties").putObject(q.key()).put("type", "null");
        return rule;
    }
}
