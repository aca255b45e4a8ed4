package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text report summarises more than 1,000 problems of one rule in one column, and more than
 * 1,000 rejected rows of one file, on one line each; below that they are listed one by one; the
 * JSON report keeps every one of them.
 */
class ValidationTextSummaryTest {

    private static final Location FILE = new Location("kommune.csv", Optional.empty(), 0, Optional.empty());

    /** {@code n} errors of one rule in column 20, rows 2, 3, ..., each value different; each row rejected. */
    private static ValidationReport unknownAnswers(int n) {
        List<Problem> problems = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long row = i + 2;
            Problem p = Rule.UNKNOWN_ANSWER.problem(FILE.atRow(row).atColumn("20"), "q17 conviction", "jaa" + i, "jaa" + i, "Ja, Nej");
            problems.add(p);
            rejected.add(new RejectedRow(FILE.atRow(row), List.of(p), false));
        }
        return new ValidationReport(LoadMode.LENIENT, List.of(new FileAccount(FILE, n, 0, n, false, Optional.empty())),
                problems, rejected);
    }

    private static List<String> section(String text, String heading) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(heading + " (")) {
                start = i + 1;
                break;
            }
        }
        assertTrue(start > 0, "no section " + heading + " in\n" + text);
        List<String> section = new ArrayList<>();
        for (int i = start; i < lines.size() && lines.get(i).startsWith("  "); i++) {
            section.add(lines.get(i));
        }
        return section;
    }

    @Test
    void fifteenHundredErrorsOfOneRuleInOneColumnAreOneSummaryLineWithCountAndFirstRows() {
        ValidationReport report = unknownAnswers(1500);
        String da = ValidationText.render(report, Language.DA);
        List<String> errors = section(da, "Fejl");
        assertEquals(1, errors.size(), da);
        String line = errors.getFirst();
        assertTrue(line.startsWith("  kommune.csv, kolonne 20 (spørgsmål 17): 1500 fejl af samme slags "
                + "i rækkerne 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 og 1488 flere; den første: 'jaa0' er ikke et af svarene: Ja, Nej; "
                + "værdier: 'jaa0', 'jaa1', 'jaa2' med flere"), line);
        assertTrue(line.endsWith("(JSON-rapporten har dem alle, med reglen unknown_answer)"), line);
        assertTrue(da.contains("Fejl (1500)"), da);
        List<String> en = section(ValidationText.render(report, Language.EN), "Errors");
        assertEquals(1, en.size());
        assertTrue(en.getFirst().contains("column 20 (q17 conviction): 1500 errors of one kind in rows 2, 3, 4"),
                en.getFirst());
        assertTrue(en.getFirst().contains("and 1488 more; the first: 'jaa0' is not one of Ja, Nej; values: 'jaa0', 'jaa1', 'jaa2' and more"),
                en.getFirst());
    }

    @Test
    void nineHundredNinetyNineErrorsAreListedOneByOne() {
        ValidationReport report = unknownAnswers(999);
        List<String> errors = section(ValidationText.render(report, Language.DA), "Fejl");
        assertEquals(999, errors.size());
        for (int i = 0; i < errors.size(); i++) {
            assertEquals("  " + report.problems().get(i).describe(Language.DA), errors.get(i));
        }
    }

    @Test
    void thresholdIsOneThousandProblemsSharingRuleAndColumn() {
        assertEquals(1000, section(ValidationText.render(unknownAnswers(1000), Language.EN), "Errors").size());
        assertEquals(1, section(ValidationText.render(unknownAnswers(1001), Language.EN), "Errors").size());
    }

    @Test
    void moreThanOneThousandRejectedRowsOfOneFileAreOneSummaryLine() {
        String da = ValidationText.render(unknownAnswers(1500), Language.DA);
        assertEquals(List.of("  kommune.csv: 1500 afviste rækker: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 og 1488 flere (1500 med egne fejl)"),
                section(da, "Afviste rækker"));
        assertEquals(List.of("  kommune.csv: 1500 rejected rows: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 1488 more (1500 with errors of their own)"),
                section(ValidationText.render(unknownAnswers(1500), Language.EN), "Rejected rows"));
        assertEquals(999, section(ValidationText.render(unknownAnswers(999), Language.DA), "Afviste rækker").size());
    }

    @Test
    void rejectedRowsOfAnotherFileBelowTheThresholdStayOneByOne() {
        ValidationReport big = unknownAnswers(1200);
        Location other = Location.ofFile("anden.csv");
        Problem p = Rule.MISSING_CASE_NUMBER.problem(other.atRow(5).atColumn("2"), null, null);
        List<Problem> problems = new ArrayList<>(big.problems());
        problems.add(p);
        List<RejectedRow> rejected = new ArrayList<>(big.rejectedRows());
        rejected.add(new RejectedRow(other.atRow(5), List.of(p), false));
        rejected.add(new RejectedRow(other.atRow(6), List.of(), true));
        List<FileAccount> files = new ArrayList<>(big.files());
        files.add(new FileAccount(other, 2, 0, 2, true, Optional.empty()));
        String en = ValidationText.render(new ValidationReport(LoadMode.STRICT, files, problems, rejected), Language.EN);
        assertEquals(List.of("  kommune.csv: 1200 rejected rows: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 1188 more (1200 with errors of their own)",
                "  anden.csv, row 5: 1 error", "  anden.csv, row 6: rejected with its file"), section(en, "Rejected rows"));
        assertEquals(2, section(en, "Errors").size(), en);
    }

    @Test
    void manyWarningsWithDifferentMessagesInOneColumnAreSummarised() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            problems.add(Rule.COST_OUTSIDE_BAND.problem(FILE.atRow(i + 2).atColumn("4"), null, Integer.toString(100_000 + i),
                    Integer.toString(100_000 + i), "2,0–2,5 mio. kr.", "q3"));
        }
        ValidationReport report = new ValidationReport(LoadMode.LENIENT,
                List.of(new FileAccount(FILE, 1001, 1001, 0, false, Optional.empty())), problems, List.of());
        List<String> warnings = section(ValidationText.render(report, Language.DA), "Advarsler");
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.getFirst().contains("1001 advarsler af samme slags i rækkerne"), warnings.getFirst());
    }

    @Test
    void warningsWithTheSameMessageStayGatheredWithTheirRowsAboveTheThreshold() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 14997; i++) {
            problems.add(Rule.MISSING_ANSWER.problem(FILE.atRow(i + 3).atColumn("26"), "q23 day_offer", null));
        }
        ValidationReport report = new ValidationReport(LoadMode.LENIENT,
                List.of(new FileAccount(FILE, 14997, 14997, 0, false, Optional.empty())), problems, List.of());
        assertEquals(List.of("  kommune.csv, kolonne 26 (spørgsmål 23): ikke besvaret i 14997 rækker: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 og 14985 flere"),
                section(ValidationText.render(report, Language.DA), "Advarsler"));
    }

    @Test
    void summarisedValuesAreShortenedAfterMaskingSoACprNumberAtTheCutIsMasked() {
        List<Problem> problems = new ArrayList<>();
        String longValue = "x".repeat(25) + "010190-1234";
        for (int i = 0; i < 1001; i++) {
            String value = i == 0 ? longValue : "v" + i;
            problems.add(Rule.INVALID_DATE.problem(FILE.atRow(i + 2).atColumn("3"), null, value, value));
        }
        ValidationReport report = new ValidationReport(LoadMode.LENIENT,
                List.of(new FileAccount(FILE, 1001, 0, 1001, false, Optional.empty())), problems, List.of());
        for (Language language : Language.values()) {
            String text = ValidationText.render(report, language);
            assertFalse(text.contains("010190"), text);
            assertFalse(text.contains("1234"), text);
            assertTrue(text.contains("'" + "x".repeat(25) + "XXXXX…'"), text);
        }
    }

    @Test
    void jsonKeepsEveryOneOfFifteenHundredErrorsAndRejectedRows() {
        ValidationReport report = unknownAnswers(1500);
        JsonNode json = JsonMapper.builder().build().readTree(ValidationJson.render(report));
        assertEquals(1500, json.get("problems").size());
        assertEquals(1500, json.get("rejected_rows").size());
        assertEquals(1500, json.get("summary").get("errors").asInt());
        for (int i = 0; i < 1500; i++) {
            JsonNode problem = json.get("problems").get(i);
            assertEquals("jaa" + i, problem.get("value").asString());
            assertEquals(i + 2, problem.get("row").asInt());
            JsonNode row = json.get("rejected_rows").get(i);
            assertEquals(i + 2, row.get("row").asInt());
            assertEquals(1, row.get("problems").size());
            assertSame(report.problems().get(row.get("problems").get(0).asInt()), report.rejectedRows().get(i).errors().getFirst());
        }
    }
}
