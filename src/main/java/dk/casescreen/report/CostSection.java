package dk.casescreen.report;

import dk.casescreen.analysis.CostConcentration;
import dk.casescreen.analysis.CostRatio;
import dk.casescreen.analysis.CostSummary;
import dk.casescreen.analysis.HypothesisResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Hvad koster de?": the annual cost of the own screened cases (total, mean with its interval, median and
 * quartiles, the share without a cost), by answer for the questions a reader asks first, where the kroner
 * concentrate, each hypothesis as a ratio of mean cost in plain words, spending per 1,000 aged 18–66 per
 * municipality, and the annual cost of the cases where each opportunity applies (never called a saving).
 * Every money figure rests on a published count ({@link CostCells}) and is hidden with it.
 */
final class CostSection {

    private CostSection() {
    }

    /** The section's title. */
    static String title(ReportContext ctx) {
        return ctx.t("Hvad koster de?", "What do they cost?");
    }

    /** An amount: "2,45 mio. kr." from a million, "245.000 kr." below (English "DKK 2.45m", "DKK 245,000"). */
    static String kr(ReportContext ctx, double amount) {
        if (Math.abs(amount) >= 999_999.5) {
            return CostCharts.mio(ctx, amount);
        }
        return ctx.f().kroner(amount);
    }

    /** The lead: how many own cases have a cost, how many miss one, and the total, mean and median. */
    static String lead(ReportContext ctx, CostCells.Numbers n) {
        CostCells.Group all = n.overall();
        CostSummary s = all.summary();
        String counts = ctx.t("Årlig udgift er angivet i ", "An annual cost is given in ") + ctx.count(all.cell())
                + ctx.t(" af de egne screenede sager; den mangler i ", " of the own screened cases; it is missing in ") + ctx.count(n.missing())
                + " (" + missingShare(ctx, n) + ctx.t("), som ikke indgår i beløbene.", "), which are left out of the amounts.");
        if (!all.shown()) {
            return counts + ' ' + (s.count() == 0 ? ctx.t("Der er derfor ingen beløb at vise.", "There are therefore no amounts to show.")
                    : ctx.t("Beløbene vises ikke, fordi de hviler på et skjult antal.", "The amounts are not shown, because they rest on a hidden count."));
        }
        String text = counts + ' ' + ctx.t("Tilsammen koster de ", "Together they cost ") + kr(ctx, s.total().doubleValue())
                + ctx.t(" om året, i gennemsnit ", " a year, on average ") + kr(ctx, s.mean()) + interval(ctx, s.confLow(), s.confHigh()) + ctx.t(" pr. sag", " per case");
        if (all.quartiles()) {
            text += ctx.t("; medianen er ", "; the median is ") + kr(ctx, s.median()) + ctx.t(", og halvdelen af sagerne koster mellem ",
                    ", and half of the cases cost between ") + kr(ctx, s.q1()) + ctx.t(" og ", " and ") + kr(ctx, s.q3());
        }
        return text.endsWith(".") ? text : text + ".";
    }

    /** The share of the own screened cases without a cost, or the mark of a hidden count. */
    static String missingShare(ReportContext ctx, CostCells.Numbers n) {
        ReportCells.Cell with = n.overall().cell();
        ReportCells.Cell without = n.missing();
        if (!ReportContext.shown(with, without)) {
            return ctx.mark(without.shown() ? with.status() : without.status());
        }
        long all = with.count() + without.count();
        return all == 0 ? "–" : ctx.f().percent((double) without.count() / all) + ctx.t(" mangler", " missing");
    }

    /** " (95 %-KI 1,23–2,34 mio. kr.)", or nothing without an interval. */
    static String interval(ReportContext ctx, double low, double high) {
        return Double.isNaN(low) ? "" : ctx.t(" (95 %-KI ", " (95% CI ") + kr(ctx, low) + "–" + kr(ctx, high) + ")";
    }

    static String html(ReportInput in, ReportContext ctx) {
        CostCells.Numbers n = CostCells.of(in, ctx);
        StringBuilder s = new StringBuilder("<p class=\"cost-lead\">").append(Html.esc(lead(ctx, n))).append("</p>\n");
        s.append("<p>").append(Html.esc(ctx.t("Beløbene er den årlige udgift, kommunen har angivet pr. sag. En sum, et gennemsnit eller en median "
                + "vises kun, når antallet af sager bag den vises; i den delte udgave er det mindst " + ctx.threshold() + " personer.",
                "The amounts are the annual cost the municipality gave per case. A sum, mean or median is shown only when the number of cases "
                        + "behind it is shown; in the shared edition that is at least " + ctx.threshold() + " persons."))).append("</p>\n");
        s.append(groupsTable(ctx, List.of(n.overall()), ctx.t("Alle egne screenede sager", "All own screened cases")));
        for (String key : CostCells.SHOWN_QUESTIONS) {
            if (!n.answers(key).isEmpty()) {
                s.append(groupsTable(ctx, n.answers(key), ctx.question(key)));
            }
        }
        s.append("<p>").append(Html.esc(ctx.t("Alle spørgsmål og svar står i tabellen cost_profile (casescreen export).",
                "Every question and answer is in the table cost_profile (casescreen export)."))).append("</p>\n");
        s.append("<h3>").append(Html.esc(ctx.t("Hvor samler udgiften sig?", "Where does the cost concentrate?"))).append("</h3>\n<p>")
                .append(Html.esc(concentrationText(ctx, n))).append("</p>\n");
        CostCharts.lorenz(ctx, n).ifPresent(c -> s.append(Charts.html(c)));
        ratios(s, in, ctx, n);
        if (!n.municipalities().isEmpty()) {
            s.append("<h3>").append(Html.esc(ctx.t("Udgift pr. 1.000 indbyggere på 18–66 år", "Spending per 1,000 inhabitants aged 18–66")))
                    .append("</h3>\n<p>").append(Html.esc(ctx.t("Den samlede årlige udgift til de screenede sager pr. 1.000 indbyggere på 18–66 år. "
                    + "En manglende udgift er sat til gennemsnittet af de kendte udgifter i samme udgiftsinterval, så en kommune ikke ser billigere "
                    + "ud, fordi den har udfyldt færre beløb. Intervallerne er 95 %-bootstrapintervaller. Kommuner, hvis antal sager ikke vises i "
                    + "tragtdiagrammet, er udeladt.", "The total annual cost of the screened cases per 1,000 inhabitants aged 18–66. A missing cost "
                    + "is set to the mean known cost of the same cost band, so that a municipality does not look cheaper for filling in fewer amounts. "
                    + "The intervals are 95% bootstrap intervals. Municipalities whose number of cases the funnel plot does not show are left out.")))
                    .append("</p>\n");
            CostCharts.perMunicipality(ctx, n).ifPresent(c -> s.append(Charts.html(c)));
        }
        opportunities(s, ctx, n);
        return s.toString();
    }

    /** A table of groups: answer, cases with a cost, total, mean with interval, median. */
    private static String groupsTable(ReportContext ctx, List<CostCells.Group> groups, String caption) {
        StringBuilder t = new StringBuilder("<table class=\"cost\">\n<caption>").append(Html.esc(caption)).append("</caption>\n<tr><th>")
                .append(Html.esc(ctx.t("Svar", "Answer"))).append("</th><th>").append(Html.esc(ctx.t("Sager med udgift", "Cases with a cost")))
                .append("</th><th>").append(Html.esc(ctx.t("Udgift i alt", "Total cost"))).append("</th><th>")
                .append(Html.esc(ctx.t("Gennemsnit (95 %-KI)", "Mean (95% CI)"))).append("</th><th>").append(Html.esc(ctx.t("Median", "Median")))
                .append("</th></tr>\n");
        for (CostCells.Group g : groups) {
            CostSummary s = g.summary();
            t.append("<tr><td>").append(Html.esc(g.label())).append("</td>").append(ctx.countCell(g.cell()))
                    .append(moneyCell(ctx, g, "total", s.total().doubleValue(), s.total().toPlainString(), kr(ctx, s.total().doubleValue())))
                    .append(moneyCell(ctx, g, "mean", s.mean(), Double.toString(s.mean()), kr(ctx, s.mean()) + interval(ctx, s.confLow(), s.confHigh())))
                    .append(g.quartiles() || !g.shown() ? moneyCell(ctx, g, "median", s.median(), Double.toString(s.median()), kr(ctx, s.median()))
                            : "<td class=\"num\">–</td>").append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    /** A money figure of a group: the amount (exact in data-kr), "–" for no cost, or the mark of the hidden count. */
    private static String moneyCell(ReportContext ctx, CostCells.Group g, String what, double value, String exact, String text) {
        String id = Html.esc(g.cell().id());
        if (!g.cell().shown()) {
            return "<td class=\"num suppressed\" data-money=\"" + what + "\" data-money-cell=\"" + id + "\">" + Html.esc(ctx.mark(g.cell().status())) + "</td>";
        }
        if (!g.shown() || Double.isNaN(value)) {
            return "<td class=\"num\">–</td>";
        }
        return "<td class=\"num\" data-money=\"" + what + "\" data-money-cell=\"" + id + "\" data-kr=\"" + exact + "\">" + Html.esc(text) + "</td>";
    }

    /** The concentration in words, or why it is not shown. */
    static String concentrationText(ReportContext ctx, CostCells.Numbers n) {
        Optional<CostConcentration> k = n.cost().concentration();
        if (k.isEmpty() || !n.concentration()) {
            return ctx.t("Koncentrationen vises ikke (ingen eller skjulte udgifter).", "The concentration is not shown (no or hidden costs).");
        }
        CostConcentration c = k.get();
        String gini = ctx.t("Gini-koefficienten er ", "The Gini coefficient is ") + ctx.f().decimal(c.gini(), 2)
                + (Double.isNaN(c.confLow()) ? "" : ctx.t(" (95 %-KI ", " (95% CI ") + ctx.f().decimal(c.confLow(), 2) + "–" + ctx.f().decimal(c.confHigh(), 2) + ")")
                + ctx.t(" (0 er lige fordeling, 1 er hele udgiften i én sag).", " (0 is equal shares, 1 is the whole cost in one case).");
        if (!n.tails()) {
            return gini + ' ' + ctx.t("De dyreste sagers andel og Lorenzkurven vises ikke, fordi de dyreste 10 % er færre end " + ctx.threshold() + " personer.",
                    "The most expensive cases' share and the Lorenz curve are not shown, because the most expensive 10% are fewer than "
                            + ctx.threshold() + " persons.");
        }
        return ctx.t("De dyreste 10 % af sagerne står for ", "The most expensive 10% of the cases account for ") + ctx.f().percent(c.top10Share())
                + ctx.t(" af den samlede udgift, de dyreste 20 % for ", " of the total cost, the most expensive 20% for ") + ctx.f().percent(c.top20Share())
                + ". " + gini;
    }

    /** One hypothesis's cost ratio in plain words, when it may be shown. */
    static Optional<String> ratioText(ReportContext ctx, CostCells.Numbers n, HypothesisResult h) {
        Optional<CostRatio> maybe = n.cost().hypothesis(h.spec().id());
        if (maybe.isEmpty() || maybe.get().skipped().isPresent() || !n.overall().shown()
                || !ctx.cells().mayShow(WhySection.counts(ctx, h, ctx.own(), ctx.t("egne sager", "own cases")).statistic())) {
            return Optional.empty();
        }
        CostRatio r = maybe.get();
        boolean more = r.estimate() >= 1;
        String exposure = h.spec().exposureLabel().in(ctx.language());
        String kroner = Math.round(Math.abs(r.difference())) == 0 ? ctx.t("samme udgift pr. sag", "the same cost per case")
                : ctx.t("ca. ", "about ") + kr(ctx, Math.abs(r.difference())) + (more ? ctx.t(" mere pr. sag om året", " more per case a year") : ctx.t(" mindre pr. sag om året", " less per case a year"));
        String named = exposure.isEmpty() ? exposure : Character.toUpperCase(exposure.charAt(0)) + exposure.substring(1);
        return Optional.of(ctx.t(named + ": sagerne koster i gennemsnit " + ctx.f().decimal(r.estimate(), 2) + " gange så meget som "
                + "sammenlignelige sager uden (95 %-KI " + ctx.f().decimal(r.confLow(), 2) + "–" + ctx.f().decimal(r.confHigh(), 2)
                + "; " + FollowUpText.pValue(ctx.f(), "Holm-justeret p", r.pAdjusted()) + "), svarende til " + kroner + ".",
                named + ": the cases cost on average " + ctx.f().decimal(r.estimate(), 2) + " times as much as comparable cases "
                + "without (95% CI " + ctx.f().decimal(r.confLow(), 2) + "–" + ctx.f().decimal(r.confHigh(), 2) + "; "
                + FollowUpText.pValue(ctx.f(), "Holm-adjusted p", r.pAdjusted()) + "), that is " + kroner + "."));
    }

    private static void ratios(StringBuilder s, ReportInput in, ReportContext ctx, CostCells.Numbers n) {
        s.append("<h3>").append(Html.esc(ctx.t("Hypoteserne i kroner", "The hypotheses in kroner"))).append("</h3>\n<p>")
                .append(Html.esc(ctx.t("For hver hypotese er forholdet mellem den gennemsnitlige årlige udgift i sager med og uden forholdet "
                        + "beregnet med en gamma-regression med log-link og de samme justeringer som odds ratioen i \"Hvorfor er de blevet dyre?\".",
                        "For each hypothesis the ratio of the mean annual cost of cases with and without the condition is estimated by a gamma "
                                + "regression with log link and the same adjustments as the odds ratio in \"Why did they become expensive?\".")))
                .append("</p>\n<table class=\"cost-ratios\">\n<tr><th>").append(Html.esc(ctx.t("Hypotese", "Hypothesis"))).append("</th><th>")
                .append(Html.esc(ctx.t("Udgiftsforhold", "Cost ratio"))).append("</th></tr>\n");
        for (HypothesisResult h : in.own().hypotheses()) {
            String text = ratioText(ctx, n, h).orElseGet(() -> n.cost().hypothesis(h.spec().id()).flatMap(CostRatio::skipped).isPresent()
                    ? ctx.t("Ikke beregnet (for få sager med udgift, eller modellen kunne ikke tilpasses).", "Not estimated (too few cases with a cost, "
                    + "or the model could not be fitted).") : WhySection.hiddenReason(ctx));
            s.append("<tr><td>").append(Html.esc(h.spec().id() + ". " + h.spec().claim().in(ctx.language()))).append("</td><td>")
                    .append(Html.esc(text)).append("</td></tr>\n");
        }
        s.append("</table>\n");
    }

    /** The opportunities' lines: count, cases with a cost and their summed cost. */
    static List<String> opportunityLines(ReportContext ctx, CostCells.Numbers n) {
        List<String> lines = new ArrayList<>();
        for (CostCells.Opportunity o : n.opportunities()) {
            lines.add(o.definition().label().in(ctx.language()) + ": " + opportunityAmount(ctx, o) + ctx.t(" (udgift angivet i ", " (cost given in ")
                    + ctx.count(o.cell()) + ctx.t(" af ", " of ") + ctx.count(o.count()) + ctx.t(" sager)", " cases)"));
        }
        return lines;
    }

    /** The summed cost of an opportunity's cases, "ingen udgift angivet", or the mark of the hidden count. */
    static String opportunityAmount(ReportContext ctx, CostCells.Opportunity o) {
        if (!o.cell().shown()) {
            return ctx.mark(o.cell().status());
        }
        return o.shown() ? kr(ctx, o.cost().total().doubleValue()) : ctx.t("ingen udgift angivet", "no cost given");
    }

    private static void opportunities(StringBuilder s, ReportContext ctx, CostCells.Numbers n) {
        if (n.opportunities().isEmpty()) {
            return;
        }
        s.append("<h3>").append(Html.esc(ctx.t("Udgift i de sager, hvor muligheden findes", "Annual cost of the cases where the opportunity applies")))
                .append("</h3>\n<p>").append(Html.esc(ctx.t("Den årlige udgift i de sager, hvor en handlemulighed findes. Det er ikke, hvad "
                        + "muligheden kan spare: det siger, hvor mange kroner sagerne handler om.", "The annual cost of the cases where an "
                        + "opportunity applies. It is not what the opportunity can save: it says how many kroner the cases are about.")))
                .append("</p>\n<table class=\"cost-opportunities\">\n<tr><th>").append(Html.esc(ctx.t("Handlemulighed", "Opportunity")))
                .append("</th><th>").append(Html.esc(ctx.t("Sager", "Cases"))).append("</th><th>")
                .append(Html.esc(ctx.t("Sager med udgift", "Cases with a cost"))).append("</th><th>")
                .append(Html.esc(ctx.t("Udgift i de sager, hvor muligheden findes", "Annual cost of those cases"))).append("</th></tr>\n");
        for (CostCells.Opportunity o : n.opportunities()) {
            s.append("<tr><td>").append(Html.esc(o.definition().label().in(ctx.language()))).append("</td>").append(ctx.countCell(o.count()))
                    .append(ctx.countCell(o.cell()));
            if (o.shown()) {
                s.append("<td class=\"num\" data-money=\"opportunity\" data-money-cell=\"").append(Html.esc(o.cell().id())).append("\" data-kr=\"")
                        .append(o.cost().total().toPlainString()).append("\">").append(Html.esc(opportunityAmount(ctx, o))).append("</td>");
            } else {
                s.append("<td class=\"num").append(o.cell().shown() ? "" : " suppressed").append("\">").append(Html.esc(opportunityAmount(ctx, o))).append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</table>\n");
    }
}
