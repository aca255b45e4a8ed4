package dk.casescreen.report;

import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.chart.Axis;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.ChartKind;
import dk.casescreen.chart.Datum;
import dk.casescreen.chart.Role;
import dk.casescreen.chart.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of a report as {@link Chart} models, built from published counts: in shared reports a
 * value resting on a suppressed count is not shown (its text says "&lt;5" or "·"), so the HTML, the
 * deck and the workbook draw the same numbers.
 */
final class Charts {

    private final ReportContext ctx;

    Charts(ReportContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A value a chart shows: a percentage (NaN when hidden or unknown) and the text shown for it in
     * tooltips and the text alternative ("&lt;5" or "·" when suppressed).
     *
     * @param percent the percentage, NaN when not shown
     * @param text    the text
     */
    record Value(double percent, String text) {

        /** A share of two published counts, hidden when either is suppressed. */
        static Value share(ReportContext ctx, ReportCells.Cell count, ReportCells.Cell n) {
            boolean shown = count.shown() && n.shown() && n.count() > 0;
            return new Value(shown ? 100.0 * count.count() / n.count() : Double.NaN, ctx.share(count, n));
        }

        /** A reference figure. */
        static Value figure(ReferenceFigure f, ReferenceText text) {
            return new Value(f.suppressed() ? Double.NaN : 100 * f.share(), text.figure(f));
        }

        /** No value. */
        static Value none() {
            return new Value(Double.NaN, "–");
        }
    }

    /** Own against reference shares of each answer to a question; the legend names say whose and, where so, SYNTETISK. */
    Chart profile(String id, String title, List<String> labels, String ownName, List<Value> own, String referenceName, List<Value> reference) {
        StringBuilder alt = new StringBuilder(ctx.t("Vandrette søjler. ", "Horizontal bars. "));
        for (int i = 0; i < labels.size(); i++) {
            alt.append(labels.get(i)).append(": ").append(own.get(i).text()).append(' ').append(ownName).append(", ")
                    .append(reference.get(i).text()).append(' ').append(referenceName).append(i + 1 < labels.size() ? "; " : ".");
        }
        return Chart.builder(ChartKind.HORIZONTAL_BARS, id, title, ctx.language()).banner(banner())
                .categories(ctx.t("Svar", "Answer"), labels)
                .valueAxis(Axis.linear(ctx.t("Andel af besvarede (%)", "Share of answered (%)")).withDecimals(1))
                .series(Series.bars(ownName, Role.PRIMARY, data(own)))
                .series(Series.bars(referenceName, Role.COMPARISON, data(reference)))
                .textAlternative(alt.toString()).build();
    }

    /**
     * The cost-band distribution of exposed against unexposed cases: each band's share of its group, from
     * published counts (a hidden count leaves its bar out).
     */
    Chart hypothesis(String id, String title, List<String> bands, String exposedName, List<Value> exposed, String unexposedName,
                     List<Value> unexposed) {
        String alt = ctx.t("Søjler pr. udgiftsinterval. ", "Bars per cost band. ") + exposedName + ": " + texts(bands, exposed) + ' '
                + unexposedName + ": " + texts(bands, unexposed);
        return Chart.builder(ChartKind.VERTICAL_BARS, id, title, ctx.language()).banner(banner())
                .categories(ctx.t("Udgiftsinterval (mio. kr.)", "Cost band (mio. kr.)"), bands)
                .valueAxis(Axis.linear(ctx.t("Andel af gruppen (%)", "Share of the group (%)")).withDecimals(1))
                .series(Series.bars(exposedName, Role.PRIMARY, data(exposed)))
                .series(Series.bars(unexposedName, Role.COMPARISON, data(unexposed)))
                .textAlternative(alt).build();
    }

    /** "SYNTETISKE DATA" when the report's cases or reference are synthetic, else nothing. */
    String banner() {
        return ctx.input().synthetic() ? ctx.t("SYNTETISKE DATA", "SYNTHETIC DATA") : null;
    }

    private static List<Datum> data(List<Value> values) {
        List<Datum> data = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            data.add(Datum.bar(i, values.get(i).percent(), values.get(i).text()));
        }
        return data;
    }

    private static String texts(List<String> labels, List<Value> values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            s.append(labels.get(i)).append(' ').append(values.get(i).text()).append(i + 1 < labels.size() ? ", " : ".");
        }
        return s.toString();
    }

    /** A chart as a figure of the report: the SVG and the text alternative as caption. */
    static String html(Chart chart) {
        return "<figure class=\"chart\" id=\"" + Html.esc(chart.id()) + "\">\n" + dk.casescreen.chart.SvgChart.render(chart)
                + "\n<figcaption>" + Html.esc(chart.textAlternative()) + "</figcaption>\n</figure>\n";
    }
}
