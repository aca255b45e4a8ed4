package dk.casescreen.chart;

import static dk.casescreen.chart.SvgChart.GRID;
import static dk.casescreen.chart.SvgChart.PAD;
import static dk.casescreen.chart.SvgChart.TEXT;
import static dk.casescreen.chart.SvgChart.WIDTH;

import dk.casescreen.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * The scatter charts of {@link SvgChart}: lines (solid, dashed, dotted) under points, the
 * highlighted points last, bigger, outlined and named. Both axes cover every value drawn, so
 * nothing is clipped; a value that cannot be placed (not shown, or not positive on a logarithmic
 * axis) is left out and breaks a line.
 */
final class SvgScatter {

    private static final double PLOT_HEIGHT = 320;

    private SvgScatter() {
    }

    /** Draws the chart below {@code top}; returns its height. */
    static double draw(Chart chart, Svg svg, double top) {
        NumberFormats f = new NumberFormats(chart.language());
        Axis xAxis = chart.xAxis().orElseThrow();
        Axis yAxis = chart.valueAxis();
        double[] xs = range(chart, xAxis, true);
        double[] ys = range(chart, yAxis, false);
        Scale x0 = Scale.of(xAxis, xs[0], xs[1], xs[0] >= 0 && xs[0] <= xs[1] / 2);
        Scale y0 = Scale.of(yAxis, ys[0], ys[1], ys[0] >= 0 && ys[0] <= ys[1] / 2);
        double tickWidth = y0.ticks().stream().mapToDouble(t -> Svg.width(y0.label(t, f), 11)).max().orElse(0);
        double left = PAD + 20 + tickWidth + 6;
        double right = WIDTH - PAD - Math.max(8, Svg.width(x0.label(x0.max(), f), 11) / 2 + 2);
        double plotTop = top + 4;
        double plotBottom = plotTop + PLOT_HEIGHT;
        Scale x = x0.place(left, right);
        Scale y = y0.place(plotBottom, plotTop);

        svg.start("g", "class", "axes");
        List<Double> xTicks = thin(x, f);
        StringBuilder grid = new StringBuilder();
        for (double t : xTicks) {
            grid.append('M').append(Svg.num(x.at(t))).append(' ').append(Svg.num(plotTop)).append('V').append(Svg.num(plotBottom));
        }
        for (double t : y.ticks()) {
            grid.append('M').append(Svg.num(left)).append(' ').append(Svg.num(y.at(t))).append('H').append(Svg.num(right));
        }
        svg.empty("path", "d", grid.toString(), "stroke", GRID, "fill", "none");
        svg.empty("path", "d", "M" + Svg.num(left) + " " + Svg.num(plotTop) + "V" + Svg.num(plotBottom) + "H" + Svg.num(right),
                "stroke", TEXT, "fill", "none");
        svg.start("g", "font-size", 11, "text-anchor", "middle");
        for (double t : xTicks) {
            svg.element("text", x.label(t, f), "x", x.at(t), "y", plotBottom + 15);
        }
        svg.end("g");
        svg.start("g", "font-size", 11, "text-anchor", "end");
        for (double t : y.ticks()) {
            svg.element("text", y.label(t, f), "x", left - 6, "y", y.at(t) + 4);
        }
        svg.end("g");
        svg.element("text", Svg.fit(xAxis.title(), right - left, 12, false), "x", (left + right) / 2, "y", plotBottom + 33,
                "text-anchor", "middle");
        double middle = (plotTop + plotBottom) / 2;
        svg.element("text", Svg.fit(yAxis.title(), PLOT_HEIGHT, 12, false), "x", PAD + 10, "y", middle, "text-anchor", "middle",
                "transform", "rotate(-90 " + Svg.num(PAD + 10) + " " + Svg.num(middle) + ")");
        svg.end("g");

        svg.start("g", "class", "plot", "data-box", SvgChart.box(left, plotTop, right - left, PLOT_HEIGHT));
        for (Series s : chart.series()) {
            if (s.mark().isLine()) {
                line(svg, s, x, y);
            }
        }
        List<Series> highlighted = new ArrayList<>();
        for (Series s : chart.series()) {
            if (s.mark() == Mark.POINT) {
                svg.start("g", "fill", s.role().colour(), "fill-opacity", 0.8);
                for (Datum d : s.data()) {
                    if (!d.highlighted() && x.shows(d.x()) && y.shows(d.y())) {
                        svg.mark("circle", tooltip(d, x, y, f), "cx", x.at(d.x()), "cy", y.at(d.y()), "r", 3.5);
                    }
                }
                svg.end("g");
                highlighted.add(s);
            }
        }
        for (Series s : highlighted) {
            for (Datum d : s.data()) {
                if (d.highlighted() && x.shows(d.x()) && y.shows(d.y())) {
                    highlight(svg, s, d, x, y, f);
                }
            }
        }
        svg.end("g");
        return plotBottom + 37 + PAD;
    }

    /** The lowest and highest value drawn on an axis, over every series. */
    private static double[] range(Chart chart, Axis axis, boolean horizontal) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Series s : chart.series()) {
            for (Datum d : s.data()) {
                double v = horizontal ? d.x() : d.y();
                if (d.shown() && !Double.isNaN(d.x()) && !Double.isInfinite(v) && (axis.scale() == Axis.Scale.LINEAR || v > 0)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        return low > high ? new double[] {Double.NaN, Double.NaN} : new double[] {low, high};
    }

    /** Every second tick, as often as needed for the labels along the bottom not to touch. */
    private static List<Double> thin(Scale x, NumberFormats f) {
        List<Double> ticks = x.ticks();
        double widest = ticks.stream().mapToDouble(t -> Svg.width(x.label(t, f), 11)).max().orElse(0);
        while (ticks.size() > 2 && (ticks.size() - 1) * (widest + 10) > Math.abs(x.to() - x.from())) {
            List<Double> kept = new ArrayList<>();
            for (int i = 0; i < ticks.size(); i += 2) {
                kept.add(ticks.get(i));
            }
            ticks = kept;
        }
        return ticks;
    }

    private static void line(Svg svg, Series s, Scale x, Scale y) {
        StringBuilder d = new StringBuilder();
        boolean open = false;
        for (Datum p : s.data()) {
            if (!p.shown() || !x.shows(p.x()) || !y.shows(p.y())) {
                open = false;
                continue;
            }
            d.append(open ? ' ' : 'M').append(Svg.num(x.at(p.x()))).append(' ').append(Svg.num(y.at(p.y())));
            open = true;
        }
        if (!d.isEmpty()) {
            svg.mark("path", s.name(), "d", d.toString(), "fill", "none", "stroke", s.role().colour(), "stroke-width", 1.5,
                    "stroke-dasharray", SvgChart.dash(s.mark()));
        }
    }

    private static void highlight(Svg svg, Series s, Datum d, Scale x, Scale y, NumberFormats f) {
        double cx = x.at(d.x());
        double cy = y.at(d.y());
        svg.mark("circle", tooltip(d, x, y, f), "cx", cx, "cy", cy, "r", 6.0, "fill", s.role().colour(), "stroke", "#000",
                "stroke-width", 1.5);
        double w = Svg.width(d.text(), 12, true);
        boolean rightOf = cx + 10 + w <= WIDTH - PAD;
        double ly = cy - 8 < y.to() ? cy + 18 : cy + 4;
        svg.element("text", d.text(), "x", rightOf ? cx + 10 : cx - 10, "y", ly, "text-anchor", rightOf ? null : "end",
                "font-size", 12, "font-weight", "bold", "stroke", "#fff", "stroke-width", 3, "paint-order", "stroke");
    }

    /** A point's tooltip: its name and both values ("Aarhus: 45.000; 1,23"). */
    private static String tooltip(Datum d, Scale x, Scale y, NumberFormats f) {
        return d.text() + ": " + SvgChart.number(f, d.x(), x.axis().decimals()) + "; " + SvgChart.number(f, d.y(), y.axis().decimals());
    }
}
