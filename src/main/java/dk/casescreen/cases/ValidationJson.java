package dk.casescreen.cases;

import dk.casescreen.Privacy;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a validation report as JSON: a summary, the row accounting per file (with the numbers of
 * its screening rounds), the screening rounds ({@code number}, {@code date}, {@code last_date},
 * {@code cases}; the dates null for the undated round), every problem with
 * its location and both messages, and the rejected rows pointing at their problems by index.
 * The document is streamed (Jackson's generator), never built in memory, so that a report of
 * a million cases and their warnings is written in a small heap. Every string and every property
 * name passes through {@link Privacy#mask} as it is written: file and sheet names, columns,
 * values, messages.
 */
public final class ValidationJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ValidationJson() {
    }

    /** The report as a JSON document (for a report of moderate size; {@link #write} streams any size). */
    public static String render(ValidationReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    /**
     * Streams the report as a JSON document (UTF-8, ending in a line feed) to {@code out}, which is
     * flushed but not closed. A failure to write is a {@link tools.jackson.core.JacksonException}.
     */
    public static void write(ValidationReport report, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(report, g);
        }
    }

    /** Streams the report as a JSON document ending in a line feed to {@code out}, which is flushed but not closed. */
    public static void write(ValidationReport report, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(report, g);
        }
    }

    /** A problem that stopped the load, as a JSON document. */
    public static String fatal(Problem p) {
        StringWriter out = new StringWriter();
        writeFatal(p, out);
        return out.toString();
    }

    /** Streams the document of a problem that stopped the load to {@code out}, which is flushed but not closed. */
    public static void writeFatal(Problem p, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeFatal(p, g);
        }
    }

    /** Streams the document of a problem that stopped the load to {@code out}, which is flushed but not closed. */
    public static void writeFatal(Problem p, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeFatal(p, g);
        }
    }

    /** One problem as a JSON object, masked like the documents (the shape of an element of {@code problems}). */
    public static ObjectNode problem(Problem p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            problem(g, p);
        }
        return (ObjectNode) JSON.readTree(out.toString());
    }

    private static void writeFatal(Problem p, JsonGenerator g) {
        g.writeStartObject();
        string(g, "mode", "stopped");
        g.writeName(Privacy.mask("fatal"));
        problem(g, p);
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void write(ValidationReport report, JsonGenerator g) {
        g.writeStartObject();
        string(g, "mode", report.mode().name().toLowerCase(Locale.ROOT));
        g.writeName(Privacy.mask("summary"));
        g.writeStartObject();
        number(g, "read", report.read());
        number(g, "accepted", report.accepted());
        number(g, "rejected", report.rejected());
        number(g, "errors", report.errorCount());
        number(g, "warnings", report.warningCount());
        g.writeEndObject();
        array(g, "files");
        for (FileAccount f : report.files()) {
            g.writeStartObject();
            location(g, f.location());
            number(g, "read", f.read());
            number(g, "accepted", f.accepted());
            number(g, "rejected", f.rejected());
            g.writeBooleanProperty(Privacy.mask("whole_file_rejected"), f.wholeFileRejected());
            array(g, "rounds");
            for (int round : f.rounds()) {
                g.writeNumber(round);
            }
            g.writeEndArray();
            if (f.template().isPresent()) {
                TemplateInfo t = f.template().get();
                g.writeName(Privacy.mask("template"));
                g.writeStartObject();
                string(g, "sheet_id", t.sheetId());
                string(g, "sheet_version", t.sheetVersion());
                string(g, "language", t.language());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        array(g, "rounds");
        for (ScreeningRound r : report.rounds()) {
            g.writeStartObject();
            number(g, "number", r.number());
            string(g, "date", r.date().map(Object::toString).orElse(null));
            string(g, "last_date", r.lastDate().map(Object::toString).orElse(null));
            number(g, "cases", r.cases());
            g.writeEndObject();
        }
        g.writeEndArray();
        array(g, "problems");
        for (Problem p : report.problems()) {
            problem(g, p);
        }
        g.writeEndArray();
        ProblemIndex index = new ProblemIndex(report.problems());
        array(g, "rejected_rows");
        for (RejectedRow r : report.rejectedRows()) {
            g.writeStartObject();
            location(g, r.location());
            g.writeBooleanProperty(Privacy.mask("rejected_with_file"), r.rejectedWithFile());
            array(g, "problems");
            for (Problem e : r.errors()) {
                g.writeNumber(index.of(e));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void problem(JsonGenerator g, Problem p) {
        g.writeStartObject();
        string(g, "severity", p.severity().name().toLowerCase(Locale.ROOT));
        string(g, "rule", p.rule().name().toLowerCase(Locale.ROOT));
        location(g, p.location());
        string(g, "question", p.question().orElse(null));
        string(g, "value", p.value().orElse(null));
        string(g, "message_da", p.message().da());
        string(g, "message_en", p.message().en());
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Location l) {
        string(g, "file", l.file());
        string(g, "sheet", l.sheet().orElse(null));
        if (l.row() > 0) {
            number(g, "row", l.row());
        } else {
            g.writeNullProperty(Privacy.mask("row"));
        }
        string(g, "column", l.column().orElse(null));
    }

    /** A string property, name and value masked; a null value is written as null. */
    private static void string(JsonGenerator g, String name, String value) {
        g.writeName(Privacy.mask(name));
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(Privacy.mask(value));
        }
    }

    private static void number(JsonGenerator g, String name, long value) {
        g.writeNumberProperty(Privacy.mask(name), value);
    }

    private static void array(JsonGenerator g, String name) {
        g.writeArrayPropertyStart(Privacy.mask(name));
    }

    /**
     * The position of each problem of a rejected row in the report's list. The rows' errors come
     * in the list's order nearly always, so a cursor moving forward finds each one in a single
     * pass over the list without any table; only when one is met out of order is an identity map
     * of all problems built, once.
     */
    private static final class ProblemIndex {

        private final List<Problem> problems;
        private int cursor;
        private Map<Problem, Integer> map;

        ProblemIndex(List<Problem> problems) {
            this.problems = problems;
        }

        int of(Problem p) {
            if (map == null) {
                for (int i = cursor; i < problems.size(); i++) {
                    if (problems.get(i) == p) {
                        cursor = i + 1;
                        return i;
                    }
                }
                map = new IdentityHashMap<>(problems.size());
                for (int i = 0; i < problems.size(); i++) {
                    map.putIfAbsent(problems.get(i), i);
                }
            }
            return map.getOrDefault(p, -1);
        }
    }
}
