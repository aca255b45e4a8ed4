package dk.casescreen.report;

import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the Plotly figures of a report. Every chart has a title, axis labels and a text
 * alternative; in shared reports values resting on fewer persons than the threshold are left out
 * of the chart data (and the text says "&lt;5").
 */
final class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OWN_COLOUR = "#1f5fa8";
    private static final String REFERENCE_COLOUR = "#a9b4c2";

    private final ReportContext ctx;
    private int next;

    Charts(ReportContext ctx) {
        this.ctx = ctx;
    }

    private String nextId() {
        return "chart-" + (++next);
    }

    /**
     * A value a chart shows: a percentage (NaN when hidden or unknown) and the text shown for it in
     * hover texts and the text alternative ("&lt;5" or "·" when suppressed).
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
        static Value figure(dk.casescreen.analysis.ReferenceFigure f, ReferenceText text) {
            return new Value(f.suppressed() ? Double.NaN : 100 * f.share(), text.figure(f));
        }

        /** No value. */
        static Value none() {
            return new Value(Double.NaN, "–");
        }
    }

    /** Own against reference shares of each answer to a question; the legend names say whose and, where so, SYNTETISK. */
    Chart profile(String title, List<String> labels, String ownName, List<Value> own, String referenceName, List<Value> reference) {
        ArrayNode data = JSON.createArrayNode();
        data.add(barTrace(ownName, labels, own, OWN_COLOUR));
        data.add(barTrace(referenceName, labels, reference, REFERENCE_COLOUR));
        ObjectNode layout = layout(title, ctx.t("Andel af besvarede (%)", "Share of answered (%)"), ctx.t("Svar", "Answer"));
        layout.put("barmode", "group");
        layout.putObject("yaxis").put("automargin", true).put("autorange", "reversed")
                .putObject("title").put("text", ctx.t("Svar", "Answer"));
        layout.put("height", 170 + 40 * labels.size());
        StringBuilder alt = new StringBuilder(ctx.t("Vandrette søjler. ", "Horizontal bars. "));
        for (int i = 0; i < labels.size(); i++) {
            alt.append(labels.get(i)).append(": ").append(own.get(i).text()).append(' ').append(ownName).append(", ")
                    .append(reference.get(i).text()).append(' ').append(referenceName).append(i + 1 < labels.size() ? "; " : ".");
        }
        return chart(title, data, layout, alt.toString());
    }

    private ObjectNode barTrace(String name, List<String> labels, List<Value> values, String colour) {
        ObjectNode trace = JSON.createObjectNode();
        trace.put("type", "bar").put("orientation", "h").put("name", name);
        trace.putObject("marker").put("color", colour);
        ArrayNode x = trace.putArray("x");
        ArrayNode y = trace.putArray("y");
        ArrayNode text = trace.putArray("text");
        for (int i = 0; i < labels.size(); i++) {
            Value v = values.get(i);
            if (Double.isNaN(v.percent())) {
                x.addNull();
            } else {
                x.add(round(v.percent()));
            }
            y.add(labels.get(i));
            text.add(v.text());
        }
        trace.put("hoverinfo", "text+name");
        return trace;
    }

    /**
     * The cost-band distribution of exposed against unexposed cases: each band's share of its group, from
     * published counts (a hidden count leaves its bar out).
     */
    Chart hypothesis(String title, List<String> bands, String exposedName, List<Value> exposed, String unexposedName,
                     List<Value> unexposed) {
        ArrayNode data = JSON.createArrayNode();
        data.add(bandTrace(exposedName, bands, exposed, OWN_COLOUR));
        data.add(bandTrace(unexposedName, bands, unexposed, REFERENCE_COLOUR));
        ObjectNode layout = layout(title, ctx.t("Udgiftsinterval (mio. kr.)", "Cost band (mio. kr.)"),
                ctx.t("Andel af gruppen (%)", "Share of the group (%)"));
        layout.put("barmode", "group");
        layout.put("height", 400);
        StringBuilder alt = new StringBuilder(ctx.t("Søjler pr. udgiftsinterval. ", "Bars per cost band. "));
        alt.append(exposedName).append(": ").append(texts(bands, exposed)).append(' ').append(unexposedName).append(": ")
                .append(texts(bands, unexposed));
        return chart(title, data, layout, alt.toString());
    }

    private ObjectNode bandTrace(String name, List<String> labels, List<Value> values, String colour) {
        ObjectNode trace = JSON.createObjectNode();
        trace.put("type", "bar").put("name", name);
        trace.putObject("marker").put("color", colour);
        ArrayNode x = trace.putArray("x");
        ArrayNode y = trace.putArray("y");
        ArrayNode text = trace.putArray("text");
        for (int i = 0; i < labels.size(); i++) {
            x.add(labels.get(i));
            Value v = values.get(i);
            if (Double.isNaN(v.percent())) {
                y.addNull();
            } else {
                y.add(round(v.percent()));
            }
            text.add(v.text());
        }
        trace.put("hoverinfo", "text+name");
        return trace;
    }

    private static String texts(List<String> labels, List<Value> values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            s.append(labels.get(i)).append(' ').append(values.get(i).text()).append(i + 1 < labels.size() ? ", " : ".");
        }
        return s.toString();
    }

    /** Cases per 1,000 aged 18–66 against population, with the funnel limits and the own municipalities highlighted. */
    Chart funnel(FunnelPlot funnel, Set<String> own, java.util.function.Predicate<FunnelPoint> shown) {
        String title = ctx.t("Sager pr. 1.000 18-66-årige efter kommunens størrelse", "Cases per 1,000 aged 18-66 by size of municipality");
        ArrayNode data = JSON.createArrayNode();
        double min = funnel.points().stream().mapToDouble(FunnelPoint::population).min().orElse(1000);
        double max = funnel.points().stream().mapToDouble(FunnelPoint::population).max().orElse(100000);
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            xs.add(min * 0.8 * Math.pow(max * 1.25 / (min * 0.8), i / 60.0));
        }
        data.add(limit(ctx.t("99,8 %-grænse", "99.8% limit"), xs, funnel, FunnelPlot.Z_998, true, "dot"));
        data.add(limit(ctx.t("95 %-grænse", "95% limit"), xs, funnel, FunnelPlot.Z_95, true, "dash"));
        data.add(limit("", xs, funnel, FunnelPlot.Z_95, false, "dash"));
        data.add(limit("", xs, funnel, FunnelPlot.Z_998, false, "dot"));
        ObjectNode target = data.addObject();
        target.put("type", "scatter").put("mode", "lines").put("name", ctx.t("Gennemsnit", "Average"));
        target.putArray("x").add(xs.getFirst()).add(xs.getLast());
        target.putArray("y").add(round(funnel.targetRate())).add(round(funnel.targetRate()));
        target.putObject("line").put("color", "#555555");
        data.add(points(ctx.t("Andre kommuner", "Other municipalities"), funnel, own, false, REFERENCE_COLOUR, shown));
        data.add(points(ctx.t("Egen kommune", "Own municipality") + ctx.syntheticSuffix(ctx.input().cases().origin().isSynthetic()),
                funnel, own, true, "#c0392b", shown));
        ObjectNode layout = layout(title, ctx.t("18-66-årige i kommunen (logaritmisk akse)", "Inhabitants aged 18-66 (log axis)"),
                ctx.t("Sager pr. 1.000 18-66-årige", "Cases per 1,000 aged 18-66"));
        ((ObjectNode) layout.get("xaxis")).put("type", "log");
        layout.put("height", 480);
        StringBuilder alt = new StringBuilder(ctx.t("Tragtdiagram. Gennemsnit ", "Funnel plot. Average ")
                + ctx.f().decimal(funnel.targetRate(), 2) + ctx.t(" sager pr. 1.000. ", " cases per 1,000. "));
        for (FunnelPoint p : funnel.points()) {
            if (own.contains(p.municipalityCode())) {
                alt.append(p.name()).append(": ").append(shown.test(p) ? ctx.f().decimal(p.rate(), 2) : ReportContext.SECONDARY_MARK).append(ctx.t(" pr. 1.000 (", " per 1,000 ("))
                        .append(bandText(p.band())).append("). ");
            }
        }
        long outside = funnel.points().stream().filter(shown).filter(p -> p.band() != FunnelPoint.Band.WITHIN).count();
        alt.append(ctx.f().integer(outside)).append(ctx.t(" kommuner ligger uden for 95 %-grænserne.", " municipalities lie outside the 95% limits."));
        return chart(title, data, layout, alt.toString());
    }

    String bandText(FunnelPoint.Band band) {
        return switch (band) {
            case WITHIN -> ctx.t("inden for 95 %-grænserne", "within the 95% limits");
            case ABOVE_95 -> ctx.t("over 95 %-grænsen", "above the 95% limit");
            case ABOVE_998 -> ctx.t("over 99,8 %-grænsen", "above the 99.8% limit");
            case BELOW_95 -> ctx.t("under 95 %-grænsen", "below the 95% limit");
            case BELOW_998 -> ctx.t("under 99,8 %-grænsen", "below the 99.8% limit");
        };
    }

    private ObjectNode limit(String name, List<Double> xs, FunnelPlot f, double z, boolean upper, String dash) {
        ObjectNode trace = JSON.createObjectNode();
        trace.put("type", "scatter").put("mode", "lines").put("name", name).put("showlegend", !name.isEmpty());
        ArrayNode x = trace.putArray("x");
        ArrayNode y = trace.putArray("y");
        for (double pop : xs) {
            x.add(round(pop));
            y.add(round(Math.max(0, upper ? f.upperLimit(pop, z) : f.lowerLimit(pop, z))));
        }
        trace.putObject("line").put("color", "#888888").put("dash", dash).put("width", 1);
        trace.put("hoverinfo", "skip");
        return trace;
    }

    private ObjectNode points(String name, FunnelPlot f, Set<String> own, boolean ownPoints, String colour,
                              java.util.function.Predicate<FunnelPoint> shown) {
        ObjectNode trace = JSON.createObjectNode();
        trace.put("type", "scatter").put("mode", ownPoints ? "markers+text" : "markers").put("name", name);
        ArrayNode x = trace.putArray("x");
        ArrayNode y = trace.putArray("y");
        ArrayNode text = trace.putArray("text");
        for (FunnelPoint p : f.points()) {
            if (own.contains(p.municipalityCode()) != ownPoints || !shown.test(p)) {
                continue;
            }
            x.add(p.population());
            y.add(round(p.rate()));
            text.add(p.name());
        }
        trace.putObject("marker").put("color", colour).put("size", ownPoints ? 12 : 7);
        if (ownPoints) {
            trace.put("textposition", "top center");
        }
        return trace;
    }

    private ObjectNode layout(String title, String xTitle, String yTitle) {
        ObjectNode layout = JSON.createObjectNode();
        layout.putObject("title").put("text", title).put("y", 0.98).put("yanchor", "top");
        layout.putObject("xaxis").putObject("title").put("text", xTitle);
        layout.putObject("yaxis").putObject("title").put("text", yTitle);
        layout.putObject("margin").put("l", 200).put("r", 30).put("t", 110).put("b", 70);
        layout.putObject("font").put("family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif");
        // above the plotting area, below the title: never over an axis title
        layout.putObject("legend").put("orientation", "h").put("x", 0).put("xanchor", "left").put("y", 1.02).put("yanchor", "bottom");
        layout.put("separators", ctx.language() == dk.casescreen.Language.DA ? ",." : ".,");
        return layout;
    }

    private Chart chart(String title, ArrayNode data, ObjectNode layout, String alt) {
        ObjectNode figure = JSON.createObjectNode();
        figure.set("data", data);
        figure.set("layout", layout);
        return new Chart(nextId(), title, JSON.writeValueAsString(figure), alt);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
