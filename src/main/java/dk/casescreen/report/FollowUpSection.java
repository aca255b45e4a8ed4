package dk.casescreen.report;

import dk.casescreen.chart.Axis;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.ChartKind;
import dk.casescreen.chart.Datum;
import dk.casescreen.chart.Role;
import dk.casescreen.chart.Series;
import dk.casescreen.followup.ChangeShare;
import dk.casescreen.followup.CostChange;
import dk.casescreen.followup.Direction;
import dk.casescreen.followup.FollowUpOptions;
import dk.casescreen.followup.PairedTest;
import dk.casescreen.followup.Predictor;
import dk.casescreen.followup.RoundComparison;
import dk.casescreen.stats.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Udvikling siden sidste screening": the latest round against the round before it, for the own
 * municipalities' citizens (linked by municipality and case number). Only the last comparison is shown: the
 * report is about the latest round, and earlier comparisons would publish more overlapping counts of the same
 * citizens to protect ({@code casescreen followup} shows every comparison). Every count is a published cell
 * ({@link FollowUpCells}); a test, kappa or sum resting on a hidden count is not shown.
 */
final class FollowUpSection {

    /** The significance level the sentences use (the follow-up's default). */
    private static final double ALPHA = FollowUpOptions.defaults().alpha();

    private FollowUpSection() {
    }

    /** The section's title. */
    static String title(ReportContext ctx) {
        return ctx.t("Udvikling siden sidste screening", "Change since the last screening");
    }

    /** The sentence of the summary and method notes naming the round the report describes; empty without a follow-up. */
    static Optional<String> snapshotNote(ReportInput in, ReportContext ctx) {
        return in.followUp().map(f -> ctx.t("Rapporten bygger på den seneste screeningsrunde (" + when(f.latestRound(), ctx)
                        + "); udviklingen siden sidste screening (" + when(f.earlierRound(), ctx) + ") er i afsnittet \"" + title(ctx) + "\".",
                "The report describes the latest screening round (" + when(f.latestRound(), ctx) + "); the change since the last "
                        + "screening (" + when(f.earlierRound(), ctx) + ") is in the section \"" + title(ctx) + "\"."));
    }

    private static String when(dk.casescreen.cases.ScreeningRound r, ReportContext ctx) {
        String described = r.describe(ctx.language());
        int colon = described.indexOf(": ");
        int comma = described.lastIndexOf(", ");
        return colon >= 0 && comma > colon ? described.substring(colon + 2, comma) : described;
    }

    /** The section's HTML, or nothing when the report has no follow-up. */
    static String html(ReportInput in, ReportContext ctx) {
        Optional<FollowUpCells.Numbers> maybe = FollowUpCells.of(in, ctx);
        if (maybe.isEmpty()) {
            return "";
        }
        FollowUpCells.Numbers n = maybe.get();
        ReportFollowUp f = in.followUp().orElseThrow();
        StringBuilder s = new StringBuilder();
        s.append(p(ctx.t("Den seneste screeningsrunde (" + when(f.latestRound(), ctx) + ") sammenlignet med runden før ("
                        + when(f.earlierRound(), ctx) + "). Borgerne er koblet på kommune og sagsnummer; kun egne borgere indgår.",
                "The latest screening round (" + when(f.latestRound(), ctx) + ") compared with the round before ("
                        + when(f.earlierRound(), ctx) + "). Citizens are linked by municipality and case number; only own citizens are included.")));
        s.append("<table class=\"followup-citizens\">\n<tr><th></th><th>").append(Html.esc(ctx.t("Borgere", "Citizens")
                + ctx.syntheticSuffix(f.result().synthetic()))).append("</th></tr>\n");
        row(s, ctx.t("Screenet i begge runder", "Screened in both rounds"), ctx.countCell(n.linked()));
        row(s, ctx.t("Kun i den tidligere runde (sagen er afsluttet, under 2 mio. kr. eller flyttet)",
                "Only in the earlier round (case ended, below 2 mio. kr. or moved)"), ctx.countCell(n.ended()));
        row(s, ctx.t("Kun i den seneste runde (nye sager)", "Only in the latest round (new cases)"), ctx.countCell(n.added()));
        s.append("</table>\n");
        if (!n.comparison().comparable()) {
            return s.append(p(ctx.t("Ingen borgere er screenet i begge runder, så der er ingen udvikling at vise.",
                    "No citizen was screened in both rounds, so there is no change to show."))).toString();
        }
        s.append("<h3>").append(Html.esc(ctx.t("Udgiftsinterval før og nu", "Cost band then and now"))).append("</h3>\n");
        s.append(Charts.html(flowChart(in, ctx, n)));
        s.append(transitionTable(in, ctx, n));
        s.append("<h3>").append(Html.esc(ctx.t("Dyrere, samme, billigere", "Dearer, same, cheaper"))).append("</h3>\n");
        s.append(Charts.html(changeChart(ctx, n)));
        s.append("<table class=\"followup-change\">\n<tr><th></th><th>").append(Html.esc(ctx.t("Andel (borgere)", "Share (citizens)")))
                .append("</th><th>").append(Html.esc(ctx.t("95 %-konfidensinterval", "95% confidence interval"))).append("</th></tr>\n");
        for (Direction d : Direction.values()) {
            ReportCells.Cell c = n.change().get(d.ordinal());
            ChangeShare share = n.comparison().bandChange().shares().get(d.ordinal());
            s.append("<tr><td>").append(Html.esc(capitalised(d.label().in(ctx.language())))).append("</td>").append(ctx.shareCell(c, n.banded()))
                    .append("<td class=\"num\">").append(Html.esc(ReportContext.shown(c, n.banded())
                            ? ctx.f().percentInterval(share.confLow(), share.confHigh()) : ctx.mark((c.shown() ? n.banded() : c).status())))
                    .append("</td></tr>\n");
        }
        s.append("</table>\n");
        s.append("<h3>").append(Html.esc(ctx.t("Hvad siger testene?", "What do the tests say?"))).append("</h3>\n");
        for (String sentence : sentences(in, ctx, n)) {
            s.append(p(sentence));
        }
        return s.toString();
    }

    /** The plain-language findings: the band tests, changed answers, predictors, self-report and cost change. */
    static List<String> sentences(ReportInput in, ReportContext ctx, FollowUpCells.Numbers n) {
        List<String> out = new ArrayList<>();
        RoundComparison c = n.comparison();
        out.add(bandTests(ctx, c));
        out.add(changedAnswers(in, ctx, c));
        out.add(predictors(in, ctx, c));
        selfReport(ctx, n).ifPresent(out::add);
        costChange(ctx, n).ifPresent(out::add);
        return out;
    }

    private static String bandTests(ReportContext ctx, RoundComparison c) {
        Optional<PairedTest> wilcoxon = c.test("wilcoxon_cost_band");
        if (!ctx.cells().mayShow(FollowUpCells.statistic("wilcoxon_cost_band"))) {
            return ctx.t("Testene af ændringen i udgiftsinterval vises ikke, fordi de ville afsløre antal under " + ctx.threshold() + " personer.",
                    "The tests of the change in cost band are not shown, because they would reveal counts under " + ctx.threshold() + " persons.");
        }
        if (wilcoxon.isEmpty() || Double.isNaN(wilcoxon.get().pValue())) {
            return ctx.t("Ingen af de koblede borgere skiftede udgiftsinterval, så der er intet at teste.",
                    "None of the linked citizens changed cost band, so there is nothing to test.");
        }
        PairedTest w = wilcoxon.get();
        long dearer = c.bandChange().dearer().count();
        long cheaper = c.bandChange().cheaper().count();
        String test = ctx.t("Wilcoxons parrede rangtest, ", "Wilcoxon signed-rank test, ") + pText(ctx, w.pAdjusted())
                + ctx.t(" efter Holm-korrektion", " after Holm's correction");
        String bowker = c.test("bowker_cost_band").filter(b -> !Double.isNaN(b.pValue())).map(b -> ctx.t(" Bowkers symmetritest: ",
                " Bowker's test of symmetry: ") + pText(ctx, b.pAdjusted()) + ".").orElse("");
        if (w.pAdjusted() < ALPHA) {
            return (dearer > cheaper ? ctx.t("Flere blev dyrere end billigere (", "More became dearer than cheaper (")
                    : ctx.t("Flere blev billigere end dyrere (", "More became cheaper than dearer (")) + test + ")." + bowker;
        }
        return ctx.t("Der er ingen sikker forskel på, hvor mange der blev dyrere og billigere (",
                "There is no clear difference between how many became dearer and how many cheaper (") + test + ")." + bowker;
    }

    private static String changedAnswers(ReportInput in, ReportContext ctx, RoundComparison c) {
        List<PairedTest> mcnemar = c.tests().stream().filter(t -> t.id().startsWith("mcnemar_")).toList();
        if (mcnemar.isEmpty()) {
            return ctx.t("Ingen Ja/Nej-spørgsmål kan sammenlignes mellem runderne.", "No Yes/No questions can be compared between the rounds.");
        }
        if (in.disclosure().isShared()) {
            return ctx.t("Ændrede svar på de enkelte Ja/Nej-spørgsmål (McNemars test) vises kun i den interne udgave, fordi testene hviler på "
                            + "antal, der ikke er beskyttet her.",
                    "Changed answers to the single Yes/No questions (McNemar's test) are shown only in the internal edition, because the "
                            + "tests rest on counts that are not protected here.");
        }
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (PairedTest t : mcnemar) {
            String question = question(in, t.id().substring("mcnemar_".length()), ctx);
            if (Double.isNaN(t.pValue())) {
                unchanged.add(question);
            } else if (t.pAdjusted() < ALPHA) {
                changed.add(question + " (" + pText(ctx, t.pAdjusted()) + ")");
            }
        }
        StringBuilder s = new StringBuilder(changed.isEmpty()
                ? ctx.t("Svarene på Ja/Nej-spørgsmålene ændrede sig ikke sikkert mellem runderne (McNemars test, Holm-korrigeret).",
                "The answers to the Yes/No questions did not change clearly between the rounds (McNemar's test, Holm-corrected).")
                : ctx.t("Svarene ændrede sig sikkert på: ", "The answers changed clearly for: ") + String.join("; ", changed)
                + ctx.t(" (McNemars test, Holm-korrigeret).", " (McNemar's test, Holm-corrected)."));
        if (!unchanged.isEmpty()) {
            s.append(ctx.t(" Ingen borger skiftede svar på ", " No citizen changed answer to ")).append(unchanged.size())
                    .append(unchanged.size() == 1 ? ctx.t(" spørgsmål: ", " question: ") : ctx.t(" spørgsmål: ", " questions: "))
                    .append(String.join("; ", unchanged)).append('.');
        }
        return s.toString();
    }

    private static String predictors(ReportInput in, ReportContext ctx, RoundComparison c) {
        List<Predictor> significant = c.predictors().stream().filter(p -> p.skipped().isEmpty() && p.pAdjusted() < ALPHA).toList();
        if (significant.isEmpty()) {
            return ctx.t("Ingen svar i den tidligere runde hang sikkert sammen med at blive dyrere (logistisk regression justeret for målgruppe, "
                    + "Holm-korrigeret).", "No first-round answer was clearly associated with becoming dearer (logistic regression adjusted "
                    + "for target group, Holm-corrected).");
        }
        List<String> items = new ArrayList<>();
        for (Predictor p : significant) {
            String q = question(in, p.question(), ctx);
            items.add(in.disclosure().isShared() ? q : q + " (odds ratio " + ctx.f().decimal(p.estimate(), 2) + ", "
                    + ctx.t("95 %-KI ", "95% CI ") + ctx.f().decimal(p.confLow(), 2) + "–" + ctx.f().decimal(p.confHigh(), 2) + ", "
                    + pText(ctx, p.pAdjusted()) + ")");
        }
        return ctx.t("Et Ja i den tidligere runde hang sikkert sammen med at blive dyrere for: ", "A Yes in the earlier round was clearly associated "
                + "with becoming dearer for: ") + String.join("; ", items) + ctx.t(" (logistisk regression justeret for målgruppe, Holm-korrigeret).",
                " (logistic regression adjusted for target group, Holm-corrected).");
    }

    private static Optional<String> selfReport(ReportContext ctx, FollowUpCells.Numbers n) {
        if (n.comparison().selfReport().isEmpty()) {
            return Optional.empty();
        }
        TestResult kappa = n.comparison().selfReport().get().kappa();
        if (!ctx.cells().mayShow(FollowUpCells.KAPPA)) {
            return Optional.of(ctx.t("Hvor godt den tidligere rundes forventning til udgiften ramte, vises ikke, fordi det ville afsløre antal under "
                    + ctx.threshold() + " personer.", "How well the earlier round's expected cost development came true is not shown, because "
                    + "it would reveal counts under " + ctx.threshold() + " persons."));
        }
        if (Double.isNaN(kappa.estimate())) {
            return Optional.of(ctx.t("Den tidligere rundes forventning til udgiften kan ikke sammenlignes med udviklingen: for få svar.",
                    "The earlier round's expected cost development cannot be compared with the change: too few answers."));
        }
        return Optional.of(ctx.t("Den tidligere rundes forventning til udgiften (stigende, uændret, faldende) passede ", "The earlier round's expected "
                + "cost development (rising, unchanged, falling) agreed ") + agreement(kappa.estimate(), ctx) + ctx.t(" med udviklingen (kappa ",
                " with the change (kappa ") + minus(ctx.f().decimal(kappa.estimate(), 2)) + ", " + ctx.t("95 %-KI ", "95% CI ")
                + minus(ctx.f().decimal(kappa.confLow(), 2)) + ctx.t(" til ", " to ") + minus(ctx.f().decimal(kappa.confHigh(), 2)) + ").");
    }

    /** Kappa in words (Landis and Koch 1977). */
    static String agreement(double kappa, ReportContext ctx) {
        if (kappa < 0) {
            return ctx.t("dårligere end tilfældigt", "worse than chance");
        }
        if (kappa <= 0.2) {
            return ctx.t("næsten ikke", "hardly at all");
        }
        if (kappa <= 0.4) {
            return ctx.t("svagt", "slightly");
        }
        if (kappa <= 0.6) {
            return ctx.t("moderat", "moderately");
        }
        return kappa <= 0.8 ? ctx.t("godt", "well") : ctx.t("næsten helt", "almost perfectly");
    }

    private static Optional<String> costChange(ReportContext ctx, FollowUpCells.Numbers n) {
        if (n.costN().isEmpty()) {
            return Optional.empty();
        }
        ReportCells.Cell cell = n.costN().get();
        CostChange cost = n.comparison().annualCostChange().orElseThrow();
        if (!cell.shown()) {
            return Optional.of(ctx.t("Ændringen i den årlige udgift vises ikke, fordi den hviler på under " + ctx.threshold() + " borgere.",
                    "The change in annual cost is not shown, because it rests on fewer than " + ctx.threshold() + " citizens."));
        }
        return Optional.of(ctx.t("Den årlige udgift ændrede sig med ", "The annual cost changed by ") + signed(ctx, cost.median())
                + ctx.t(" pr. borger (median, 95 %-KI ", " per citizen (median, 95% CI ") + interval(ctx, cost.medianConfLow(), cost.medianConfHigh())
                + ctx.t(") og i alt ", ") and in all by ") + signed(ctx, cost.total()) + " (" + interval(ctx, cost.totalConfLow(), cost.totalConfHigh())
                + ctx.t("); det bygger på ", "); this rests on ") + ctx.count(cell)
                + ctx.t(" borgere med en kendt årlig udgift i begge runder.", " citizens with a known annual cost in both rounds."));
    }

    private static String signed(ReportContext ctx, double kroner) {
        return (kroner > 0 ? "+" : kroner < 0 ? "−" : "") + ctx.f().kroner(Math.abs(kroner));
    }

    private static String interval(ReportContext ctx, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "–";
        }
        return signed(ctx, low) + ctx.t(" til ", " to ") + signed(ctx, high);
    }

    /** "p &lt; 0,001" or "p = 0,012". */
    static String pText(ReportContext ctx, double p) {
        String text = ctx.f().pValue(p);
        return text.startsWith("<") || text.startsWith(">") ? "p " + text.charAt(0) + " " + text.substring(1) : "p = " + text;
    }

    private static String question(ReportInput in, String key, ReportContext ctx) {
        return in.followUp().orElseThrow().earlier().sheet().question(key)
                .map(q -> q.number() + ". " + q.text().in(ctx.language())).orElse(key);
    }

    /**
     * The flow of cost bands: one bar per earlier band, stacked by the later band, in citizens (a hidden count
     * is left out of its bar and named in the text).
     */
    static Chart flowChart(ReportInput in, ReportContext ctx, FollowUpCells.Numbers n) {
        List<String> labels = n.bands().stream().map(b -> FollowUpCells.bandLabel(in, b, ctx)).toList();
        Chart.Builder b = Chart.builder(ChartKind.STACKED_BARS, "udvikling-udgiftsinterval",
                ctx.t("Udgiftsinterval i den tidligere runde og nu", "Cost band in the earlier round and now"), ctx.language())
                .banner(new Charts(ctx).banner())
                .categories(ctx.t("Udgiftsinterval i den tidligere runde", "Cost band in the earlier round"), labels)
                .valueAxis(Axis.linear(ctx.t("Borgere", "Citizens")).withDecimals(0));
        StringBuilder alt = new StringBuilder(ctx.t("Stablede søjler: én pr. udgiftsinterval i den tidligere runde, delt efter intervallet nu. ",
                "Stacked bars: one per cost band in the earlier round, split by the band now. "));
        Role[] roles = {Role.PRIMARY, Role.COMPARISON, Role.EXTRA_1, Role.EXTRA_2, Role.EXTRA_3, Role.EXTRA_4, Role.HIGHLIGHT, Role.CONTEXT};
        for (int j = 0; j < n.bands().size(); j++) {
            List<Datum> data = new ArrayList<>();
            for (int i = 0; i < n.bands().size(); i++) {
                ReportCells.Cell c = n.transitions()[i][j];
                data.add(Datum.bar(i, c.shown() ? c.count() : Double.NaN, ctx.count(c)));
            }
            b.series(Series.bars(labels.get(j), roles[j % roles.length], data));
        }
        // each earlier band with where its citizens are now; a shown zero is left out, a hidden count keeps its mark
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n.bands().size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < n.bands().size(); j++) {
                ReportCells.Cell c = n.transitions()[i][j];
                if (!c.shown() || c.count() > 0) {
                    parts.add(ctx.count(c) + ctx.t(" nu i ", " now in ") + labels.get(j));
                }
            }
            rows.add(labels.get(i) + ": " + (parts.isEmpty() ? ctx.t("ingen", "none") : String.join(", ", parts)));
        }
        String described = String.join("; ", rows);
        alt.append(described).append(described.endsWith(".") ? "" : ".");
        return b.textAlternative(alt.toString()).build();
    }

    /** Dearer, same and cheaper as shares of the linked citizens with a band in both rounds, with Wilson intervals. */
    static Chart changeChart(ReportContext ctx, FollowUpCells.Numbers n) {
        List<String> labels = new ArrayList<>();
        List<Datum> data = new ArrayList<>();
        StringBuilder alt = new StringBuilder(ctx.t("Vandrette søjler med 95 %-konfidensintervaller. ",
                "Horizontal bars with 95% confidence intervals. "));
        for (Direction d : Direction.values()) {
            ReportCells.Cell c = n.change().get(d.ordinal());
            ChangeShare share = n.comparison().bandChange().shares().get(d.ordinal());
            boolean shown = ReportContext.shown(c, n.banded()) && n.banded().count() > 0;
            String label = capitalised(d.label().in(ctx.language()));
            labels.add(label);
            String text = ctx.share(c, n.banded());
            data.add(shown ? Datum.bar(d.ordinal(), 100 * share.estimate(), 100 * share.confLow(), 100 * share.confHigh(), text)
                    : Datum.bar(d.ordinal(), Double.NaN, text));
            alt.append(label).append(": ").append(text).append(d.ordinal() + 1 < Direction.values().length ? "; " : ".");
        }
        return Chart.builder(ChartKind.HORIZONTAL_BARS, "udvikling-dyrere-billigere",
                        ctx.t("Dyrere, samme eller billigere end i den tidligere runde", "Dearer, same or cheaper than in the earlier round"),
                        ctx.language()).banner(new Charts(ctx).banner())
                .categories(ctx.t("Udvikling", "Change"), labels)
                .valueAxis(Axis.linear(ctx.t("Andel af koblede borgere (%)", "Share of linked citizens (%)")).withDecimals(1))
                .series(Series.bars(ctx.t("Egne borgere", "Own citizens") + ctx.syntheticSuffix(ctx.input().cases().origin().isSynthetic()),
                        Role.PRIMARY, data))
                .textAlternative(alt.toString()).build();
    }

    private static String transitionTable(ReportInput in, ReportContext ctx, FollowUpCells.Numbers n) {
        StringBuilder s = new StringBuilder("<table class=\"followup-transitions\">\n<tr><th>")
                .append(Html.esc(ctx.t("Tidligere runde \\ nu", "Earlier round \\ now"))).append("</th>");
        for (String b : n.bands()) {
            s.append("<th>").append(Html.esc(FollowUpCells.bandLabel(in, b, ctx))).append("</th>");
        }
        s.append("</tr>\n");
        for (int i = 0; i < n.bands().size(); i++) {
            s.append("<tr><td>").append(Html.esc(FollowUpCells.bandLabel(in, n.bands().get(i), ctx))).append("</td>");
            for (int j = 0; j < n.bands().size(); j++) {
                s.append(ctx.countCell(n.transitions()[i][j]));
            }
            s.append("</tr>\n");
        }
        return s.append("</table>\n").toString();
    }

    private static void row(StringBuilder s, String label, String cell) {
        s.append("<tr><td>").append(Html.esc(label)).append("</td>").append(cell).append("</tr>\n");
    }

    private static String p(String text) {
        return "<p>" + Html.esc(text) + "</p>\n";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A formatted number with a typographic minus sign ("−0,22"), as the kroner in this section are written. */
    private static String minus(String number) {
        return number.startsWith("-") ? "\u2212" + number.substring(1) : number;
    }
}
