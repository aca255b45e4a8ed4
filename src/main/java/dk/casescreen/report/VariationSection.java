package dk.casescreen.report;

import dk.casescreen.analysis.CaseSets;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.chart.Axis;
import dk.casescreen.chart.Chart;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Variation between municipalities: the funnel plot with the own municipality highlighted. */
final class VariationSection {

    private VariationSection() {
    }

    private static String table(ReportContext ctx) {
        return ctx.t("Variation: screenede sager pr. kommune", "Variation: screened cases per municipality");
    }

    /** The name of the statistic that the funnel's overdispersion is: it rests on every municipality's count. */
    static String overdispersion(ReportContext ctx) {
        return table(ctx) + ": overspredning";
    }

    /** The published count of every municipality's screened cases, by code; the total under the key "". */
    static Map<String, ReportCells.Cell> cells(ReportInput in, ReportContext ctx) {
        Map<String, ReportCells.Cell> cells = new HashMap<>();
        if (in.funnel().isEmpty()) {
            return cells;
        }
        BitSet screened = ctx.pooledScreened();
        BitSet total = new BitSet();
        for (FunnelPoint p : in.funnel().get().points()) {
            BitSet members = CaseSets.and(screened, ctx.sets().municipality(p.municipalityCode()));
            total.or(members);
            ReportCells.Cell c = ctx.cell(table(ctx), p.name(), ctx.t("Sager", "Cases"), members, "municipality");
            if (c.count() != p.cases()) {
                throw new IllegalStateException("The report's count of a municipality differs from the funnel plot's");
            }
            cells.put(p.municipalityCode(), c);
        }
        ReportCells.Cell all = ctx.cell(table(ctx), ctx.t("I alt", "In all"), ctx.t("Sager", "Cases"), total);
        cells.put("", all);
        ctx.cells().statistic(overdispersion(ctx), cells.values().toArray(ReportCells.Cell[]::new));
        return cells;
    }

    /**
     * The funnel plot as the report publishes it: a municipality whose count is suppressed is left out, and
     * the limits are not widened for overdispersion when that would reveal a suppressed count. Empty
     * without a funnel plot.
     */
    static Optional<Chart> chart(ReportInput in, ReportContext ctx) {
        if (in.funnel().isEmpty()) {
            return Optional.empty();
        }
        Map<String, ReportCells.Cell> cells = cells(in, ctx);
        if (!cells.get("").shown()) {
            // the average and the limits rest on the total, which is hidden
            return Optional.empty();
        }
        FunnelPlot funnel = ctx.cells().mayShow(overdispersion(ctx)) ? in.funnel().get() : in.funnel().get().withoutOverdispersion();
        return Optional.of(FunnelChart.of(funnel, Set.copyOf(in.municipalities()), p -> cells.get(p.municipalityCode()).shown(),
                ctx.t("Egen kommune", "Own municipality") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()), Axis.Scale.LOG,
                ctx.language()).withBanner(new Charts(ctx).banner()));
    }

    /** "gennemsnit 1,23" when the total is shown. */
    static String averageText(ReportInput in, ReportContext ctx) {
        Map<String, ReportCells.Cell> cells = cells(in, ctx);
        return cells.containsKey("") && cells.get("").shown()
                ? ctx.t("gennemsnit ", "average ") + ctx.f().decimal(in.funnel().orElseThrow().targetRate(), 2) : "";
    }

    /** Why the funnel plot is left out: its average would reveal a hidden count. */
    static String notShown(ReportContext ctx) {
        return ctx.t("Tragtdiagrammet vises ikke, fordi dets gennemsnit ville afsløre antal under " + ctx.threshold() + " personer.",
                "The funnel plot is not shown, because its average would reveal counts under " + ctx.threshold() + " persons.");
    }

    static String html(ReportInput in, ReportContext ctx) {
        if (in.funnel().isEmpty()) {
            return "<p>" + Html.esc(ctx.t("Tragtdiagrammet kræver sager fra flere kommuner og deres indbyggertal: hent tabellen FOLK1A "
                    + "(folketal efter område, alder og tid) fra Danmarks Statistik som CSV og giv den med --populations.",
                    "The funnel plot needs cases from several municipalities and their populations: download table FOLK1A (population by "
                    + "area, age and time) from Statistics Denmark as CSV and pass it with --populations.")) + "</p>\n";
        }
        Map<String, ReportCells.Cell> cells = cells(in, ctx);
        boolean overdispersionShown = ctx.cells().mayShow(overdispersion(ctx));
        FunnelPlot funnel = overdispersionShown ? in.funnel().get() : in.funnel().get().withoutOverdispersion();
        StringBuilder s = new StringBuilder("<p>").append(Html.esc(ctx.t(
                "Antal screenede sager pr. 1.000 indbyggere på 18–66 år. Tragtens grænser viser, hvor meget en kommune af den størrelse kan "
                        + "afvige fra gennemsnittet ved tilfældighed", "Screened cases per 1,000 inhabitants aged 18–66. The funnel's limits "
                        + "show how far a municipality of that size can lie from the average by chance")
                + (overdispersionShown ? ctx.t(", justeret for at kommunerne varierer mere end tilfældigt (Spiegelhalter 2005).",
                ", adjusted for municipalities varying more than chance alone (Spiegelhalter 2005).")
                : ctx.t(" (Poisson-grænser; justeringen for overspredning vises ikke, fordi den ville afsløre antal under "
                + ctx.threshold() + " personer).", " (Poisson limits; the adjustment for overdispersion is not shown, because it would reveal "
                + "counts under " + ctx.threshold() + " persons)."))))
                .append("</p>\n");
        s.append(chart(in, ctx).map(Charts::html).orElseGet(() -> "<p>" + Html.esc(notShown(ctx)) + "</p>\n"));
        s.append("<table class=\"funnel\">\n<tr><th>").append(Html.esc(ctx.t("Kommune", "Municipality"))).append("</th><th>")
                .append(Html.esc(ctx.t("Sager", "Cases") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()))).append("</th><th>")
                .append(Html.esc(ctx.t("18–66-årige", "Aged 18–66")))
                .append("</th><th>").append(Html.esc(ctx.t("Pr. 1.000", "Per 1,000"))).append("</th><th>")
                .append(Html.esc(ctx.t("Placering", "Position"))).append("</th></tr>\n");
        for (FunnelPoint p : funnel.points()) {
            if (!in.municipalities().contains(p.municipalityCode())) {
                continue;
            }
            ReportCells.Cell c = cells.get(p.municipalityCode());
            s.append("<tr><td>").append(Html.esc(p.name())).append("</td>").append(ctx.countCell(c)).append("<td class=\"num\">")
                    .append(ctx.f().integer(p.population())).append("</td><td class=\"num\">")
                    .append(c.shown() ? ctx.f().decimal(p.rate(), 2) : Html.esc(ctx.mark(c.status()))).append("</td><td>")
                    .append(Html.esc(c.shown() ? FunnelChart.band(p.band(), ctx.language()) : ctx.mark(c.status()))).append("</td></tr>\n");
        }
        s.append("</table>\n");
        ReportCells.Cell total = cells.get("");
        if (total.shown()) {
            s.append("<p>").append(Html.esc(ctx.t("Gennemsnit", "Average") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()) + ": "
                    + ctx.f().decimal(funnel.targetRate(), 2)
                    + ctx.t(" sager pr. 1.000", " cases per 1,000")
                    + (overdispersionShown ? ctx.t("; overspredning phi = ", "; overdispersion phi = ") + ctx.f().decimal(funnel.phi(), 2)
                    + (funnel.overdispersed() ? ctx.t(" (kommunerne varierer mere end tilfældigt; grænserne er udvidet).",
                    " (municipalities vary more than chance; the limits are widened).") : ctx.t(" (ingen overspredning).", " (no overdispersion)."))
                    : "."))).append("</p>\n");
        }
        return s.toString();
    }
}
