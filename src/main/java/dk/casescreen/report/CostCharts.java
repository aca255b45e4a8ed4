package dk.casescreen.report;

import dk.casescreen.analysis.CostConcentration;
import dk.casescreen.chart.Axis;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.ChartKind;
import dk.casescreen.chart.Datum;
import dk.casescreen.chart.Mark;
import dk.casescreen.chart.Role;
import dk.casescreen.chart.Series;
import dk.casescreen.stats.Concentration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The charts of "Hvad koster de?" as {@link Chart} models, from the published money only: the Lorenz
 * curve of the own cases' annual cost (in the shared edition read off at every tenth of the cases, so that
 * no point is one case's amount) and the spending per 1,000 inhabitants aged 18–66 per municipality, ranked,
 * with its bootstrap interval and the own municipality highlighted (a municipality whose count the funnel
 * hides is left out).
 */
final class CostCharts {

    private CostCharts() {
    }

    /** The points of the Lorenz curve the report publishes: every point internally, tenths in the shared edition. */
    static List<Concentration.Point> lorenzPoints(ReportContext ctx, CostConcentration k) {
        if (!ctx.disclosure().isShared()) {
            return k.lorenz();
        }
        Concentration.Lorenz curve = new Concentration.Lorenz(k.lorenz());
        List<Concentration.Point> tenths = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            tenths.add(new Concentration.Point(i / 10.0, curve.at(i / 10.0)));
        }
        return tenths;
    }

    /** The Lorenz curve with the line of equal shares; empty when the report may not show it. */
    static Optional<Chart> lorenz(ReportContext ctx, CostCells.Numbers n) {
        if (!n.tails() || n.cost().concentration().isEmpty()) {
            return Optional.empty();
        }
        CostConcentration k = n.cost().concentration().get();
        List<Datum> curve = new ArrayList<>();
        for (Concentration.Point p : lorenzPoints(ctx, k)) {
            curve.add(Datum.point(100 * p.caseShare(), 100 * p.amountShare(), ""));
        }
        String alt = ctx.t("Lorenzkurve over den årlige udgift i ", "Lorenz curve of the annual cost of ") + ctx.f().integer(k.n())
                + ctx.t(" egne sager med udgift: de billigste 50 % af sagerne står for ", " own cases with a cost: the cheapest 50% of the cases account for ")
                + ctx.f().percent(new Concentration.Lorenz(k.lorenz()).at(0.5)) + ctx.t(" af udgiften, de dyreste 10 % for ", " of the cost, the most expensive 10% for ")
                + ctx.f().percent(k.top10Share()) + ctx.t(" og de dyreste 20 % for ", " and the most expensive 20% for ") + ctx.f().percent(k.top20Share())
                + ctx.t(". Gini-koefficient ", ". Gini coefficient ") + ctx.f().decimal(k.gini(), 2) + ".";
        Chart chart = Chart.builder(ChartKind.SCATTER, "lorenz-udgift", ctx.t("Hvor koncentreret er udgiften?", "How concentrated is the cost?"),
                        ctx.language()).banner(new Charts(ctx).banner())
                .xAxis(Axis.linear(ctx.t("Andel af sagerne, billigste først (%)", "Share of the cases, cheapest first (%)")))
                .valueAxis(Axis.linear(ctx.t("Andel af den samlede udgift (%)", "Share of the total cost (%)")))
                .series(Series.line(ctx.ownLabel(), Role.PRIMARY, Mark.LINE, curve))
                .series(Series.line(ctx.t("Lige fordeling", "Equal shares"), Role.GUIDE, Mark.DASHED_LINE,
                        List.of(Datum.point(0, 0, ""), Datum.point(100, 100, ""))))
                .textAlternative(alt).build();
        return Optional.of(chart);
    }

    /** Spending per 1,000 aged 18–66 per municipality, ranked; empty without populations or several municipalities. */
    static Optional<Chart> perMunicipality(ReportContext ctx, CostCells.Numbers n) {
        if (n.municipalities().isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        List<Datum> data = new ArrayList<>();
        StringBuilder alt = new StringBuilder(ctx.t("Vandrette søjler, kommunerne efter udgift pr. 1.000 18–66-årige, højeste først. ",
                "Horizontal bars, the municipalities by spending per 1,000 aged 18–66, highest first. "));
        for (CostCells.Municipality m : n.municipalities()) {
            String name = m.cost().name() + (m.own() ? ctx.syntheticSuffix(ctx.input().cases().origin().isSynthetic()) : "");
            labels.add(name);
            int i = data.size();
            Datum d;
            if (m.shown()) {
                String text = mio(ctx, m.cost().estimate());
                d = Datum.bar(i, m.cost().estimate() / 1e6, interval(m.cost().confLow()), interval(m.cost().confHigh()), text);
            } else {
                d = Datum.bar(i, Double.NaN, ctx.mark(m.cell().status()));
            }
            data.add(m.own() ? d.highlight() : d);
            if (m.own()) {
                alt.append(name).append(": ").append(d.text()).append(m.shown() ? ctx.t(" (95 %-KI ", " (95% CI ")
                        + mio(ctx, m.cost().confLow()) + "–" + mio(ctx, m.cost().confHigh()) + ctx.t("), nr. ", "), rank ") + m.cost().rank()
                        + ctx.t(" af ", " of ") + n.municipalities().size() : "").append(". ");
            }
        }
        return Optional.of(Chart.builder(ChartKind.HORIZONTAL_BARS, "udgift-pr-kommune",
                        ctx.t("Udgift til de screenede sager pr. 1.000 18–66-årige", "Spending on the screened cases per 1,000 aged 18–66"),
                        ctx.language()).banner(new Charts(ctx).banner())
                .categories(ctx.t("Kommune", "Municipality"), labels)
                .valueAxis(Axis.linear(ctx.t("Mio. kr. pr. 1.000 18–66-årige", "Mio. kr. per 1,000 aged 18–66")).withDecimals(2))
                .series(Series.bars(ctx.t("Udgift pr. 1.000 (95 %-KI)", "Spending per 1,000 (95% CI)"), Role.PRIMARY, data))
                .textAlternative(alt.toString().strip()).build());
    }

    private static double interval(double kr) {
        return Double.isNaN(kr) ? Double.NaN : kr / 1e6;
    }

    /** An amount in mio. kr. with two decimals: "2,45 mio. kr." (Danish) or "DKK 2.45m" (English). */
    static String mio(ReportContext ctx, double kr) {
        return ctx.t(ctx.f().decimal(kr / 1e6, 2) + " mio. kr.", "DKK " + ctx.f().decimal(kr / 1e6, 2) + "m");
    }
}
