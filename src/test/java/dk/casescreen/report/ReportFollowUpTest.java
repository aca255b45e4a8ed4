package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.ScreeningRound;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.Datum;
import dk.casescreen.followup.FollowUp;
import dk.casescreen.followup.RoundComparison;
import dk.casescreen.followup.Transition;
import dk.casescreen.reference.synth.RoundOptions;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report on two synthetic screening rounds: the snapshot is the latest round, and the section
 * "Udvikling siden sidste screening" shows the follow-up's numbers; a report on one round has no such section.
 */
class ReportFollowUpTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final List<String> OWN = List.of("901", "902");

    @TempDir
    static Path dir;
    private static LoadResult loaded;
    private static LoadResult firstOnly;

    @BeforeAll
    static void rounds() throws Exception {
        RoundOptions options = RoundOptions.defaults().withRounds(2).withIntervalMonths(12);
        List<SyntheticDataSet> rounds = new SyntheticGenerator(SHEET).generateRounds(
                SyntheticOptions.defaults().withSeed(5).withCases(300).withMunicipalities(6), options);
        List<Path> folders = SyntheticFiles.writeRounds(rounds, options, SHEET, dir);
        loaded = Cases.files(folders).municipalities(rounds.getLast().municipalities()).load();
        firstOnly = Cases.files(folders.subList(0, 1)).municipalities(rounds.getFirst().municipalities()).load();
    }

    private static ReportDocument document(LoadResult load, Disclosure disclosure) {
        ReportInput in = ReportBuilder.build(load.cases(), load.report(), OWN, "Test", AnalysisOptions.defaults(SHEET), disclosure, Language.DA);
        return ReportDocument.prepare(in);
    }

    /** The follow-up computed here, independently of the report: the own cases by dated round. */
    private static RoundComparison expected() {
        CaseTable own = loaded.cases().filter(r -> OWN.contains(r.municipalityCode()));
        List<CaseTable> rounds = loaded.cases().rounds().stream().filter(ScreeningRound::isDated).map(own::inRound).toList();
        return FollowUp.of(rounds).comparisons().getLast();
    }

    private static long count(String html, String cell) {
        Matcher m = Pattern.compile("data-cell=\"" + Pattern.quote(Html.esc(cell)) + "\" data-count=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), "no shown count " + cell);
        return Long.parseLong(m.group(1));
    }

    private static String section(String html) {
        int start = html.indexOf("<section id=\"udvikling\">");
        assertTrue(start >= 0, "no follow-up section");
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void theDanishSectionShowsTheFollowUpsCounts() {
        String html = document(loaded, Disclosure.internal()).html();
        RoundComparison c = expected();
        assertTrue(c.linked() > 0 && c.onlyFirst().count() > 0 && c.onlySecond() > 0, "the synthetic rounds should link, end and add citizens");
        String s = section(html);
        assertTrue(s.contains("<h2>Udvikling siden sidste screening</h2>"));
        assertEquals(c.linked(), count(s, "Udvikling: borgere | Screenet i begge runder | Borgere"));
        assertEquals(c.onlyFirst().count(), count(s, "Udvikling: borgere | Kun i den tidligere runde | Borgere"));
        assertEquals(c.onlySecond(), count(s, "Udvikling: borgere | Kun i den seneste runde | Borgere"));
        assertEquals(c.bandChange().dearer().count(), count(s, "Udvikling: dyrere, samme, billigere | dyrere | Borgere"));
        assertEquals(c.bandChange().cheaper().count(), count(s, "Udvikling: dyrere, samme, billigere | billigere | Borgere"));
        assertFalse(Pattern.compile("(?<![\\d.,])0 (sager|borgere)").matcher(s).find(), "'0 sager' or '0 borgere' in a non-empty comparison");
        assertTrue(s.contains("Wilcoxons parrede rangtest"), "the band test in words");
        assertTrue(s.contains("dyrere"), "dearer in words");
        assertFalse(s.contains("p = –"), "a test without a p-value written as p = –");
    }

    @Test
    void theFlowChartDrawsTheTransitionCounts() {
        ReportDocument d = document(loaded, Disclosure.internal());
        ReportContext ctx = d.context();
        FollowUpCells.Numbers n = FollowUpCells.of(d.input(), ctx).orElseThrow();
        Chart chart = FollowUpSection.flowChart(d.input(), ctx, n);
        RoundComparison c = expected();
        int k = n.bands().size();
        assertEquals(k, chart.series().size());
        long total = 0;
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < k; i++) {
                String from = n.bands().get(i);
                String to = n.bands().get(j);
                long want = c.transitions().stream().filter(t -> t.from().equals(from) && t.to().equals(to)).mapToLong(Transition::count)
                        .findFirst().orElseThrow();
                Datum datum = chart.series().get(j).data().get(i);
                assertEquals(want, datum.y(), 0.0, from + " -> " + to);
                total += want;
            }
        }
        assertEquals(c.bandChange().n(), total);
        assertTrue(d.html().contains("id=\"udvikling-udgiftsinterval\""), "the flow chart is in the report");
        // a band no linked citizen was in, in either round (here the comparison band below 2 mio. kr.), is left out
        for (String band : n.bands()) {
            assertTrue(c.transitions().stream().anyMatch(t -> t.count() > 0 && (t.from().equals(band) || t.to().equals(band))), band);
        }
        assertFalse(n.bands().contains("band_under_2_0"), n.bands().toString());
        assertFalse(chart.textAlternative().contains(" 0 nu i "), chart.textAlternative());
    }

    @Test
    void theSnapshotIsTheLatestRound() {
        ReportDocument d = document(loaded, Disclosure.internal());
        List<ScreeningRound> dated = loaded.cases().rounds().stream().filter(ScreeningRound::isDated).toList();
        assertEquals(2, dated.size());
        CaseTable latest = loaded.cases().inRound(dated.getLast());
        assertTrue(latest.size() < loaded.cases().size());
        assertEquals(latest.size(), d.input().cases().size());
        long ownLatest = latest.records().stream().filter(r -> OWN.contains(r.municipalityCode())).count();
        assertEquals(ownLatest, d.input().own().cases());
        assertTrue(section(d.html().replace("id=\"resume\"", "id=\"udvikling\"")).contains("Rapporten bygger på den seneste screeningsrunde ("),
                "the summary says which round it describes");
    }

    @Test
    void aReportOnOneRoundHasNoFollowUp() {
        ReportDocument d = document(firstOnly, Disclosure.internal());
        assertTrue(d.input().followUp().isEmpty());
        assertEquals(firstOnly.cases().size(), d.input().cases().size());
        assertFalse(d.html().contains("id=\"udvikling\""));
        assertFalse(d.html().contains("Udvikling siden sidste screening"));
        assertFalse(d.html().contains("seneste screeningsrunde"));
    }
}
