package dk.casescreen.chart;

import dk.casescreen.NumberFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as plain inline SVG for the report and the notebooks: no script, no external
 * fonts or files; 760 units wide and scaling down with its container, as high as its categories
 * need. From the top: the banner, the title, the legend, then the plot with its axes, so the legend
 * can never lie over an axis or the data. Every bar, whisker, point and line has a {@code <title>}
 * tooltip; bars carry their published text ("12,3 %", "&lt;5") as a value label, a value not shown
 * draws no bar but its text at the base. Colours come from the series' {@link Role} (Okabe and Ito),
 * and lines differ by dash as well as colour, so a black-and-white print reads too. Tick labels are
 * in the chart's language (Danish "1.000" and "2,5").
 *
 * <p>The root element carries {@code class="casescreen-chart"}; the legend and the plot are groups
 * with {@code class="legend"} and {@code class="plot"} and a {@code data-box} attribute giving
 * their rectangle ("x y width height"); axes, ticks and category labels are in {@code class="axes"}.
 */
public final class SvgChart {

    /** The width in SVG units (pixels at full size). */
    static final double WIDTH = 760;
    /** The margin around everything. */
    static final double PAD = 12;
    static final String TEXT = "#222";
    static final String MUTED = "#555";
    static final String GRID = "#dcdcdc";
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    private static final double LEGEND_ROW = 20;

    private SvgChart() {
    }

    /** The chart as an {@code <svg>} element to place inline in HTML or to save as an SVG file. */
    public static String render(Chart chart) {
        Svg body = new Svg();
        body.empty("rect", "width", "100%", "height", "100%", "fill", "#fff");
        double top = header(chart, body);
        double height = Math.ceil(switch (chart.kind()) {
            case HORIZONTAL_BARS, STACKED_BARS -> SvgBars.horizontal(chart, body, top);
            case VERTICAL_BARS -> SvgBars.vertical(chart, body, top);
            case SCATTER -> SvgScatter.draw(chart, body, top);
        });
        String content = body.toString();
        String id = chart.id().replaceAll("[^A-Za-z0-9_-]", "-") + "-" + Integer.toHexString(content.hashCode());
        String name = chart.banner().map(b -> b + ": ").orElse("") + chart.title();
        return new Svg().start("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Svg.num(WIDTH) + " " + Svg.num(height),
                        "width", WIDTH, "height", height, "style", "max-width:100%;height:auto", "role", "img",
                        "aria-labelledby", id + "-t " + id + "-d", "class", "casescreen-chart",
                        "data-kind", chart.kind().name().toLowerCase(Locale.ROOT), "font-family", FONT, "font-size", 12, "fill", TEXT)
                .element("title", name, "id", id + "-t")
                .element("desc", chart.textAlternative(), "id", id + "-d")
                .raw(content).end("svg").toString();
    }

    /** Draws the banner, the title and the legend; returns where the plot may begin. */
    private static double header(Chart chart, Svg svg) {
        double y = PAD;
        if (chart.banner().isPresent()) {
            svg.empty("rect", "x", PAD, "y", y, "width", WIDTH - 2 * PAD, "height", 22.0, "rx", 3, "fill", "#fdecea", "stroke", "#a61b1b");
            svg.element("text", Svg.fit(chart.banner().get(), WIDTH - 4 * PAD, 13, true), "x", WIDTH / 2, "y", y + 15.5,
                    "text-anchor", "middle", "font-size", 13, "font-weight", "bold", "fill", "#a61b1b", "class", "banner");
            y += 30;
        }
        for (String line : Svg.wrap(chart.title(), WIDTH - 2 * PAD, 15, true, 2).lines()) {
            svg.element("text", line, "x", PAD, "y", y + 15, "font-size", 15, "font-weight", "bold");
            y += 20;
        }
        return legend(chart, svg, y + 6);
    }

    /** The legend in rows above the plot, wrapping when it is wider than the chart; returns its bottom plus a gap. */
    private static double legend(Chart chart, Svg svg, double top) {
        List<Series> entries = chart.series().stream().filter(Series::inLegend).toList();
        if (entries.isEmpty()) {
            return top;
        }
        List<double[]> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double x = PAD;
        double y = top;
        for (Series s : entries) {
            String label = Svg.fit(s.name(), WIDTH - 2 * PAD - 30, 12, false);
            double w = 30 + Svg.width(label, 12);
            if (x > PAD && x + w > WIDTH - PAD) {
                x = PAD;
                y += LEGEND_ROW;
            }
            at.add(new double[] {x, y});
            labels.add(label);
            x += w + 18;
        }
        double height = y + LEGEND_ROW - top;
        svg.start("g", "class", "legend", "data-box", box(PAD, top, WIDTH - 2 * PAD, height));
        for (int i = 0; i < entries.size(); i++) {
            Series s = entries.get(i);
            double sx = at.get(i)[0];
            double mid = at.get(i)[1] + LEGEND_ROW / 2;
            switch (s.mark()) {
                case BAR -> svg.empty("rect", "x", sx + 5, "y", mid - 6, "width", 14, "height", 12, "fill", s.role().colour());
                case POINT -> {
                    boolean highlighted = s.data().stream().anyMatch(Datum::highlighted);
                    svg.empty("circle", "cx", sx + 12, "cy", mid, "r", highlighted ? 5.5 : 4.0, "fill", s.role().colour(),
                            "stroke", highlighted ? "#000" : null);
                }
                default -> svg.empty("path", "d", "M" + Svg.num(sx) + " " + Svg.num(mid) + "h24", "fill", "none",
                        "stroke", s.role().colour(), "stroke-width", 2, "stroke-dasharray", dash(s.mark()));
            }
            svg.element("text", labels.get(i), "x", sx + 30, "y", mid + 4.5);
        }
        svg.end("g");
        return top + height + 10;
    }

    /** The dash pattern of a line. */
    static String dash(Mark mark) {
        return switch (mark) {
            case DASHED_LINE -> "7 4";
            case DOTTED_LINE -> "2 3";
            default -> null;
        };
    }

    /** A rectangle as a {@code data-box} value. */
    static String box(double x, double y, double w, double h) {
        return Svg.num(x) + " " + Svg.num(y) + " " + Svg.num(w) + " " + Svg.num(h);
    }

    /** A value in a tooltip: three significant digits or so, at least {@code decimals} decimals. */
    static String number(NumberFormats f, double v, int decimals) {
        double a = Math.abs(v);
        int d = a >= 100 || a == 0 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        return f.decimal(v, Math.max(d, decimals));
    }

    /** The tooltip of a bar: series, category, text and interval. */
    static String tooltip(Chart chart, Series s, Datum d, NumberFormats f) {
        String category = chart.categories().get((int) d.x());
        String tip = s.name() + " – " + category + ": " + d.text();
        return d.hasInterval() ? tip + " (" + interval(chart, d, f) + ")" : tip;
    }

    /** An interval in words: "interval 10,4–15,4". */
    static String interval(Chart chart, Datum d, NumberFormats f) {
        int decimals = chart.valueAxis().decimals();
        return "interval " + number(f, d.low(), decimals) + "–" + number(f, d.high(), decimals);
    }

    /** Whether dark text reads better than white on a fill colour (WCAG contrast). */
    static boolean darkTextOn(Role role) {
        byte[] rgb = role.rgb();
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = (rgb[i] & 0xff) / 255.0;
            l += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return (l + 0.05) / 0.066 >= 1.05 / (l + 0.05);
    }
}
