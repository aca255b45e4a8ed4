package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.chart.Axis;
import dk.casescreen.chart.Chart;
import java.util.Set;
import java.util.function.Predicate;

/** The funnel plot as a chart model. (Being written elsewhere; this placeholder fixes the signature.) */
public final class FunnelChart {

    private FunnelChart() {
    }

    /** The funnel plot with the given municipalities highlighted and only the points {@code shown} accepts. */
    public static Chart of(FunnelPlot plot, Set<String> highlightCodes, Predicate<FunnelPoint> shown, String ownLabel, Axis.Scale xScale,
                           Language language) {
        java.util.List<dk.casescreen.chart.Datum> points = plot.points().stream().filter(shown)
                .map(p -> dk.casescreen.chart.Datum.point(p.population(), p.rate(), p.name())).toList();
        return Chart.builder(dk.casescreen.chart.ChartKind.SCATTER, "tragt", "Tragtdiagram", language).xAxis(new Axis("18-66-årige", xScale, 0))
                .valueAxis(Axis.linear("Sager pr. 1.000")).series(dk.casescreen.chart.Series.points(ownLabel, dk.casescreen.chart.Role.CONTEXT, points))
                .build();
    }
}
