package dk.casescreen.report;

import static dk.casescreen.report.ExportColumns.columns;
import static dk.casescreen.report.ExportColumns.count;
import static dk.casescreen.report.ExportColumns.one;
import static dk.casescreen.report.ExportColumns.t;

import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Variation between municipalities as an export table: the funnel plot's points and limits. As in the
 * report, another municipality whose count is suppressed is left out (the report neither plots nor names
 * it); an own municipality is always listed, its count empty when suppressed.
 */
final class FunnelExport {

    /** One row per municipality. */
    static final Definition FUNNEL = new Definition("funnel", t("Tragt", "Funnel"),
            t("Én række pr. kommune i tragtdiagrammet: screenede sager pr. 1.000 indbyggere på 18–66 år og tragtens grænser ved kommunens "
                    + "størrelse. Andre kommuner, hvis antal er skjult, er udeladt som i rapporten.", "One row per municipality in the funnel plot: "
                    + "screened cases per 1,000 inhabitants aged 18–66 and the funnel's limits at the municipality's size. Other municipalities "
                    + "whose count is hidden are left out, as in the report."),
            columns(one(Column.code("municipality_code", t("Kommunekode", "Municipality code"), t("Kommunens kode.", "The municipality's code."), false)),
                    one(Column.text("municipality", t("Kommune", "Municipality"), t("Kommunens navn.", "The municipality's name."), false)),
                    one(Column.bool("own", t("Egen kommune", "Own municipality"), t("true for de kommuner, tabellerne handler om.",
                            "true for the municipalities the tables are about."))),
                    count("cases", t("Sager", "Cases"), t("Screenede sager (2 mio. kr. eller mere).", "Screened cases (2 mio. kr. or more).")),
                    one(Column.integer("population_18_66", t("18–66-årige", "Aged 18–66"), t("Indbyggere på 18–66 år (Danmarks Statistik, FOLK1A).",
                            "Inhabitants aged 18–66 (Statistics Denmark, FOLK1A)."))),
                    one(Column.number("rate_per_1000", t("Pr. 1.000", "Per 1,000"), t("cases pr. 1.000 18–66-årige.", "cases per 1,000 aged 18–66."), 2)),
                    one(Column.code("position_code", t("Placering, kode", "Position code"), t("Hvor kommunen ligger i forhold til grænserne: below_998, "
                            + "below_95, within, above_95, above_998.", "Where the municipality lies against the limits: below_998, below_95, within, "
                            + "above_95, above_998."), true, "below_998", "below_95", "within", "above_95", "above_998")),
                    one(Column.text("position", t("Placering", "Position"), t("Placeringen i ord.", "The position in words."), true)),
                    one(Column.number("lower_95", t("Nedre 95 %-grænse", "Lower 95% limit"), t("Tragtens nedre 95 %-grænse pr. 1.000 ved kommunens "
                            + "størrelse, mindst 0 som i diagrammet.", "The funnel's lower 95% limit per 1,000 at the municipality's size, at "
                            + "least 0 as in the chart."), 2)),
                    one(Column.number("upper_95", t("Øvre 95 %-grænse", "Upper 95% limit"), t("Tragtens øvre 95 %-grænse.", "The funnel's upper 95% limit."), 2)),
                    one(Column.number("lower_998", t("Nedre 99,8 %-grænse", "Lower 99.8% limit"), t("Tragtens nedre 99,8 %-grænse, mindst 0.",
                            "The funnel's lower 99.8% limit, at least 0."), 2)),
                    one(Column.number("upper_998", t("Øvre 99,8 %-grænse", "Upper 99.8% limit"), t("Tragtens øvre 99,8 %-grænse.",
                            "The funnel's upper 99.8% limit."), 2)),
                    one(Column.number("average_rate", t("Gennemsnit pr. 1.000", "Average per 1,000"), t("Alle tragtens kommuners sager pr. 1.000 "
                            + "(tragtens midte); grænserne er udvidet for overspredning, når rapporten viser det, ellers Poisson-grænser.",
                            "All the funnel's municipalities' cases per 1,000 (the funnel's centre); the limits are widened for overdispersion where "
                                    + "the report shows it, else Poisson limits."), 2)),
                    one(ExportColumns.synthetic())));

    private FunnelExport() {
    }

    static TidyTable funnel(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(FUNNEL, ctx.language());
        if (in.funnel().isEmpty()) {
            return table;
        }
        Map<String, ReportCells.Cell> cells = VariationSection.cells(in, ctx);
        String statistic = VariationSection.overdispersion(ctx);
        boolean overdispersion = ctx.cells().mayShow(statistic);
        FunnelPlot funnel = overdispersion ? in.funnel().get() : in.funnel().get().withoutOverdispersion();
        ReportCells.Cell total = cells.get("");
        List<CellRef> limitSources = new ArrayList<>(List.of(total.ref()));
        if (overdispersion) {
            limitSources.addAll(ctx.cells().publication().statistics().get(statistic));
        }
        for (FunnelPoint p : funnel.points()) {
            ReportCells.Cell c = cells.get(p.municipalityCode());
            boolean own = in.municipalities().contains(p.municipalityCode());
            if (!own && !c.shown()) {
                continue;
            }
            List<CellRef> limits = total.shown() ? limitSources : List.of();
            table.row().text("municipality_code", p.municipalityCode()).text("municipality", p.name()).bool("own", own).count("cases", c)
                    .integer("population_18_66", p.population()).number("rate_per_1000", c.shown() ? p.rate() : null, List.of(c.ref()))
                    .text("position_code", c.shown() ? p.band().name().toLowerCase(Locale.ROOT) : null)
                    .text("position", c.shown() ? FunnelChart.band(p.band(), ctx.language()) : null)
                    .number("lower_95", total.shown() ? Math.max(0, funnel.lowerLimit(p.population(), FunnelPlot.Z_95)) : null, limits)
                    .number("upper_95", total.shown() ? funnel.upperLimit(p.population(), FunnelPlot.Z_95) : null, limits)
                    .number("lower_998", total.shown() ? Math.max(0, funnel.lowerLimit(p.population(), FunnelPlot.Z_998)) : null, limits)
                    .number("upper_998", total.shown() ? funnel.upperLimit(p.population(), FunnelPlot.Z_998) : null, limits)
                    .number("average_rate", total.shown() ? funnel.targetRate() : null, List.of(total.ref()))
                    .bool("synthetic", in.cases().origin().isSynthetic()).add();
        }
        return table;
    }
}
