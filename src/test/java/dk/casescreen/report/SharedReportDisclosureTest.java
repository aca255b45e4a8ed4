package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.reference.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shared edition leaks no cell under the threshold and no case number; the internal edition shows them. */
class SharedReportDisclosureTest {

    private static final ReferenceData REFERENCE = ReferenceData.builtIn();
    private static final Pattern COUNT = Pattern.compile("data-count=\"(\\d+)\"");
    private static final Pattern N = Pattern.compile("data-n=\"(\\d+)\"");
    private static final Pattern FIGURE = Pattern.compile("var f=(\\{.*?\\});Plotly\\.newPlot");

    /** The three municipalities with the fewest cases: many small cells. */
    private static List<String> smallMunicipalities() {
        Map<String, Long> counts = REFERENCE.cases().records().stream()
                .collect(Collectors.groupingBy(CaseRecord::municipalityCode, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList();
    }

    private static ReportInput input(List<String> own, Disclosure disclosure) {
        return ReportBuilder.build(REFERENCE.cases(), REFERENCE.load().report(), own, "test",
                AnalysisOptions.defaults(REFERENCE.cases().sheet()).withPopulations(REFERENCE.populations()), disclosure, Language.DA);
    }

    private static String withoutPlotly(String html) {
        return html.replace(PlotlyBundle.source(), "");
    }

    @Test
    void sharedEditionShowsNoCaseNumberAndNoCountFromOneToFour() {
        int threshold = Disclosure.DEFAULT_THRESHOLD;
        ReportInput in = input(smallMunicipalities(), Disclosure.shared(threshold));
        String html = withoutPlotly(HtmlReport.render(in));
        for (CaseRecord r : REFERENCE.cases().records()) {
            assertFalse(html.contains(r.caseNumber()), "case number " + r.caseNumber() + " in the shared edition");
        }
        Matcher counts = COUNT.matcher(html);
        int seen = 0;
        while (counts.find()) {
            long c = Long.parseLong(counts.group(1));
            assertTrue(c == 0 || c >= threshold, "a count of " + c + " is shown");
            seen++;
        }
        assertTrue(seen > 20, "counts were checked: " + seen);
        Matcher ns = N.matcher(html);
        while (ns.find()) {
            assertTrue(Long.parseLong(ns.group(1)) >= threshold, "a share of " + ns.group(1) + " persons is shown");
        }
        assertTrue(html.contains("&lt;5"), "small cells are suppressed");
        checkText(html);
        checkCharts(in, html, threshold);
    }

    /** Counts written in running text: "3 sager", "besvaret 2", "(3/40)", "ikke besvaret 1". */
    private static final Pattern SMALL_IN_TEXT = Pattern.compile(
            "(?<![\\d.,])[1-4] (sager|eksponerede)|(besvaret|relevant|godkendt \\+|læst =) [1-4](?![\\d,])|\\([1-4]/\\d|/[1-4]\\)|(?<![\\d.,])[1-4] læst");

    private static void checkText(String html) {
        String text = html.replaceAll("<script>.*?</script>", " ").replaceAll("<[^>]+>", " ");
        Matcher m = SMALL_IN_TEXT.matcher(text);
        assertFalse(m.find(), () -> "a small count in the text: '" + m.group() + "' in ..."
                + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 40)));
    }

    private static void checkCharts(ReportInput in, String html, int threshold) {
        Disclosure d = Disclosure.shared(threshold);
        Matcher m = FIGURE.matcher(html);
        int figures = 0;
        while (m.find()) {
            figures++;
            JsonNode figure = JsonMapper.builder().build().readTree(m.group(1));
            String title = figure.get("layout").get("title").get("text").asString();
            JsonNode data = figure.get("data");
            if (title.matches("\\d+\\. .*")) {
                int number = Integer.parseInt(title.substring(0, title.indexOf('.')));
                QuestionProfile own = in.own().profile().questions().get(number - 1);
                QuestionProfile ref = in.reference().profile().questions().get(number - 1);
                checkBars(data.get(0).get("x"), own.answers(), d, title);
                checkBars(data.get(1).get("x"), ref.answers(), d, title);
            } else if (title.matches("H\\d+: .*")) {
                HypothesisResult h = in.own().hypothesis(title.substring(0, title.indexOf(':'))).orElseThrow();
                checkBands(data.get(0).get("y"), h.bandCounts().exposed(), d, title);
                checkBands(data.get(1).get("y"), h.bandCounts().unexposed(), d, title);
            } else {
                List<Long> smallPopulations = new ArrayList<>();
                for (FunnelPoint p : in.funnel().orElseThrow().points()) {
                    if (d.suppress(p.cases())) {
                        smallPopulations.add(p.population());
                    }
                }
                for (JsonNode trace : data) {
                    if (trace.path("mode").asString("").contains("markers")) {
                        trace.get("x").forEach(x -> assertFalse(smallPopulations.contains(x.asLong()),
                                "a municipality with fewer than " + threshold + " cases is plotted"));
                    }
                }
            }
        }
        assertTrue(figures > 15, "charts checked: " + figures);
    }

    private static void checkBars(JsonNode values, List<AnswerShare> shares, Disclosure d, String title) {
        for (int i = 0; i < shares.size(); i++) {
            if (d.suppressShare(shares.get(i).count(), shares.get(i).n())) {
                assertTrue(values.get(i).isNull(), title + ": bar " + i + " rests on a small count but is drawn");
            }
        }
    }

    private static void checkBands(JsonNode values, long[] counts, Disclosure d, String title) {
        long total = java.util.Arrays.stream(counts).sum();
        for (int i = 0; i < counts.length; i++) {
            if (d.suppressShare(counts[i], total)) {
                assertTrue(values.get(i).isNull(), title + ": band " + i + " rests on a small count but is drawn");
            }
        }
    }

    @Test
    void internalEditionListsTheOwnCaseNumbers() {
        List<String> own = List.of(smallMunicipalities().getLast());
        String html = withoutPlotly(HtmlReport.render(input(own, Disclosure.internal())));
        long listed = REFERENCE.cases().records().stream().filter(r -> r.municipalityCode().equals(own.getFirst()))
                .filter(r -> html.contains("<td class=\"case-number\">" + r.caseNumber() + "</td>")).count();
        assertTrue(listed > 0, "own case numbers with opportunities are listed");
        assertFalse(html.contains("&lt;5"), "nothing is suppressed internally");
    }

    @Test
    void theThresholdCanBeRaisedButNotBelowThree() {
        String html = withoutPlotly(HtmlReport.render(input(smallMunicipalities(), Disclosure.shared(10))));
        Matcher counts = COUNT.matcher(html);
        while (counts.find()) {
            long c = Long.parseLong(counts.group(1));
            assertTrue(c == 0 || c >= 10, "a count of " + c + " is shown");
        }
        assertTrue(html.contains("&lt;10"));
        assertEquals(3, Disclosure.shared(3).threshold());
    }
}
