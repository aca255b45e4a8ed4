package dk.casescreen.chart;

import static dk.casescreen.chart.SvgChart.GRID;
import static dk.casescreen.chart.SvgChart.MUTED;
import static dk.casescreen.chart.SvgChart.PAD;
import static dk.casescreen.chart.SvgChart.TEXT;
import static dk.casescreen.chart.SvgChart.WIDTH;

import dk.casescreen.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * The bar charts of {@link SvgChart}: grouped bars from left to right, stacked bars, and grouped
 * columns. Every shown bar has its text as a value label and a tooltip; a value not shown draws its
 * text at the base instead of a bar. Stacked bars write a label inside its segment when it fits,
 * else in a line under the bar, at the segment; they draw no intervals.
 */
final class SvgBars {

    private static final double GAP = 12;
    private static final double LINE = 14;
    private static final double MAX_LABEL = 230;
    private static final double SLANTED = 130;

    private SvgBars() {
    }

    /** A segment of a stacked bar. */
    private record Piece(Series series, Datum datum, double x0, double x1, boolean inside) {
    }

    /** A label written under a stacked bar: a segment's too narrow for it, or a value not shown. */
    private record Spill(double x, String text, String tooltip, boolean shown) {
    }

    /** Horizontal grouped or stacked bars below {@code top}; returns the chart's height. */
    static double horizontal(Chart chart, Svg svg, double top) {
        NumberFormats f = new NumberFormats(chart.language());
        boolean stacked = chart.kind() == ChartKind.STACKED_BARS;
        List<Series> series = chart.series();
        int k = chart.categories().size();
        int perGroup = stacked ? 1 : series.size();
        double bar = stacked ? 20 : perGroup >= 6 ? 10 : perGroup >= 4 ? 12 : 16;
        List<Svg.Lines> labels = chart.categories().stream().map(c -> Svg.wrap(c, MAX_LABEL, 12, false, 3)).toList();
        double labelWidth = Math.max(40, labels.stream().flatMap(l -> l.lines().stream()).mapToDouble(l -> Svg.width(l, 12)).max().orElse(0));
        double low = 0;
        double high = 0;
        double valueWidth = 0;
        double[] totals = new double[k];
        for (Series s : series) {
            for (Datum d : s.data()) {
                if (d.shown()) {
                    totals[(int) d.x()] += Math.max(0, d.y());
                    low = Math.min(low, d.hasInterval() && !stacked ? Math.min(d.y(), d.low()) : d.y());
                    high = Math.max(high, d.hasInterval() && !stacked ? Math.max(d.y(), d.high()) : d.y());
                    valueWidth = Math.max(valueWidth, Svg.width(d.text(), 11, d.highlighted()));
                }
            }
        }
        if (stacked) {
            low = 0;
            high = java.util.Arrays.stream(totals).max().orElse(0);
        }
        Scale scale = Scale.of(chart.valueAxis(), low, high, true);
        double left = PAD + labelWidth + 10 + (scale.min() < 0 && !stacked ? valueWidth + 6 : 0);
        double right = WIDTH - PAD - Math.max(stacked ? 8 : valueWidth + 6, Svg.width(scale.label(scale.max(), f), 11) / 2 + 2);
        scale = scale.place(left, right);
        double plotTop = top;
        if (!chart.categoryTitle().isEmpty()) {
            plotTop += 20;
        }
        List<List<Piece>> pieces = new ArrayList<>();
        List<List<Spill>> spills = new ArrayList<>();
        double[] heights = new double[k];
        for (int i = 0; i < k; i++) {
            List<Piece> row = new ArrayList<>();
            List<Spill> spill = new ArrayList<>();
            if (stacked) {
                stack(chart, i, scale, f, row, spill);
            }
            pieces.add(row);
            spills.add(spill);
            double bars = perGroup * bar + (perGroup - 1) * 2 + (spill.isEmpty() ? 0 : LINE);
            heights[i] = Math.max(bars, labels.get(i).lines().size() * LINE) + GAP;
        }
        double plotBottom = plotTop + java.util.Arrays.stream(heights).sum();

        svg.start("g", "class", "axes");
        if (!chart.categoryTitle().isEmpty()) {
            svg.element("text", Svg.fit(chart.categoryTitle(), WIDTH - 2 * PAD, 12, true), "x", PAD, "y", top + 12, "font-weight", "bold");
        }
        StringBuilder grid = new StringBuilder();
        for (double t : scale.ticks()) {
            grid.append('M').append(Svg.num(scale.at(t))).append(' ').append(Svg.num(plotTop)).append('V').append(Svg.num(plotBottom));
        }
        svg.empty("path", "d", grid.toString(), "stroke", GRID, "fill", "none");
        svg.start("g", "font-size", 11, "text-anchor", "middle");
        for (double t : scale.ticks()) {
            svg.element("text", scale.label(t, f), "x", scale.at(t), "y", plotBottom + 15);
        }
        svg.end("g");
        svg.element("text", Svg.fit(chart.valueAxis().title(), right - left, 12, false), "x", (left + right) / 2, "y", plotBottom + 33,
                "text-anchor", "middle");
        double y = plotTop;
        for (int i = 0; i < k; i++) {
            List<String> lines = labels.get(i).lines();
            double first = y + heights[i] / 2 - (lines.size() - 1) * LINE / 2 + 4;
            for (int j = 0; j < lines.size(); j++) {
                Object[] at = {"x", left - 10 - (scale.min() < 0 && !stacked ? valueWidth + 6 : 0), "y", first + j * LINE, "text-anchor", "end"};
                if (j == 0 && labels.get(i).shortened()) {
                    svg.text(lines.get(j), chart.categories().get(i), at);
                } else {
                    svg.element("text", lines.get(j), at);
                }
            }
            y += heights[i];
        }
        double base = scale.at(Math.max(scale.min(), 0));
        svg.empty("path", "d", "M" + Svg.num(base) + " " + Svg.num(plotTop) + "V" + Svg.num(plotBottom), "stroke", TEXT);
        svg.end("g");

        svg.start("g", "class", "plot", "data-box", SvgChart.box(left, plotTop, right - left, plotBottom - plotTop), "font-size", 11);
        y = plotTop;
        for (int i = 0; i < k; i++) {
            double block = perGroup * bar + (perGroup - 1) * 2 + (spills.get(i).isEmpty() ? 0 : LINE);
            double blockTop = y + (heights[i] - block) / 2;
            if (stacked) {
                drawStack(chart, svg, pieces.get(i), spills.get(i), blockTop, bar, f);
            } else {
                for (int j = 0; j < series.size(); j++) {
                    Series s = series.get(j);
                    Datum d = s.data().get(i);
                    double cy = blockTop + j * (bar + 2) + bar / 2;
                    horizontalBar(chart, svg, s, d, scale, base, cy, bar, f);
                }
            }
            y += heights[i];
        }
        svg.end("g");
        return plotBottom + 37 + PAD;
    }

    private static void horizontalBar(Chart chart, Svg svg, Series s, Datum d, Scale scale, double base, double cy, double bar,
                                      NumberFormats f) {
        String tip = SvgChart.tooltip(chart, s, d, f);
        if (!d.shown()) {
            svg.text(d.text(), tip, "x", base + 4, "y", cy + 4, "fill", MUTED, "font-style", "italic");
            return;
        }
        double end = scale.at(d.y());
        svg.mark("rect", tip, "x", Math.min(base, end), "y", cy - bar / 2, "width", Math.abs(end - base), "height", bar,
                "fill", s.role().colour(), "stroke", d.highlighted() ? "#000" : null);
        double outer = end;
        if (d.hasInterval()) {
            double lo = scale.at(d.low());
            double hi = scale.at(d.high());
            svg.mark("path", s.name() + " – " + chart.categories().get((int) d.x()) + ": " + SvgChart.interval(chart, d, f),
                    "d", "M" + Svg.num(lo) + " " + Svg.num(cy) + "H" + Svg.num(hi) + "M" + Svg.num(lo) + " " + Svg.num(cy - 4) + "v8M"
                            + Svg.num(hi) + " " + Svg.num(cy - 4) + "v8", "stroke", TEXT, "stroke-width", 1.2);
            outer = d.y() >= 0 ? Math.max(end, hi) : Math.min(end, lo);
        }
        svg.element("text", d.text(), "x", d.y() >= 0 ? outer + 4 : outer - 4, "y", cy + 4, "text-anchor", d.y() >= 0 ? null : "end",
                "font-weight", d.highlighted() ? "bold" : null);
    }

    /** Lays out the segments of category {@code i} and the labels that go under the bar. */
    private static void stack(Chart chart, int i, Scale scale, NumberFormats f, List<Piece> pieces, List<Spill> spills) {
        double sum = 0;
        double free = Double.NEGATIVE_INFINITY;
        for (Series s : chart.series()) {
            Datum d = s.data().get(i);
            double x0 = scale.at(sum);
            boolean inside = false;
            if (d.shown()) {
                double v = Math.max(0, d.y());
                double x1 = scale.at(sum + v);
                inside = Svg.width(d.text(), 11, d.highlighted()) + 6 <= x1 - x0;
                pieces.add(new Piece(s, d, x0, x1, inside));
                sum += v;
            }
            if (!inside) {
                double x = Math.min(Math.max(x0, free + 8), WIDTH - PAD - Svg.width(d.text(), 11));
                spills.add(new Spill(x, d.text(), SvgChart.tooltip(chart, s, d, f), d.shown()));
                free = x + Svg.width(d.text(), 11);
            }
        }
    }

    private static void drawStack(Chart chart, Svg svg, List<Piece> pieces, List<Spill> spills, double top, double bar, NumberFormats f) {
        for (Piece p : pieces) {
            svg.mark("rect", SvgChart.tooltip(chart, p.series(), p.datum(), f), "x", p.x0(), "y", top, "width", p.x1() - p.x0(),
                    "height", bar, "fill", p.series().role().colour(), "stroke", "#fff", "stroke-width", 0.5);
            if (p.inside()) {
                svg.element("text", p.datum().text(), "x", (p.x0() + p.x1()) / 2, "y", top + bar / 2 + 4, "text-anchor", "middle",
                        "fill", SvgChart.darkTextOn(p.series().role()) ? TEXT : "#fff", "font-weight", p.datum().highlighted() ? "bold" : null);
            }
        }
        for (Spill s : spills) {
            svg.text(s.text(), s.tooltip(), "x", s.x(), "y", top + bar + 12, "fill", s.shown() ? TEXT : MUTED,
                    "font-style", s.shown() ? null : "italic");
        }
    }

    /** Grouped columns below {@code top}, the categories along the bottom; returns the chart's height. */
    static double vertical(Chart chart, Svg svg, double top) {
        NumberFormats f = new NumberFormats(chart.language());
        List<Series> series = chart.series();
        int k = chart.categories().size();
        int n = series.size();
        double low = 0;
        double high = 0;
        double valueWidth = 0;
        for (Series s : series) {
            for (Datum d : s.data()) {
                if (d.shown()) {
                    low = Math.min(low, d.hasInterval() ? Math.min(d.y(), d.low()) : d.y());
                    high = Math.max(high, d.hasInterval() ? Math.max(d.y(), d.high()) : d.y());
                }
                valueWidth = Math.max(valueWidth, Svg.width(d.text(), 11, d.highlighted()));
            }
        }
        Scale scale = Scale.of(chart.valueAxis(), low, high, true);
        NumberFormats tf = f;
        double tickWidth = scale.ticks().stream().mapToDouble(t -> Svg.width(scale.label(t, tf), 11)).max().orElse(0);
        double left = PAD + 20 + tickWidth + 6;
        double right = WIDTH - PAD;
        double wide = (right - left) / k;
        List<Svg.Lines> labels = chart.categories().stream().map(c -> Svg.wrap(c, wide - 6, 12, false, 3)).toList();
        boolean slanted = labels.stream().anyMatch(Svg.Lines::shortened);
        double labelsHeight = labels.stream().mapToInt(l -> l.lines().size()).max().orElse(1) * LINE + 8;
        if (slanted) {
            labels = chart.categories().stream().map(c -> new Svg.Lines(List.of(Svg.fit(c, SLANTED, 12, false)), Svg.width(c, 12) > SLANTED))
                    .toList();
            double longest = labels.stream().mapToDouble(l -> Svg.width(l.lines().getFirst(), 12)).max().orElse(0) * 0.71;
            left = Math.max(left, PAD + longest - wide / 2 + 8);
            labelsHeight = longest + 20;
        }
        double group = (right - left) / k;
        double bar = Math.min(36, group * 0.8 / n);
        boolean upright = valueWidth <= group / n - 2;
        double room = upright ? 18 : valueWidth + 8;
        double plotTop = top;
        double plotBottom = plotTop + (scale.min() < 0 ? 2 * room : room) + 220;
        Scale placed = scale.place(plotBottom - (scale.min() < 0 ? room : 0), plotTop + room);

        svg.start("g", "class", "axes");
        StringBuilder grid = new StringBuilder();
        for (double t : placed.ticks()) {
            grid.append('M').append(Svg.num(left)).append(' ').append(Svg.num(placed.at(t))).append('H').append(Svg.num(right));
        }
        svg.empty("path", "d", grid.toString(), "stroke", GRID, "fill", "none");
        svg.start("g", "font-size", 11, "text-anchor", "end");
        for (double t : placed.ticks()) {
            svg.element("text", placed.label(t, f), "x", left - 6, "y", placed.at(t) + 4);
        }
        svg.end("g");
        double middle = (plotTop + plotBottom) / 2;
        svg.element("text", Svg.fit(chart.valueAxis().title(), plotBottom - plotTop, 12, false), "x", PAD + 10, "y", middle,
                "text-anchor", "middle", "transform", "rotate(-90 " + Svg.num(PAD + 10) + " " + Svg.num(middle) + ")");
        for (int i = 0; i < k; i++) {
            double cx = left + group * (i + 0.5);
            Svg.Lines lines = labels.get(i);
            for (int j = 0; j < lines.lines().size(); j++) {
                double ly = plotBottom + (slanted ? 12 : 16) + j * LINE;
                Object[] at = slanted
                        ? new Object[] {"x", cx, "y", ly, "text-anchor", "end", "transform",
                                "rotate(-45 " + Svg.num(cx) + " " + Svg.num(ly) + ")"}
                        : new Object[] {"x", cx, "y", ly, "text-anchor", "middle"};
                if (j == 0 && lines.shortened()) {
                    svg.text(lines.lines().get(j), chart.categories().get(i), at);
                } else {
                    svg.element("text", lines.lines().get(j), at);
                }
            }
        }
        double bottom = plotBottom + labelsHeight;
        if (!chart.categoryTitle().isEmpty()) {
            svg.element("text", Svg.fit(chart.categoryTitle(), right - left, 12, true), "x", (left + right) / 2, "y", bottom + 10,
                    "text-anchor", "middle", "font-weight", "bold");
            bottom += 18;
        }
        double base = placed.at(Math.max(placed.min(), 0));
        svg.empty("path", "d", "M" + Svg.num(left) + " " + Svg.num(base) + "H" + Svg.num(right), "stroke", TEXT);
        svg.end("g");

        svg.start("g", "class", "plot", "data-box", SvgChart.box(left, plotTop, right - left, plotBottom - plotTop), "font-size", 11);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                Series s = series.get(j);
                double x = left + group * (i + 0.5) - n * bar / 2 + j * bar;
                column(chart, svg, s, s.data().get(i), placed, base, x, bar, upright, f);
            }
        }
        svg.end("g");
        return bottom + PAD;
    }

    private static void column(Chart chart, Svg svg, Series s, Datum d, Scale scale, double base, double x, double bar, boolean upright,
                               NumberFormats f) {
        String tip = SvgChart.tooltip(chart, s, d, f);
        double mid = x + bar / 2;
        double outer = base;
        if (d.shown()) {
            double end = scale.at(d.y());
            svg.mark("rect", tip, "x", x + 0.5, "y", Math.min(base, end), "width", Math.max(0, bar - 1), "height", Math.abs(end - base),
                    "fill", s.role().colour(), "stroke", d.highlighted() ? "#000" : null);
            outer = end;
            if (d.hasInterval()) {
                double lo = scale.at(d.low());
                double hi = scale.at(d.high());
                svg.mark("path", s.name() + " – " + chart.categories().get((int) d.x()) + ": " + SvgChart.interval(chart, d, f),
                        "d", "M" + Svg.num(mid) + " " + Svg.num(lo) + "V" + Svg.num(hi) + "M" + Svg.num(mid - 4) + " " + Svg.num(lo) + "h8M"
                                + Svg.num(mid - 4) + " " + Svg.num(hi) + "h8", "stroke", TEXT, "stroke-width", 1.2);
                outer = d.y() >= 0 ? Math.min(end, hi) : Math.max(end, lo);
            }
        }
        boolean below = d.shown() && d.y() < 0;
        double y = below ? outer + 4 : outer - 4;
        Object[] at = upright
                ? new Object[] {"x", mid, "y", below ? y + 10 : y, "text-anchor", "middle"}
                : new Object[] {"x", mid + 4, "y", y, "text-anchor", below ? "end" : null,
                        "transform", "rotate(-90 " + Svg.num(mid + 4) + " " + Svg.num(y) + ")"};
        if (d.shown()) {
            Object[] style = {"font-weight", d.highlighted() ? "bold" : null};
            svg.element("text", d.text(), concat(at, style));
        } else {
            svg.text(d.text(), tip, concat(at, new Object[] {"fill", MUTED, "font-style", "italic"}));
        }
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
