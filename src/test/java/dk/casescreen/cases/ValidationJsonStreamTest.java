package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.CprForms;
import dk.casescreen.Privacy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streamed JSON report: the document's shape and key order, every problem and rejected row of
 * a real load with its fields and the right problem indices, the same bytes through every entry
 * point, and a CPR number masked wherever it stands.
 */
class ValidationJsonStreamTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ValidationReport load(LoadMode mode) {
        // two files: row errors, warnings, and case numbers duplicated across the files
        return Cases.files(List.of(Path.of("examples/syntetisk-med-fejl.csv"), Path.of("examples/syntetisk-eksempel.csv")))
                .mode(mode).load().report();
    }

    private static String streamed(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValidationJson.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> keys(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private static String text(Optional<String> s) {
        return s.orElse(null);
    }

    private static String textOf(JsonNode node) {
        return node.isNull() ? null : node.asString();
    }

    @ParameterizedTest
    @EnumSource(LoadMode.class)
    void streamedDocumentCarriesEveryProblemAndRejectedRowOfARealLoad(LoadMode mode) {
        ValidationReport report = load(mode);
        assertTrue(report.errorCount() > 0 && report.warningCount() > 0 && !report.rejectedRows().isEmpty());
        String document = streamed(report);
        assertEquals(ValidationJson.render(report), document);
        assertTrue(document.endsWith("}\n"));
        JsonNode json = JSON.readTree(document);
        assertEquals(List.of("mode", "summary", "files", "rounds", "problems", "rejected_rows"), keys(json));
        assertEquals(mode.name().toLowerCase(Locale.ROOT), json.get("mode").asString());
        JsonNode summary = json.get("summary");
        assertEquals(List.of("read", "accepted", "rejected", "errors", "warnings"), keys(summary));
        assertEquals(report.read(), summary.get("read").asLong());
        assertEquals(report.accepted(), summary.get("accepted").asLong());
        assertEquals(report.rejected(), summary.get("rejected").asLong());
        assertEquals(report.errorCount(), summary.get("errors").asLong());
        assertEquals(report.warningCount(), summary.get("warnings").asLong());
        assertEquals(report.files().size(), json.get("files").size());
        for (int i = 0; i < report.files().size(); i++) {
            FileAccount f = report.files().get(i);
            JsonNode node = json.get("files").get(i);
            assertEquals(List.of("file", "sheet", "row", "column", "read", "accepted", "rejected", "whole_file_rejected", "rounds"), keys(node));
            assertEquals(f.location().file(), node.get("file").asString());
            assertEquals(f.read(), node.get("read").asLong());
            assertEquals(f.rejected(), node.get("rejected").asLong());
            assertEquals(f.wholeFileRejected(), node.get("whole_file_rejected").asBoolean());
            assertEquals(f.rounds().size(), node.get("rounds").size());
        }
        assertEquals(report.rounds().size(), json.get("rounds").size());
        assertEquals(report.problems().size(), json.get("problems").size());
        for (int i = 0; i < report.problems().size(); i++) {
            Problem p = report.problems().get(i);
            JsonNode node = json.get("problems").get(i);
            assertEquals(List.of("severity", "rule", "file", "sheet", "row", "column", "question", "value", "message_da", "message_en"),
                    keys(node));
            assertEquals(p.severity().name().toLowerCase(Locale.ROOT), node.get("severity").asString());
            assertEquals(p.rule().name().toLowerCase(Locale.ROOT), node.get("rule").asString());
            assertEquals(p.location().file(), node.get("file").asString());
            assertEquals(p.location().row(), node.get("row").isNull() ? 0 : node.get("row").asLong());
            assertEquals(text(p.location().column()), textOf(node.get("column")));
            assertEquals(text(p.question()), textOf(node.get("question")));
            assertEquals(text(p.value()), textOf(node.get("value")));
            assertEquals(p.message().da(), node.get("message_da").asString());
            assertEquals(p.message().en(), node.get("message_en").asString());
        }
        assertEquals(report.rejectedRows().size(), json.get("rejected_rows").size());
        for (int i = 0; i < report.rejectedRows().size(); i++) {
            RejectedRow r = report.rejectedRows().get(i);
            JsonNode node = json.get("rejected_rows").get(i);
            assertEquals(List.of("file", "sheet", "row", "column", "rejected_with_file", "problems"), keys(node));
            assertEquals(r.location().row(), node.get("row").asLong());
            assertEquals(r.rejectedWithFile(), node.get("rejected_with_file").asBoolean());
            assertEquals(r.errors().size(), node.get("problems").size());
            for (int j = 0; j < r.errors().size(); j++) {
                assertSame(r.errors().get(j), report.problems().get(node.get("problems").get(j).asInt()));
            }
        }
    }

    @Test
    void problemIndicesAreRightWhenRowsNameTheirErrorsOutOfOrder() {
        Location file = Location.ofFile("a.csv");
        List<Problem> problems = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (int row = 2; row < 12; row++) {
            problems.add(Rule.MISSING_CASE_NUMBER.problem(file.atRow(row).atColumn("2"), null, null));
        }
        for (int i = problems.size() - 1; i >= 0; i--) {
            rejected.add(new RejectedRow(problems.get(i).location().atRow(problems.get(i).location().row()), List.of(problems.get(i)), false));
        }
        Problem stray = Rule.MISSING_MUNICIPALITY.problem(file.atRow(20).atColumn("1"), null, null);
        rejected.add(new RejectedRow(file.atRow(20), List.of(stray), false));
        ValidationReport report = new ValidationReport(LoadMode.LENIENT,
                List.of(new FileAccount(file, 11, 0, 11, false, Optional.empty())), problems, rejected);
        JsonNode rows = JSON.readTree(streamed(report)).get("rejected_rows");
        for (int i = 0; i < 10; i++) {
            assertEquals(9 - i, rows.get(i).get("problems").get(0).asInt());
        }
        assertEquals(-1, rows.get(10).get("problems").get(0).asInt(), "an error not among the problems");
    }

    @Test
    void theStreamIsFlushedButNotClosed() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ValidationJson.write(load(LoadMode.LENIENT), out);
        ValidationJson.writeFatal(Rule.NO_HEADER.problem(Location.ofFile("x.csv"), null, null, 30), out);
        assertFalse(closed[0]);
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("\"mode\" : \"stopped\",\n  \"fatal\" : {\n" + "    \"severity\" : \"error\",\n"
                + "    \"rule\" : \"no_header\",\n    \"file\" : \"x.csv\",\n    \"sheet\" : null,\n    \"row\" : null,\n"
                + "    \"column\" : null,\n    \"question\" : null,\n    \"value\" : null,\n"
                + "    \"message_da\" : \"ingen overskriftsrække med kommune og sag nr. blandt de første 30 rækker\",\n"
                + "    \"message_en\" : \"no heading row with municipality and case number among the first 30 rows\"\n  }\n}\n"));
    }

    static Stream<String> forms() {
        return CprForms.all().stream();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aCprNumberInFileSheetColumnQuestionValueAndMessageIsMaskedInTheStream(String cpr) {
        Location file = new Location("sager " + cpr + ".xlsx", Optional.of("ark " + cpr), 0, Optional.empty());
        Problem problem = Rule.UNKNOWN_ANSWER.problem(file.atRow(3).atColumn(cpr), "q17 " + cpr, "note " + cpr, "note " + cpr, "Ja, Nej");
        ValidationReport report = new ValidationReport(LoadMode.LENIENT, List.of(new FileAccount(file, 1, 0, 1, false, Optional.empty())),
                List.of(problem), List.of(new RejectedRow(file.atRow(3), List.of(problem), false)));
        ByteArrayOutputStream fatal = new ByteArrayOutputStream();
        ValidationJson.writeFatal(problem, fatal);
        for (String document : List.of(streamed(report), fatal.toString(StandardCharsets.UTF_8))) {
            assertFalse(document.contains(cpr), document);
            assertFalse(document.contains(cpr.replaceAll("[^0-9]", "")), document);
            CprForms.giveaways().forEach(digits -> assertFalse(document.contains(digits), document));
            JsonNode node = JSON.readTree(document);
            JsonNode p = node.has("fatal") ? node.get("fatal") : node.get("problems").get(0);
            assertEquals("sager " + Privacy.MASK + ".xlsx", p.get("file").asString());
            assertEquals("ark " + Privacy.MASK, p.get("sheet").asString());
            assertEquals(Privacy.MASK, p.get("column").asString());
            assertEquals("q17 " + Privacy.MASK, p.get("question").asString());
            assertEquals("note " + Privacy.MASK, p.get("value").asString());
            assertTrue(p.get("message_en").asString().startsWith("'note " + Privacy.MASK + "'"), p.toString());
        }
    }
}
