package dk.casescreen.report;

import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import java.util.Set;

/** Variation between municipalities: the funnel plot with the own municipality highlighted. */
final class VariationSection {

    private VariationSection() {
    }

    static String html(ReportInput in, ReportContext ctx, Charts charts) {
        if (in.funnel().isEmpty()) {
            return "<p>" + Html.esc(ctx.t("Tragtdiagrammet kræver sager fra flere kommuner og deres indbyggertal: hent tabellen FOLK1A "
                    + "(folketal efter område, alder og tid) fra Danmarks Statistik som CSV og giv den med --populations.",
                    "The funnel plot needs cases from several municipalities and their populations: download table FOLK1A (population by "
                    + "area, age and time) from Statistics Denmark as CSV and pass it with --populations.")) + "</p>\n";
        }
        FunnelPlot funnel = in.funnel().get();
        StringBuilder s = new StringBuilder("<p>").append(Html.esc(ctx.t(
                "Antal screenede sager pr. 1.000 indbyggere på 18-66 år. Tragtens grænser viser, hvor meget en kommune af den størrelse kan "
                        + "afvige fra gennemsnittet ved tilfældighed, justeret for at kommunerne varierer mere end tilfældigt (Spiegelhalter 2005).",
                "Screened cases per 1,000 inhabitants aged 18-66. The funnel's limits show how far a municipality of that size can lie from "
                        + "the average by chance, adjusted for municipalities varying more than chance alone (Spiegelhalter 2005).")))
                .append("</p>\n");
        s.append(charts.funnel(funnel, Set.copyOf(in.municipalities())).html());
        s.append("<table class=\"funnel\">\n<tr><th>").append(Html.esc(ctx.t("Kommune", "Municipality"))).append("</th><th>")
                .append(Html.esc(ctx.t("Sager", "Cases"))).append("</th><th>").append(Html.esc(ctx.t("18-66-årige", "Aged 18-66")))
                .append("</th><th>").append(Html.esc(ctx.t("Pr. 1.000", "Per 1,000"))).append("</th><th>")
                .append(Html.esc(ctx.t("Placering", "Position"))).append("</th></tr>\n");
        for (FunnelPoint p : funnel.points()) {
            if (!in.municipalities().contains(p.municipalityCode())) {
                continue;
            }
            boolean hide = ctx.disclosure().suppress(p.cases());
            s.append("<tr><td>").append(Html.esc(p.name())).append("</td>").append(ctx.countCell(p.cases())).append("<td class=\"num\">")
                    .append(ctx.f().integer(p.population())).append("</td><td class=\"num\">")
                    .append(hide ? Html.esc(ctx.disclosure().suppressedText()) : ctx.f().decimal(p.rate(), 2)).append("</td><td>")
                    .append(Html.esc(charts.bandText(p.band()))).append("</td></tr>\n");
        }
        s.append("</table>\n<p>").append(Html.esc(ctx.t("Gennemsnit: ", "Average: ") + ctx.f().decimal(funnel.targetRate(), 2)
                + ctx.t(" sager pr. 1.000; overspredning phi = ", " cases per 1,000; overdispersion phi = ") + ctx.f().decimal(funnel.phi(), 2)
                + (funnel.overdispersed() ? ctx.t(" (kommunerne varierer mere end tilfældigt; grænserne er udvidet).",
                " (municipalities vary more than chance; the limits are widened).") : ctx.t(" (ingen overspredning).", " (no overdispersion).")))).append("</p>\n");
        return s.toString();
    }
}
