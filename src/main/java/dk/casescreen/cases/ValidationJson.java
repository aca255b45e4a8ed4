package dk.casescreen.cases;

import dk.casescreen.Privacy;
import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a validation report as JSON: a summary, the row accounting per file (with the numbers of
 * its screening rounds), the screening rounds ({@code number}, {@code date}, {@code last_date},
 * {@code cases}; the dates null for the undated round), every problem with
 * its location and both messages, and the rejected rows pointing at their problems by index.
 * Every text that looks like a CPR number is masked ({@link Privacy#mask}): file and sheet names,
 * values, messages, and, as a last guard, every string and key of the document ({@link MaskedJson}).
 */
public final class ValidationJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ValidationJson() {
    }

    /** The report as a JSON document. */
    public static String render(ValidationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("mode", report.mode().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode summary = root.putObject("summary");
        summary.put("read", report.read());
        summary.put("accepted", report.accepted());
        summary.put("rejected", report.rejected());
        summary.put("errors", report.errorCount());
        summary.put("warnings", report.warningCount());
        ArrayNode files = root.putArray("files");
        for (FileAccount f : report.files()) {
            ObjectNode node = files.addObject();
            location(node, f.location());
            node.put("read", f.read());
            node.put("accepted", f.accepted());
            node.put("rejected", f.rejected());
            node.put("whole_file_rejected", f.wholeFileRejected());
            ArrayNode fileRounds = node.putArray("rounds");
            f.rounds().forEach(fileRounds::add);
            f.template().ifPresent(t -> node.putObject("template").put("sheet_id", t.sheetId())
                    .put("sheet_version", t.sheetVersion()).put("language", t.language()));
        }
        ArrayNode rounds = root.putArray("rounds");
        for (ScreeningRound r : report.rounds()) {
            rounds.addObject().put("number", r.number()).put("date", r.date().map(Object::toString).orElse(null))
                    .put("last_date", r.lastDate().map(Object::toString).orElse(null)).put("cases", r.cases());
        }
        Map<Problem, Integer> index = new IdentityHashMap<>();
        ArrayNode problems = root.putArray("problems");
        for (Problem p : report.problems()) {
            index.put(p, index.size());
            problems.add(problem(p));
        }
        ArrayNode rejected = root.putArray("rejected_rows");
        for (RejectedRow r : report.rejectedRows()) {
            ObjectNode node = rejected.addObject();
            location(node, r.location());
            node.put("rejected_with_file", r.rejectedWithFile());
            ArrayNode errors = node.putArray("problems");
            r.errors().forEach(e -> errors.add(index.getOrDefault(e, -1)));
        }
        return JSON.writeValueAsString(MaskedJson.mask(root)) + "\n";
    }

    /** One problem as a JSON object (also used for load-stopping problems). */
    public static ObjectNode problem(Problem p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        node.put("rule", p.rule().name().toLowerCase(java.util.Locale.ROOT));
        location(node, p.location());
        node.put("question", Privacy.mask(p.question().orElse(null)));
        node.put("value", Privacy.mask(p.value().orElse(null)));
        node.put("message_da", Privacy.mask(p.message().da()));
        node.put("message_en", Privacy.mask(p.message().en()));
        return node;
    }

    /** A problem that stopped the load, as a JSON document. */
    public static String fatal(Problem p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("mode", "stopped");
        root.set("fatal", problem(p));
        return JSON.writeValueAsString(MaskedJson.mask(root)) + "\n";
    }

    private static void location(ObjectNode node, Location l) {
        node.put("file", Privacy.mask(l.file()));
        node.put("sheet", Privacy.mask(l.sheet().orElse(null)));
        if (l.row() > 0) {
            node.put("row", l.row());
        } else {
            node.putNull("row");
        }
        node.put("column", Privacy.mask(l.column().orElse(null)));
    }
}
