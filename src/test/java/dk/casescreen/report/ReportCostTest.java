package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.NumberFormats;
import dk.casescreen.analysis.CostAnalysis;
import dk.casescreen.analysis.CostSummary;
import dk.casescreen.analysis.HypothesisEngine;
import dk.casescreen.analysis.MunicipalityCost;
import dk.casescreen.analysis.OpportunityCost;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.Datum;
import dk.casescreen.stats.Concentration;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo report's "Hvad koster de?" (the built-in SYNTHETIC data, costs for about 70 % of the cases,
 * internal edition): the section states the numbers of {@code Analysis.cost()}, its total is the exact
 * sum over the input rows, the share missing is stated, no non-empty group reads "0 kr.", the charts draw
 * the analysis's numbers, and the money per opportunity is never called a saving.
 */
class ReportCostTest {

    private static final Pattern MONEY = Pattern.compile("data-money=\"(\\w+)\" data-money-cell=\"([^\"]*)\" data-kr=\"([^\"]*)\"");
    private static final NumberFormats F = new NumberFormats(Language.DA);

    private static ReportInput in;
    private static ReportDocument doc;
    private static String section;
    private static Map<String, String> money;

    @BeforeAll
    static void renderTheDemoReport() {
        in = DemoReports.input(Language.DA, false);
        doc = ReportDocument.prepare(in);
        String html = doc.html();
        int start = html.indexOf("<section id=\"udgift\">");
        assertTrue(start > 0, "no section 'udgift'");
        section = html.substring(start, html.indexOf("</section>", start));
        money = new HashMap<>();
        Matcher m = MONEY.matcher(section);
        while (m.find()) {
            money.put(m.group(1) + " @ " + m.group(2).replace("&amp;", "&"), m.group(3));
        }
    }

    private static CostAnalysis cost() {
        return in.own().cost();
    }

    /** The exact sum of the annual costs of the own screened cases, read from the input rows. */
    private static BigDecimal sumOverInputRows() {
        CaseTable cases = in.cases();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < cases.size(); i++) {
            if (in.municipalities().contains(cases.municipalityCode(i))
                    && !HypothesisEngine.BELOW_TWO_MIO.equals(cases.column(HypothesisEngine.OUTCOME).code(i))) {
                sum = sum.add(cases.annualCost(i).orElse(BigDecimal.ZERO));
            }
        }
        return sum;
    }

    @Test
    void theSectionFollowsWhoTheyAreAndHasItsTitle() {
        String html = doc.html();
        assertTrue(html.indexOf("id=\"hvem\"") < html.indexOf("id=\"udgift\"") && html.indexOf("id=\"udgift\"") < html.indexOf("id=\"hvorfor\""));
        assertTrue(section.contains("<h2>Hvad koster de?</h2>"), section.substring(0, 200));
        assertTrue(section.contains("SYNTETISKE DATA"), "no synthetic label");
    }

    @Test
    void theTotalIsTheExactSumOverTheInputRowsAndIsStated() {
        BigDecimal exact = sumOverInputRows();
        assertTrue(exact.signum() > 0, "the demo's own cases have no cost");
        assertEquals(0, exact.compareTo(cost().overall().total()), "the analysis's total");
        String key = "total @ " + CostCells.table(doc.context()) + " | Med udgift | Sager";
        assertEquals(0, exact.compareTo(new BigDecimal(money.get(key))), "the report's exact total");
        assertTrue(section.contains(F.decimal(exact.doubleValue() / 1e6, 2) + " mio. kr."), "the total in words");
    }

    @Test
    void theLeadStatesCountMeanMedianAndTheShareMissing() {
        CostSummary all = cost().overall();
        assertTrue(all.missing() > 0 && all.count() > 0, "the demo should have cases with and without a cost");
        String lead = section.substring(section.indexOf("<p class=\"cost-lead\">"), section.indexOf("</p>", section.indexOf("cost-lead")));
        assertTrue(lead.contains("angivet i " + F.integer(all.count()) + " af"), lead);
        assertTrue(lead.contains("mangler i " + F.integer(all.missing()) + " (" + F.percent((double) all.missing() / all.cases()) + " mangler)"), lead);
        assertTrue(lead.contains(CostSection.kr(doc.context(), all.mean())), lead);
        assertTrue(lead.contains("medianen er " + CostSection.kr(doc.context(), all.median())), lead);
        assertTrue(lead.contains(CostSection.kr(doc.context(), all.q1()) + " og " + CostSection.kr(doc.context(), all.q3())), lead);
    }

    @Test
    void everyAnswerGroupShownHasTheAnalysissTotalAndMean() {
        int checked = 0;
        for (String key : CostCells.SHOWN_QUESTIONS) {
            String table = CostCells.table(doc.context(), doc.context().question(key));
            var q = in.cases().sheet().require(key);
            List<CostSummary> summaries = cost().byAnswer(key);
            for (int i = 0; i < summaries.size(); i++) {
                String cell = table + " | " + q.options().get(i).label().da() + " | Sager med udgift";
                CostSummary s = summaries.get(i);
                if (s.count() > 0) {
                    assertEquals(0, s.total().compareTo(new BigDecimal(money.get("total @ " + cell))), cell);
                    assertEquals(s.mean(), Double.parseDouble(money.get("mean @ " + cell)), 1e-9 * s.mean(), cell);
                    checked++;
                } else {
                    assertFalse(money.containsKey("total @ " + cell), cell + " has no cost but shows a total");
                }
            }
        }
        assertTrue(checked >= 8, "only " + checked + " groups checked");
    }

    @Test
    void noGroupWithCasesReadsZeroKroner() {
        assertFalse(Pattern.compile("(?<![\\d.,])0 kr\\.").matcher(section).find(), "a group reads 0 kr.");
    }

    @Test
    void theMoneyPerOpportunityIsTheAnalysissSumAndNeverASaving() {
        assertFalse(section.toLowerCase(java.util.Locale.ROOT).contains("besparelse"));
        assertFalse(section.toLowerCase(java.util.Locale.ROOT).contains("spare ") && !section.contains("kan spare: det siger"));
        assertTrue(section.contains("Udgift i de sager, hvor muligheden findes"));
        int checked = 0;
        for (OpportunityCost o : cost().opportunities()) {
            String label = in.own().opportunities().definitions().stream().filter(d -> d.id().equals(o.opportunityId())).findFirst().orElseThrow()
                    .label().da();
            String key = "opportunity @ " + CostCells.opportunityTable(doc.context()) + " | " + label + " | Sager med udgift";
            if (o.withCost() > 0) {
                assertEquals(0, o.total().compareTo(new BigDecimal(money.get(key))), label);
                checked++;
            }
        }
        assertTrue(checked > 0, "no opportunity with a cost in the demo");
    }

    @Test
    void theLorenzChartDrawsTheAnalysissCurve() {
        ReportContext ctx = doc.context();
        Chart chart = CostCharts.lorenz(ctx, CostCells.of(in, ctx)).orElseThrow();
        List<Concentration.Point> points = cost().concentration().orElseThrow().lorenz();
        List<Datum> drawn = chart.series().getFirst().data();
        assertEquals(points.size(), drawn.size());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(100 * points.get(i).caseShare(), drawn.get(i).x(), 1e-9);
            assertEquals(100 * points.get(i).amountShare(), drawn.get(i).y(), 1e-9);
        }
        assertTrue(section.contains("id=\"lorenz-udgift\""));
        assertTrue(section.contains(F.percent(cost().concentration().get().top10Share())), "top 10 % share not stated");
    }

    @Test
    void thePerMunicipalityChartDrawsEachShownMunicipalitysSpendingRankedWithTheOwnHighlighted() {
        ReportContext ctx = doc.context();
        Chart chart = CostCharts.perMunicipality(ctx, CostCells.of(in, ctx)).orElseThrow();
        List<MunicipalityCost> ranked = in.costPerPopulation();
        assertTrue(ranked.size() >= 2);
        List<Datum> bars = chart.series().getFirst().data();
        assertEquals(ranked.size(), bars.size());
        int own = 0;
        int drawn = 0;
        for (int i = 0; i < ranked.size(); i++) {
            MunicipalityCost m = ranked.get(i);
            var funnelCell = doc.publication().cells().stream()
                    .filter(c -> c.table().equals("Variation: screenede sager pr. kommune") && c.row().equals(m.name())).findFirst().orElseThrow();
            if (doc.plan().status(funnelCell) == dk.casescreen.disclosure.CellStatus.SHOWN) {
                assertEquals(m.estimate() / 1e6, bars.get(i).y(), 1e-9 * m.estimate(), m.name());
                assertEquals(m.confLow() / 1e6, bars.get(i).low(), 1e-9 * m.estimate(), m.name());
                drawn++;
            } else {
                assertFalse(bars.get(i).shown(), m.name() + " is hidden in the funnel but drawn");
            }
            assertEquals(in.municipalities().contains(m.municipalityCode()), bars.get(i).highlighted(), m.name());
            own += bars.get(i).highlighted() ? 1 : 0;
            if (i > 0) {
                assertTrue(ranked.get(i - 1).estimate() >= m.estimate(), "not ranked");
            }
        }
        assertEquals(1, own);
        assertTrue(drawn >= 2, "only " + drawn + " municipalities drawn");
        assertTrue(section.contains("id=\"udgift-pr-kommune\""));
    }

    @Test
    void theCostRatiosReadInPlainDanish() {
        long fitted = cost().ratios().stream().filter(r -> r.skipped().isEmpty()).count();
        assertTrue(fitted > 0, "no cost ratio in the demo");
        assertTrue(section.contains("gange så meget som sammenlignelige sager uden (95 %-KI "), "no ratio sentence");
        assertTrue(section.contains("svarende til ca. "), "no kroner difference");
    }
}
