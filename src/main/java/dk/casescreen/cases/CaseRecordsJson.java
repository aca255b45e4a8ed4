package dk.casescreen.cases;

import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.RecordField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes case records as JSON in their canonical form ({@code data-schema/case-record.schema.json}):
 * an object with the array {@code "cases"}, each record with its fields and every question by key,
 * answers as codes, {@code null} where not answered or not applicable. The file loads back through
 * {@link Cases#json(java.nio.file.Path)} into the same records.
 */
public final class CaseRecordsJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CaseRecordsJson() {
    }

    /** One record in canonical form. */
    public static ObjectNode record(CaseRecord r, dk.casescreen.sheet.ScreeningSheet sheet) {
        ObjectNode node = JSON.createObjectNode();
        node.put(RecordField.MUNICIPALITY, r.municipalityCode());
        node.put(RecordField.CASE_NUMBER, r.caseNumber());
        node.put(RecordField.SCREENING_DATE, r.screeningDate().map(Object::toString).orElse(null));
        node.put(RecordField.ANNUAL_COST, r.annualCost().orElse(null));
        node.put(RecordField.REMARK, r.remark().orElse(null));
        for (Question q : sheet.questions()) {
            switch (r.answer(q.key())) {
                case Answer.Choice(String code) -> node.put(q.key(), code);
                case Answer.WholeNumber(int value) -> node.put(q.key(), value);
                case Answer.NotAnswered ignored -> node.putNull(q.key());
                case Answer.NotApplicable ignored -> node.putNull(q.key());
            }
        }
        return node;
    }

    /** Writes every record of the table. */
    public static void write(CaseTable cases, Writer out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("sheet", cases.sheet().id());
        root.put("sheet_version", cases.sheet().version());
        ArrayNode array = root.putArray("cases");
        cases.records().forEach(r -> array.add(record(r, cases.sheet())));
        try {
            out.write(JSON.writeValueAsString(root));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
