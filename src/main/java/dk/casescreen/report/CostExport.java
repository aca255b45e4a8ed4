package dk.casescreen.report;

import static dk.casescreen.report.ExportColumns.columns;
import static dk.casescreen.report.ExportColumns.count;
import static dk.casescreen.report.ExportColumns.one;
import static dk.casescreen.report.ExportColumns.t;

import dk.casescreen.Text;
import dk.casescreen.analysis.CostConcentration;
import dk.casescreen.analysis.CostRatio;
import dk.casescreen.analysis.CostSummary;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.Concentration;
import java.util.List;

/**
 * "Hvad koster de?" as export tables (issue 14): the annual cost overall and by every answer, the
 * concentration and its Lorenz curve, the cost ratio of each hypothesis, spending per 1,000 aged 18–66 per
 * municipality, and the annual cost of the cases where each opportunity applies. Every amount rests on the
 * published count of the cases it is over ({@link CostCells}) and is empty exactly when the report hides it.
 */
final class CostExport {

    private static final Column SYNTHETIC = ExportColumns.synthetic();

    private static Column kroner(String id, Text title, Text description) {
        return Column.number(id, title, description, 0);
    }

    /** One row for all own screened cases, then one per answer of every choice question. */
    static final Definition PROFILE = new Definition("cost_profile", t("Udgift, profil", "Cost, profile"),
            t("Én række for alle egne screenede sager og én pr. svar på hvert spørgsmål: sager med årlig udgift, udgift i alt, gennemsnit med "
                    + "95 %-bootstrapinterval (BCa), median og kvartiler i kr. Et beløb er tomt, når antallet bag det er skjult.", "One row for all "
                    + "own screened cases and one per answer of every question: cases with an annual cost, total cost, mean with its 95% bootstrap "
                    + "interval (BCa), median and quartiles in DKK. An amount is empty when the count behind it is hidden."),
            columns(one(Column.code("scope", t("Omfang", "Scope"), t("all (alle egne screenede sager) eller answer (ét svar).",
                            "all (all own screened cases) or answer (one answer)."), false, "all", "answer")),
                    one(Column.code("question", t("Spørgsmål, kode", "Question, code"), t("Spørgsmålets nøgle; tom for all.", "The question's key; empty for all."), true)),
                    one(Column.text("question_text", t("Spørgsmål", "Question"), t("Spørgsmålets nummer og tekst.", "The question's number and text."), true)),
                    one(Column.code("answer", t("Svar, kode", "Answer, code"), t("Svarets kode; tom for all.", "The answer's code; empty for all."), true)),
                    one(Column.text("answer_label", t("Svar", "Answer"), t("Svaret i ord.", "The answer in words."), false)),
                    count("count", t("Sager med udgift", "Cases with a cost"), t("Egne screenede sager med en årlig udgift.",
                            "Own screened cases with an annual cost.")),
                    count("missing", t("Sager uden udgift", "Cases without a cost"), t("Egne screenede sager uden årlig udgift (kun for all).",
                            "Own screened cases without an annual cost (all only).")),
                    one(kroner("total", t("Udgift i alt (kr.)", "Total cost (DKK)"), t("Summen af de årlige udgifter.", "The sum of the annual costs."))),
                    one(kroner("mean", t("Gennemsnit (kr.)", "Mean (DKK)"), t("Den gennemsnitlige årlige udgift.", "The mean annual cost."))),
                    one(kroner("mean_conf_low", t("Nedre grænse (kr.)", "Lower limit (DKK)"), t("Nedre 95 %-grænse for gennemsnittet.",
                            "Lower 95% limit of the mean."))),
                    one(kroner("mean_conf_high", t("Øvre grænse (kr.)", "Upper limit (DKK)"), t("Øvre 95 %-grænse for gennemsnittet.",
                            "Upper 95% limit of the mean."))),
                    one(kroner("median", t("Median (kr.)", "Median (DKK)"), t("Medianen; tom under tærsklen for personer.",
                            "The median; empty under the threshold of persons."))),
                    one(kroner("q1", t("1. kvartil (kr.)", "1st quartile (DKK)"), t("Første kvartil (R type 7).", "First quartile (R type 7)."))),
                    one(kroner("q3", t("3. kvartil (kr.)", "3rd quartile (DKK)"), t("Tredje kvartil (R type 7).", "Third quartile (R type 7)."))),
                    one(SYNTHETIC)));

    /** One row per measure of concentration. */
    static final Definition CONCENTRATION = new Definition("cost_concentration", t("Udgift, koncentr.", "Cost, concentr."),
            t("Én række pr. mål for, hvor udgiften samler sig i de egne sager med udgift: de dyreste 10 % og 20 %'s andel af udgiften og "
                    + "Gini-koefficienten med 95 %-interval.", "One row per measure of where the cost concentrates among the own cases with a "
                    + "cost: the share of the most expensive 10% and 20%, and the Gini coefficient with its 95% interval."),
            columns(one(Column.code("measure", t("Mål, kode", "Measure, code"), t("top10_share, top20_share eller gini.",
                            "top10_share, top20_share or gini."), false, "top10_share", "top20_share", "gini")),
                    one(Column.number("estimate", t("Værdi", "Value"), t("Andelen (0-1) eller Gini-koefficienten.", "The share (0-1) or the Gini coefficient."), 3)),
                    one(Column.number("conf_low", t("Nedre grænse", "Lower limit"), t("Nedre 95 %-grænse (kun Gini).", "Lower 95% limit (Gini only)."), 3)),
                    one(Column.number("conf_high", t("Øvre grænse", "Upper limit"), t("Øvre 95 %-grænse (kun Gini).", "Upper 95% limit (Gini only)."), 3)),
                    one(SYNTHETIC)));

    /** One row per point of the Lorenz curve. */
    static final Definition LORENZ = new Definition("cost_lorenz", t("Udgift, Lorenz", "Cost, Lorenz"),
            t("Lorenzkurven for de egne sagers årlige udgift, som rapporten tegner den (i den delte udgave ved hver tiendedel af sagerne).",
                    "The Lorenz curve of the own cases' annual cost as the report draws it (in the shared edition at every tenth of the cases)."),
            columns(one(Column.share("case_share", t("Andel af sagerne", "Share of the cases"), t("Andel af sagerne, billigste først.",
                            "Share of the cases, cheapest first."))),
                    one(Column.share("amount_share", t("Andel af udgiften", "Share of the cost"), t("Deres andel af den samlede udgift.",
                            "Their share of the total cost."))),
                    one(SYNTHETIC)));

    /** One row per hypothesis. */
    static final Definition RATIOS = new Definition("cost_ratio", t("Udgift, forhold", "Cost, ratios"),
            t("Én række pr. hypotese: forholdet mellem den gennemsnitlige årlige udgift i sager med og uden forholdet (gamma-regression med "
                    + "log-link, samme justering som odds ratioen) og forskellen i kr. pr. sag. Tom, når tallene ville afsløre et skjult antal.",
                    "One row per hypothesis: the ratio of the mean annual cost of cases with and without the condition (gamma regression with "
                            + "log link, the same adjustment as the odds ratio) and the difference in DKK per case. Empty when the numbers would "
                            + "reveal a hidden count."),
            columns(one(Column.code("hypothesis", t("Hypotese", "Hypothesis"), t("Hypotesens id.", "The hypothesis's id."), false)),
                    one(Column.text("hypothesis_text", t("Påstand", "Claim"), t("Hypotesens påstand.", "The hypothesis's claim."), false)),
                    one(Column.number("estimate", t("Udgiftsforhold", "Cost ratio"), t("Gennemsnitlig udgift med / uden, justeret.",
                            "Mean cost with / without, adjusted."), 2)),
                    one(Column.number("conf_low", t("Nedre grænse", "Lower limit"), t("Nedre 95 %-grænse (t-baseret).", "Lower 95% limit (t-based)."), 2)),
                    one(Column.number("conf_high", t("Øvre grænse", "Upper limit"), t("Øvre 95 %-grænse.", "Upper 95% limit."), 2)),
                    one(Column.number("p_value", t("p-værdi", "p-value"), t("Den ujusterede p-værdi.", "The unadjusted p-value."), 4)),
                    one(Column.number("p_adjusted", t("Justeret p-værdi", "Adjusted p-value"), t("p-værdien efter Holm (1979) over hypoteserne.",
                            "The p-value after Holm (1979) across the hypotheses."), 4)),
                    one(kroner("difference", t("Forskel (kr.)", "Difference (DKK)"), t("(forhold - 1) × gennemsnittet uden: kr. mere pr. sag.",
                            "(ratio - 1) × the mean without: DKK more per case."))),
                    one(kroner("difference_conf_low", t("Forskel, nedre (kr.)", "Difference, lower (DKK)"), t("Forskellen ved den nedre grænse.",
                            "The difference at the lower limit."))),
                    one(kroner("difference_conf_high", t("Forskel, øvre (kr.)", "Difference, upper (DKK)"), t("Forskellen ved den øvre grænse.",
                            "The difference at the upper limit."))),
                    one(Column.text("skipped", t("Ikke beregnet", "Not estimated"), t("Hvorfor forholdet ikke blev beregnet.",
                            "Why the ratio was not estimated."), true)),
                    one(SYNTHETIC)));

    /** One row per municipality with a population, ranked. */
    static final Definition PER_MUNICIPALITY = new Definition("cost_per_municipality", t("Udgift pr. kommune", "Cost per municip."),
            t("Én række pr. kommune med indbyggertal: årlig udgift til de screenede sager pr. 1.000 indbyggere på 18–66 år med "
                    + "95 %-bootstrapinterval; manglende udgifter sat til gennemsnittet i samme udgiftsinterval. Tom, når kommunens antal er skjult.",
                    "One row per municipality with a population: annual cost of the screened cases per 1,000 inhabitants aged 18–66 with its "
                            + "95% bootstrap interval; missing costs set to the mean of the same cost band. Empty when the municipality's count is hidden."),
            columns(one(Column.integer("rank", t("Placering", "Rank"), t("1 for den højeste udgift.", "1 for the highest spending."))),
                    one(Column.code("municipality_code", t("Kommunekode", "Municipality code"), t("Kommunens kode.", "The municipality's code."), false)),
                    one(Column.text("municipality", t("Kommune", "Municipality"), t("Kommunens navn.", "The municipality's name."), false)),
                    one(Column.bool("own", t("Egen kommune", "Own municipality"), t("true for rapportens egne kommuner.", "true for the report's own municipalities."))),
                    count("cases", t("Screenede sager", "Screened cases"), t("Kommunens screenede sager (som i tragtdiagrammet).",
                            "The municipality's screened cases (as in the funnel plot).")),
                    one(Column.integer("population", t("18–66-årige", "Aged 18–66"), t("Indbyggere på 18–66 år.", "Inhabitants aged 18–66."))),
                    one(kroner("estimate", t("Kr. pr. 1.000", "DKK per 1,000"), t("Årlig udgift pr. 1.000 18–66-årige.", "Annual cost per 1,000 aged 18–66."))),
                    one(kroner("conf_low", t("Nedre grænse", "Lower limit"), t("Nedre 95 %-grænse (bootstrap).", "Lower 95% limit (bootstrap)."))),
                    one(kroner("conf_high", t("Øvre grænse", "Upper limit"), t("Øvre 95 %-grænse (bootstrap).", "Upper 95% limit (bootstrap)."))),
                    one(SYNTHETIC)));

    /** One row per action opportunity. */
    static final Definition PER_OPPORTUNITY = new Definition("cost_per_opportunity", t("Udgift, muligheder", "Cost, opportun."),
            t("Én række pr. handlemulighed: egne sager med muligheden, heraf med årlig udgift, og udgiften i de sager, hvor muligheden findes "
                    + "(ikke en besparelse).", "One row per action opportunity: own cases with it, those with an annual cost, and the annual "
                    + "cost of the cases where it applies (not a saving)."),
            columns(one(Column.code("opportunity", t("Handlemulighed, kode", "Opportunity, code"), t("Handlemulighedens id.", "The opportunity's id."), false)),
                    one(Column.text("opportunity_label", t("Handlemulighed", "Opportunity"), t("Handlemuligheden i ord.", "The opportunity in words."), false)),
                    count("cases", t("Sager", "Cases"), t("Egne sager med muligheden.", "Own cases with the opportunity.")),
                    count("cases_with_cost", t("Sager med udgift", "Cases with a cost"), t("Heraf med en årlig udgift.", "Of those, with an annual cost.")),
                    one(kroner("total", t("Udgift i de sager (kr.)", "Cost of those cases (DKK)"), t("Udgift i de sager, hvor muligheden findes.",
                            "Annual cost of the cases where the opportunity applies."))),
                    one(SYNTHETIC)));

    /** The definitions in the order of the workbook. */
    static final List<Definition> DEFINITIONS = List.of(PROFILE, CONCENTRATION, LORENZ, RATIOS, PER_MUNICIPALITY, PER_OPPORTUNITY);

    private CostExport() {
    }

    /** The tables in the order of {@link #DEFINITIONS}. */
    static List<TidyTable> tables(ReportInput in, ReportContext ctx) {
        CostCells.Numbers n = CostCells.of(in, ctx);
        return List.of(profile(in, ctx, n), concentration(in, ctx, n), lorenz(in, ctx, n), ratios(in, ctx, n), perMunicipality(in, ctx, n),
                perOpportunity(in, ctx, n));
    }

    private static TidyTable profile(ReportInput in, ReportContext ctx, CostCells.Numbers n) {
        TidyTable table = new TidyTable(PROFILE, ctx.language()).fromSynthetic(synthetic(in));
        group(table.row().text("scope", "all").text("question", null).text("question_text", null).text("answer", null)
                .count("missing", n.missing()), n.overall(), in);
        for (Question q : in.cases().sheet().questions()) {
            List<CostCells.Group> groups = n.answers(q.key());
            for (int i = 0; i < groups.size(); i++) {
                group(table.row().text("scope", "answer").text("question", q.key()).text("question_text", ctx.question(q.key()))
                        .text("answer", q.options().get(i).code()).count("missing", null), groups.get(i), in);
            }
        }
        return table;
    }

    private static void group(TidyTable.RowBuilder row, CostCells.Group g, ReportInput in) {
        CostSummary s = g.summary();
        List<CellRef> resting = List.of(g.cell().ref());
        row.text("answer_label", g.label()).count("count", g.cell())
                .number("total", g.shown() ? s.total().doubleValue() : null, resting)
                .number("mean", g.shown() ? s.mean() : null, resting)
                .number("mean_conf_low", g.shown() ? s.confLow() : null, resting)
                .number("mean_conf_high", g.shown() ? s.confHigh() : null, resting)
                .number("median", g.quartiles() ? s.median() : null, resting)
                .number("q1", g.quartiles() ? s.q1() : null, resting)
                .number("q3", g.quartiles() ? s.q3() : null, resting).bool("synthetic", synthetic(in)).add();
    }

    private static TidyTable concentration(ReportInput in, ReportContext ctx, CostCells.Numbers n) {
        TidyTable table = new TidyTable(CONCENTRATION, ctx.language()).fromSynthetic(synthetic(in));
        if (!n.concentration()) {
            return table;
        }
        CostConcentration k = n.cost().concentration().orElseThrow();
        List<CellRef> resting = List.of(n.overall().cell().ref());
        if (n.tails()) {
            table.row().text("measure", "top10_share").number("estimate", k.top10Share(), resting).number("conf_low", null, resting)
                    .number("conf_high", null, resting).bool("synthetic", synthetic(in)).add();
            table.row().text("measure", "top20_share").number("estimate", k.top20Share(), resting).number("conf_low", null, resting)
                    .number("conf_high", null, resting).bool("synthetic", synthetic(in)).add();
        }
        table.row().text("measure", "gini").number("estimate", k.gini(), resting).number("conf_low", k.confLow(), resting)
                .number("conf_high", k.confHigh(), resting).bool("synthetic", synthetic(in)).add();
        return table;
    }

    private static TidyTable lorenz(ReportInput in, ReportContext ctx, CostCells.Numbers n) {
        TidyTable table = new TidyTable(LORENZ, ctx.language()).fromSynthetic(synthetic(in));
        if (!n.tails()) {
            return table;
        }
        List<CellRef> resting = List.of(n.overall().cell().ref());
        for (Concentration.Point p : CostCharts.lorenzPoints(ctx, n.cost().concentration().orElseThrow())) {
            table.row().number("case_share", p.caseShare(), resting).number("amount_share", p.amountShare(), resting)
                    .bool("synthetic", synthetic(in)).add();
        }
        return table;
    }

    private static TidyTable ratios(ReportInput in, ReportContext ctx, CostCells.Numbers n) {
        TidyTable table = new TidyTable(RATIOS, ctx.language()).fromSynthetic(synthetic(in));
        for (HypothesisResult h : in.own().hypotheses()) {
            CostRatio r = n.cost().hypothesis(h.spec().id()).orElse(null);
            if (r == null) {
                continue;
            }
            boolean shown = CostSection.ratioText(ctx, n, h).isPresent();
            List<CellRef> resting = List.of(n.overall().cell().ref());
            table.row().text("hypothesis", h.spec().id()).text("hypothesis_text", h.spec().claim().in(ctx.language()))
                    .number("estimate", shown ? r.estimate() : null, resting).number("conf_low", shown ? r.confLow() : null, resting)
                    .number("conf_high", shown ? r.confHigh() : null, resting).number("p_value", shown ? r.pValue() : null, resting)
                    .number("p_adjusted", shown ? r.pAdjusted() : null, resting).number("difference", shown ? r.difference() : null, resting)
                    .number("difference_conf_low", shown ? r.differenceConfLow() : null, resting)
                    .number("difference_conf_high", shown ? r.differenceConfHigh() : null, resting)
                    .text("skipped", r.skipped().orElse(null)).bool("synthetic", synthetic(in)).add();
        }
        return table;
    }

    private static TidyTable perMunicipality(ReportInput in, ReportContext ctx, CostCells.Numbers n) {
        TidyTable table = new TidyTable(PER_MUNICIPALITY, ctx.language()).fromSynthetic(synthetic(in));
        for (CostCells.Municipality m : n.municipalities()) {
            List<CellRef> resting = List.of(m.cell().ref());
            table.row().integer("rank", m.shown() ? (long) m.cost().rank() : null).text("municipality_code", m.cost().municipalityCode())
                    .text("municipality", m.cost().name()).bool("own", m.own()).count("cases", m.cell()).integer("population", m.cost().population())
                    .number("estimate", m.shown() ? m.cost().estimate() : null, resting)
                    .number("conf_low", m.shown() ? m.cost().confLow() : null, resting)
                    .number("conf_high", m.shown() ? m.cost().confHigh() : null, resting).bool("synthetic", synthetic(in)).add();
        }
        return table;
    }

    private static TidyTable perOpportunity(ReportInput in, ReportContext ctx, CostCells.Numbers n) {
        TidyTable table = new TidyTable(PER_OPPORTUNITY, ctx.language()).fromSynthetic(synthetic(in));
        for (CostCells.Opportunity o : n.opportunities()) {
            table.row().text("opportunity", o.definition().id()).text("opportunity_label", o.definition().label().in(ctx.language()))
                    .count("cases", o.count()).count("cases_with_cost", o.cell())
                    .number("total", o.shown() ? o.cost().total().doubleValue() : null, List.of(o.cell().ref()))
                    .bool("synthetic", synthetic(in)).add();
        }
        return table;
    }

    private static boolean synthetic(ReportInput in) {
        return in.cases().origin().isSynthetic();
    }
}
