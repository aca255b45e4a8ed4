package dk.casescreen.report;

import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.BandCounts;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
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

    /** Own against reference shares of each answer to a question. */
    Chart profile(QuestionProfile own, QuestionProfile reference) {
        Question q = own.question();
        String title = q.number() + ". " + q.text().in(ctx.language());
        List<String> labels = q.options().stream().map(o -> o.label().in(ctx.language())).toList();
        ArrayNode data = JSON.createArrayNode();
        data.add(barTrace(ctx.t("Egne sager", "Own cases"), labels, own.answers(), OWN_COLOUR));
        data.add(barTrace(ctx.t("Reference", "Reference"), labels, reference.answers(), REFERENCE_COLOUR));
        ObjectNode layout = layout(title, ctx.t("Andel af besvarede (%)", "Share of answered (%)"), ctx.t("Svar", "Answer"));
        layout.put("barmode", "group");
        layout.putObject("yaxis").put("automargin", true).put("autorange", "reversed")
                .putObject("title").put("text", ctx.t("Svar", "Answer"));
        layout.put("height", 120 + 40 * labels.size());
        StringBuilder alt = new StringBuilder(ctx.t("Vandrette søjler. ", "Horizontal bars. "));
        for (int i = 0; i < labels.size(); i++) {
            alt.append(labels.get(i)).append(": ").append(ctx.share(own.answers().get(i))).append(ctx.t(" egne, ", " own, "))
                    .append(ctx.share(reference.answers().get(i))).append(ctx.t(" reference", " reference"))
                    .append(i + 1 < labels.size() ? "; " : ".");
        }
        return chart(title, data, layout, alt.toString());
    }

    private ObjectNode barTrace(String name, List<String> labels, List<AnswerShare> shares, String colour) {
        ObjectNode trace = JSON.createObjectNode();
        trace.put("type", "bar").put("orientation", "h").put("name", name);
        trace.putObject("marker").put("color", colour);
        ArrayNode x = trace.putArray("x");
        ArrayNode y = trace.putArray("y");
        ArrayNode text = trace.putArray("text");
        for (int i = 0; i < labels.size(); i++) {
            AnswerShare s = shares.get(i);
            boolean hide = ctx.disclosure().suppressShare(s.count(), s.n());
            if (hide || Double.isNaN(s.share())) {
                x.addNull();
            } else {
                x.add(round(100 * s.share()));
            }
            y.add(labels.get(i));
            text.add(ctx.share(s));
        }
        trace.put("hoverinfo", "text+name");
        return trace;
    }

    /** The cost-band distribution of exposed against unexposed cases. */
    Chart hypothesis(HypothesisResult h, ScreeningSheet sheet) {
        BandCounts b = h.bandCounts();
        Question band = sheet.require("cost_band");
        List<String> labels = b.bands().stream().map(code -> band.option(code).orElseThrow().label().in(ctx.language())).toList();
        String title = h.spec().id() + ": " + ctx.t("udgiftsinterval efter eksponering", "cost band by exposure");
        ArrayNode data = JSON.createArrayNode();
        data.add(bandTrace(ctx.t("Med ", "With ") + h.spec().exposureLabel().in(ctx.language()), labels, b.exposed(), OWN_COLOUR));
        data.add(bandTrace(ctx.t("Uden", "Without"), labels, b.unexposed(), REFERENCE_COLOUR));
        ObjectNode layout = layout(title, ctx.t("Udgiftsinterval (mio. kr.)", "Cost band (mio. kr.)"),
                ctx.t("Andel af gruppen (%)", "Share of the group (%)"));
        layout.put("barmode", "group");
        layout.put("height", 360);
        String alt = ctx.t("Søjler pr. udgiftsinterval. Med: ", "Bars per cost band. With: ") + counts(labels, b.exposed())
                + ctx.t(" Uden: ", " Without: ") + counts(labels, b.unexposed());
        return chart(title, data, layout, alt);
    }

    private ObjectNode bandTrace(String name, List<String> labels, long[] counts, String colour) {
        long total = java.util.Arrays.stream(counts).sum();
        ObjectNode trace = JSON.createObjectNode();
        trace.put("type", "bar").put("name", name);
        trace.putObject("marker").put("color", colour);
        ArrayNode x = trace.putArray("x");
        ArrayNode y = trace.putArray("y");
        for (int i = 0; i < labels.size(); i++) {
            x.add(labels.get(i));
            if (total == 0 || ctx.disclosure().suppressShare(counts[i], total)) {
                y.addNull();
            } else {
                y.add(round(100.0 * counts[i] / total));
            }
        }
        return trace;
    }

    private String counts(List<String> labels, long[] counts) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            s.append(labels.get(i)).append(' ').append(ctx.count(counts[i])).append(i + 1 < labels.size() ? ", " : ".");
        }
        return s.toString();
    }

    /** Cases per 1,000 aged 18–66 against population, with the funnel limits and the own municipalities highlighted. */
    Chart funnel(FunnelPlot funnel, Set<String> own) {
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
        data.add(points(ctx.t("Andre kommuner", "Other municipalities"), funnel, own, false, REFERENCE_COLOUR));
        data.add(points(ctx.t("Egen kommune", "Own municipality"), funnel, own, true, "#c0392b"));
        ObjectNode layout = layout(title, ctx.t("18-66-årige i kommunen (logaritmisk akse)", "Inhabitants aged 18-66 (log axis)"),
                ctx.t("Sager pr. 1.000 18-66-årige", "Cases per 1,000 aged 18-66"));
        ((ObjectNode) layout.get("xaxis")).put("type", "log");
        layout.put("height", 480);
        StringBuilder alt = new StringBuilder(ctx.t("Tragtdiagram. Gennemsnit ", "Funnel plot. Average ")
                + ctx.f().decimal(funnel.targetRate(), 2) + ctx.t(" sager pr. 1.000. ", " cases per 1,000. "));
        for (FunnelPoint p : funnel.points()) {
            if (own.contains(p.municipalityCode())) {
                alt.append(p.name()).append(": ").append(shownRate(p)).append(ctx.t(" pr. 1.000 (", " per 1,000 ("))
                        .append(bandText(p.band())).append("). ");
            }
        }
        long outside = funnel.points().stream().filter(p -> p.band() != FunnelPoint.Band.WITHIN).count();
        alt.append(ctx.f().integer(outside)).append(ctx.t(" kommuner ligger uden for 95 %-grænserne.", " municipalities lie outside the 95% limits."));
        return chart(title, data, layout, alt.toString());
    }

    private String shownRate(FunnelPoint p) {
        return ctx.disclosure().suppress(p.cases()) ? ctx.disclosure().suppressedText() + ctx.t(" sager", " cases")
                : ctx.f().decimal(p.rate(), 2);
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

    private ObjectNode points(String name, FunnelPlot f, Set<String> own, boolean ownPoints, String colour) {
        ObjectNode trace = JSON.createObjectNode();
        trace.put("type", "scatter").put("mode", ownPoints ? "markers+text" : "markers").put("name", name);
        ArrayNode x = trace.putArray("x");
        ArrayNode y = trace.putArray("y");
        ArrayNode text = trace.putArray("text");
        for (FunnelPoint p : f.points()) {
            if (own.contains(p.municipalityCode()) != ownPoints || ctx.disclosure().suppress(p.cases())) {
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
        layout.putObject("title").put("text", title);
        layout.putObject("xaxis").putObject("title").put("text", xTitle);
        layout.putObject("yaxis").putObject("title").put("text", yTitle);
        layout.putObject("margin").put("l", 200).put("r", 30).put("t", 60).put("b", 60);
        layout.putObject("font").put("family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif");
        layout.putObject("legend").put("orientation", "h");
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
