package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.browser.HeadlessChromium;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.Rule;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A Danish report is Danish throughout and readable first: loaded in headless Chromium (as
 * {@link HtmlReportBrowserTest} does), the text a reader sees - the page's visible text with every
 * fold opened, every chart's own text (titles, ticks, legends) and the charts' text alternatives -
 * holds no question key or answer code of the sheet, no name of a validation rule, no municipality
 * code and no English method name. Three reports are read: the demo report (internal edition, what
 * {@code casescreen demo} writes), a shared edition on three municipalities with populations, so
 * that the funnel plot and its table are there, and an internal edition from a municipality's own
 * file with mistakes in it, so that the data quality section lists problems. The same pages are
 * checked for chart legends lying over an axis title or the chart title (bounding boxes as Chromium
 * lays them out, at 1200 and at 760 CSS pixels wide). Runs wherever Chromium is, like
 * {@link HtmlReportBrowserTest}: scripts/test installs it.
 */
class ReportDanishTextTest {

    /** English method names and phrases that a Danish text must not show (Danish writes "odds ratio" too). */
    static final List<String> ENGLISH = List.of("rank sum test", "rank-sum test", "Wilcoxon rank", "Mann-Whitney U test",
            "proportional-odds", "chi-squared", "chi-square", "Wilson score", "continuity correction",
            "adjusted for", "odds ratio of", "Monte Carlo", "Fisher's exact", "exact test", "Kruskal-Wallis test",
            "Cochran-Armitage test", "trend test", "logistic regression", "permutation test", "bootstrap interval",
            "confidence interval", "Holm-adjusted", "Benjamini-Hochberg adjusted", "p-value", "not answered", "don't know",
            "Don't know", "Not applicable", "municipality", "municipalities", "Synthetic data", "case number");

    /** Danish words that an answer code of the sheet may also be, and so are not flagged as codes. */
    private static final Set<String> DANISH_WORDS = Set.of("private", "regional");

    /** The width of a narrow window, about that of an A4 page, in CSS pixels. */
    private static final int NARROW = 760;

    @TempDir
    static Path dir;
    private static HeadlessChromium chromium;
    /** Per report: what the reader sees, and the boxes of every chart's legend and titles. */
    private static final Map<String, JsonNode> PAGES = new LinkedHashMap<>();
    private static Set<String> municipalityCodes;

    /** Reads the page: every fold opened, the visible text, the charts' own text and their legend and title boxes. */
    private static final String PROBE = """
            (() => { try {
              document.querySelectorAll('details').forEach(d => d.open = true);
              const box = e => { const r = e.getBoundingClientRect();
                return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: e.textContent}; };
              const charts = Array.from(document.querySelectorAll('svg.casescreen-chart')).map((p, i) => ({
                name: (p.querySelector('title') || {}).textContent || ('chart ' + (i + 1)),
                text: Array.from(p.querySelectorAll('text')).map(t => t.textContent).join(' | '),
                label: (p.getAttribute('aria-labelledby') || '').split(' ').map(id => (document.getElementById(id) || {}).textContent || '').join(' '),
                legend: Array.from(p.querySelectorAll('g.legend')).filter(l => l.getBoundingClientRect().width > 0).map(box),
                titles: Array.from(p.querySelectorAll(':scope > text:not(.banner), g.axes text, g.plot'))
                  .filter(t => t.getBoundingClientRect().width > 0)
                  .map(t => Object.assign(box(t), {kind: t.matches('g.plot') ? 'plot area' : t.closest('g.axes') ? 'axis text' : 'chart title'}))
              }));
              return {text: document.body.innerText, charts: charts,
                      labels: Array.from(document.querySelectorAll('[aria-label], [title]'))
                        .map(e => (e.getAttribute('aria-label') || '') + ' ' + (e.getAttribute('title') || '')).join(' | ')};
              } catch (e) { return {error: String(e) + ' ' + e.stack}; }
            })()""";

    @BeforeAll
    static void readTheDanishReports() throws Exception {
        ReferenceData reference = ReferenceData.builtIn();
        Map<String, Long> counts = reference.cases().records().stream()
                .collect(Collectors.groupingBy(CaseRecord::municipalityCode, Collectors.counting()));
        List<String> largest = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
        Map<String, String> names = reference.populations().stream().map(MunicipalityPopulation::municipality)
                .collect(Collectors.toMap(m -> m.code(), m -> m.name(), (a, b) -> a));
        municipalityCodes = new TreeSet<>(names.keySet());
        municipalityCodes.addAll(counts.keySet());
        AnalysisOptions options = AnalysisOptions.defaults(reference.cases().sheet()).withPopulations(reference.populations());
        // the demo report, as casescreen demo writes it
        String own = largest.getFirst();
        write("demo (intern udgave)", ReportBuilder.build(reference.cases(), reference.load().report(), List.of(own),
                names.get(own), options, Disclosure.internal(), Language.DA));
        // a shared edition on three municipalities, with the funnel plot
        List<String> three = largest.subList(1, 4);
        write("delt udgave, tre kommuner", ReportBuilder.build(reference.cases(), reference.load().report(), three,
                three.stream().map(names::get).collect(Collectors.joining(", ")), options,
                Disclosure.shared(Disclosure.DEFAULT_THRESHOLD), Language.DA));
        // an internal edition from the municipality's own file with mistakes in it, so that the data quality section lists problems
        LoadResult mistaken = Cases.csv(withMistakes(names.get(largest.get(4)))).named("egne-sager.csv").municipalities(reference.municipalities()).load();
        write("intern udgave, egen fil med fejl", ReportBuilder.build(mistaken.cases(), mistaken.report(), List.of(largest.get(4)),
                names.get(largest.get(4)), AnalysisOptions.defaults(reference.cases().sheet()), Disclosure.internal(), Language.DA));

        chromium = HeadlessChromium.start(dir.resolve("profile"));
        int i = 0;
        for (String name : List.copyOf(PAGES.keySet())) {
            chromium.load(dir.resolve("report-" + i++ + ".html").toUri().toString());
            JsonNode probe = chromium.evaluate(PROBE);
            if (probe == null || probe.has("error")) {
                throw new IllegalStateException("the probe failed on " + name + ": " + probe);
            }
            PAGES.put(name, probe);
            // and the charts as a narrow window (or an A4 page) lays them out
            chromium.viewport(NARROW, 1000);
            Thread.sleep(300);
            JsonNode narrow = chromium.evaluate(PROBE);
            chromium.viewport(1200, 1600);
            ((tools.jackson.databind.node.ObjectNode) probe).set("narrow", narrow.get("charts"));
            // what was read, for a look when the test fails: target/report-danish-N.json
            Files.writeString(Path.of("target", "report-danish-" + (i - 1) + ".json"), probe.toPrettyString());
        }
    }

    /**
     * One municipality's cases of the built-in data as its own file, with an answer left blank, an answer that is
     * no option, a cost that is no amount and a column the sheet does not know.
     */
    private static Path withMistakes(String municipality) throws Exception {
        List<String> lines;
        try (var in = ReferenceData.resource("cases.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> out = new ArrayList<>();
        out.add(lines.getFirst() + ";Ekstra");
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith(municipality + ";")) {
                String[] cells = line.split(";", -1);
                switch (out.size()) {
                    case 1 -> cells[3 + 17] = "";        // question 17 not answered
                    case 2 -> cells[3 + 7] = "Måske";    // question 7: no such answer
                    case 3 -> cells[3] = "mange";        // the annual cost is no amount
                    default -> { }
                }
                out.add(String.join(";", cells) + ";x");
            }
        }
        Path file = dir.resolve("egne-sager.csv");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    private static void write(String name, ReportInput input) throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.writeString(dir.resolve("report-" + PAGES.size() + ".html"), HtmlReport.render(input), StandardCharsets.UTF_8);
        PAGES.put(name, null);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Whole-word patterns of everything a Danish reader must not see, each with why. */
    private static Map<Pattern, String> forbidden() {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        Set<String> danish = new LinkedHashSet<>(DANISH_WORDS);
        List<Question> questions = new ArrayList<>(sheet.questions());
        questions.addAll(sheet.retiredQuestions());
        for (Question q : questions) {
            danish.addAll(words(q.text().in(Language.DA)));
            q.help().ifPresent(h -> danish.addAll(words(h.in(Language.DA))));
            for (AnswerOption o : q.options()) {
                danish.addAll(words(o.label().in(Language.DA)));
            }
        }
        Map<Pattern, String> forbidden = new LinkedHashMap<>();
        for (Question q : questions) {
            forbidden.put(word(q.key(), false), "question key");
            for (String code : q.codes()) {
                if (!danish.contains(code.toLowerCase(Locale.ROOT))) {
                    forbidden.putIfAbsent(word(code, false), "answer code");
                }
            }
        }
        for (var field : sheet.fields()) {
            forbidden.put(word(field.key(), false), "field key");
        }
        for (Rule rule : Rule.values()) {
            forbidden.put(word(rule.name().toLowerCase(Locale.ROOT), false), "validation rule");
        }
        for (String code : municipalityCodes) {
            forbidden.put(Pattern.compile("(?<![\\d.,])" + code + "(?![\\d.,])"), "municipality code");
        }
        for (String english : ENGLISH) {
            forbidden.put(word(english, true), "English");
        }
        return forbidden;
    }

    private static Pattern word(String s, boolean ignoreCase) {
        return Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(s) + "(?![\\p{L}\\d_])", ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    private static List<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d_]+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void aDanishReportShowsNoKeyCodeRuleNameMunicipalityCodeOrEnglishMethodName() {
        Map<Pattern, String> forbidden = forbidden();
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : PAGES.entrySet()) {
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("page", page.getValue().get("text").asString());
            texts.put("aria-label/title", page.getValue().get("labels").asString());
            for (JsonNode chart : page.getValue().get("charts")) {
                texts.put("chart '" + chart.get("name").asString() + "'", chart.get("text").asString());
            }
            for (Map.Entry<String, String> text : texts.entrySet()) {
                for (Map.Entry<Pattern, String> f : forbidden.entrySet()) {
                    Matcher m = f.getKey().matcher(text.getValue());
                    while (m.find()) {
                        String s = text.getValue();
                        String context = s.substring(Math.max(0, m.start() - 60), Math.min(s.length(), m.end() + 60)).replace('\n', ' ');
                        found.add(page.getKey() + ", " + text.getKey() + ": " + f.getValue() + " '" + m.group() + "' in \"..." + context + "...\"");
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            fail(found.size() + " keys, codes or English words in the Danish reports:\n" + String.join("\n", found));
        }
    }

    @Test
    void theListsCatchKeysCodesAndEnglishButNotDanish() {
        Map<Pattern, String> forbidden = forbidden();
        for (String leak : List.of("use_of_force", "target_group", "missing_answer", "female", "yes", "no", "dont_know",
                "band_2_5_3_0", "intellectual_disability", "case_number", "Kommune 901", "Wilcoxon rank-sum test",
                "Fisher's exact test", "chi-squared", "adjusted for 11 hypotheses", "proportional-odds model")) {
            assertTrue(forbidden.keySet().stream().anyMatch(p -> p.matcher(leak).find()), "not caught: " + leak);
        }
        for (String danish : List.of("Wilcoxons rangsumtest", "odds ratio på 1,5", "Fishers eksakte test", "Det skyldes de private",
                "Autisme", "Kvinde", "Ja", "Nej", "Ved ikke", "2,5–3,0 mio. kr.", "0,901", "1.901 kr.", "proportional odds-model")) {
            assertTrue(forbidden.keySet().stream().noneMatch(p -> p.matcher(danish).find()), "caught: " + danish);
        }
    }

    @Test
    void noLegendLiesOverAnAxisTitleOrTheChartTitle() {
        List<String> overlaps = new ArrayList<>();
        int charts = 0;
        for (Map.Entry<String, JsonNode> page : PAGES.entrySet()) {
            for (String layout : List.of("charts", "narrow")) {
                String width = layout.equals("charts") ? "" : " (" + NARROW + " px wide)";
                for (JsonNode chart : page.getValue().get(layout)) {
                    charts++;
                    for (JsonNode legend : chart.get("legend")) {
                        for (JsonNode title : chart.get("titles")) {
                            if (intersects(legend, title)) {
                                overlaps.add(page.getKey() + ", chart '" + chart.get("name").asString() + "'" + width + ": the legend "
                                        + rect(legend) + " lies over the " + title.get("kind").asString() + " '" + title.get("text").asString()
                                        + "' " + rect(title));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(charts > 2 * 20, "charts read: " + charts);
        assertEquals(List.of(), overlaps);
    }

    private static boolean intersects(JsonNode a, JsonNode b) {
        return a.get("left").asDouble() < b.get("right").asDouble() && b.get("left").asDouble() < a.get("right").asDouble()
                && a.get("top").asDouble() < b.get("bottom").asDouble() && b.get("top").asDouble() < a.get("bottom").asDouble();
    }

    private static String rect(JsonNode r) {
        return String.format(Locale.ROOT, "[%.0f,%.0f - %.0f,%.0f]", r.get("left").asDouble(), r.get("top").asDouble(),
                r.get("right").asDouble(), r.get("bottom").asDouble());
    }
}
