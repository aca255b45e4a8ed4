package dk.casescreen.jupyter;

import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.Profile;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.analysis.QuestionProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Charts as SVG, drawn here so that they show offline and in any notebook viewer: the funnel plot
 * of cases per 1,000 aged 18–66, and the shares of one question's answers with their intervals.
 */
final class Charts {

    private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";
    private final Labels l;

    Charts(Labels labels) {
        this.l = labels;
    }

    NotebookOutput funnel(FunnelPlot plot, Set<String> highlight, DataOrigin origin) {
        boolean synthetic = origin.isSynthetic();
        int width = 760;
        int height = 460;
        double left = 70;
        double right = 40;
        double top = synthetic ? 62 : 44;
        double bottom = 56;
        double maxPop = plot.points().stream().mapToDouble(FunnelPoint::population).max().orElse(1);
        double minPop = plot.points().stream().mapToDouble(FunnelPoint::population).min().orElse(1);
        double maxRate = plot.points().stream().mapToDouble(FunnelPoint::rate).max().orElse(1);
        double yMax = niceCeiling(Math.max(maxRate, plot.upperLimit(maxPop, FunnelPlot.Z_998)) * 1.1);
        double xMax = niceCeiling(maxPop * 1.05);
        Scale x = new Scale(0, xMax, left, width - right);
        Scale y = new Scale(0, yMax, height - bottom, top);
        Svg svg = new Svg(width, height);
        svg.title(l.t("Sager pr. 1.000 18–66-årige efter kommunens størrelse (tragtdiagram)",
                "Cases per 1,000 aged 18–66 by size of municipality (funnel plot)"), synthetic ? l.syntheticBanner() : null);
        svg.axes(x, y, l.t("Indbyggere 18–66 år", "Inhabitants aged 18–66"), l.t("Sager pr. 1.000", "Cases per 1,000"));
        double from = Math.max(minPop * 0.5, xMax / 400);
        for (double z : new double[] {FunnelPlot.Z_95, FunnelPlot.Z_998}) {
            String dash = z == FunnelPlot.Z_95 ? "6,4" : "2,3";
            List<double[]> upper = new ArrayList<>();
            List<double[]> lower = new ArrayList<>();
            for (int i = 0; i <= 120; i++) {
                double pop = from + (xMax - from) * i / 120.0;
                upper.add(new double[] {x.at(pop), y.at(Math.min(yMax, plot.upperLimit(pop, z)))});
                lower.add(new double[] {x.at(pop), y.at(Math.max(0, plot.lowerLimit(pop, z)))});
            }
            svg.polyline(upper, "#555", dash);
            svg.polyline(lower, "#555", dash);
        }
        svg.line(x.at(0), y.at(plot.targetRate()), x.at(xMax), y.at(plot.targetRate()), "#222", null);
        List<FunnelPoint> labelled = new ArrayList<>();
        for (FunnelPoint p : plot.points()) {
            boolean mark = highlight.contains(p.municipalityCode());
            if (mark) {
                labelled.add(p);
                continue;
            }
            svg.circle(x.at(p.population()), y.at(Math.min(p.rate(), yMax)), 4, color(p.band()), null);
        }
        for (FunnelPoint p : labelled) {
            double cx = x.at(p.population());
            double cy = y.at(Math.min(p.rate(), yMax));
            svg.circle(cx, cy, 7, "#f2b705", "#000");
            svg.text(cx + 10, cy + 4, p.name(), 12, "start", true);
        }
        double ly = top + 6;
        svg.legendLine(width - right - 230, ly, "#222", null, l.t("Samlet rate ", "Overall rate ") + l.f().decimal(plot.targetRate(), 2)
                + l.tag(origin));
        svg.legendLine(width - right - 230, ly + 16, "#555", "6,4", l.t("95 %-grænser", "95% limits"));
        svg.legendLine(width - right - 230, ly + 32, "#555", "2,3", l.t("99,8 %-grænser", "99.8% limits"));
        String text = funnelText(plot, highlight, origin);
        return NotebookOutput.svg(text, svg.finish());
    }

    private String funnelText(FunnelPlot plot, Set<String> highlight, DataOrigin origin) {
        StringBuilder out = new StringBuilder();
        if (origin.isSynthetic()) {
            out.append(l.syntheticBanner().toUpperCase(Locale.ROOT)).append('\n');
        }
        out.append(l.t("Tragtdiagram", "Funnel plot")).append(l.tag(origin)).append(": ").append(l.f().decimal(plot.targetRate(), 2))
                .append(l.t(" sager pr. 1.000 18–66-årige i alt, phi ", " cases per 1,000 aged 18–66 overall, phi "))
                .append(l.f().decimal(plot.phi(), 2)).append('\n');
        for (FunnelPoint p : plot.points()) {
            if (p.band() != FunnelPoint.Band.WITHIN || highlight.contains(p.municipalityCode())) {
                out.append("  ").append(p.name()).append(": ").append(l.f().decimal(p.rate(), 2)).append(" (")
                        .append(band(p.band())).append(")\n");
            }
        }
        return out.toString();
    }

    String band(FunnelPoint.Band band) {
        return switch (band) {
            case BELOW_998 -> l.t("under 99,8 %-grænsen", "below the 99.8% limit");
            case BELOW_95 -> l.t("under 95 %-grænsen", "below the 95% limit");
            case WITHIN -> l.t("inden for grænserne", "within the limits");
            case ABOVE_95 -> l.t("over 95 %-grænsen", "above the 95% limit");
            case ABOVE_998 -> l.t("over 99,8 %-grænsen", "above the 99.8% limit");
        };
    }

    private static String color(FunnelPoint.Band band) {
        return switch (band) {
            case BELOW_998, BELOW_95 -> "#2166ac";
            case WITHIN -> "#8c8c8c";
            case ABOVE_95, ABOVE_998 -> "#b2182b";
        };
    }

    NotebookOutput shares(Profile ownProfile, String key, Optional<Profile> referenceProfile, ProfileView profiles) {
        QuestionProfile own = ownProfile.question(key).orElseThrow(() -> new IllegalArgumentException("No question " + key));
        Optional<QuestionProfile> reference = referenceProfile.map(p -> p.question(key).orElseThrow());
        String ownName = profiles.labelled(ownProfile);
        String referenceName = referenceProfile.map(profiles::labelled).orElse("");
        DataOrigin origin = referenceProfile.map(p -> p.origin().with(ownProfile.origin())).orElse(ownProfile.origin());
        boolean synthetic = origin.isSynthetic();
        List<AnswerShare> answers = own.answers();
        int perAnswer = reference.isPresent() ? 2 : 1;
        double bar = 16;
        double gap = 10;
        double top = synthetic ? 62 : 44;
        double left = 230;
        int width = 720;
        int height = (int) (top + answers.size() * (perAnswer * bar + gap) + 76);
        Scale x = new Scale(0, 1, left, width - 90);
        Svg svg = new Svg(width, height);
        svg.title(profiles.title(own.question()), synthetic ? l.syntheticBanner() : null);
        double yPos = top + 4;
        for (AnswerShare a : answers) {
            svg.text(left - 8, yPos + bar * perAnswer / 2 + 4, profiles.label(own.question(), a.code()), 12, "end", false);
            shareBar(svg, x, yPos, bar, a, "#2f6690");
            yPos += bar;
            if (reference.isPresent()) {
                shareBar(svg, x, yPos, bar, reference.get().answer(a.code()).orElseThrow(), "#a9c5dc");
                yPos += bar;
            }
            yPos += gap;
        }
        svg.line(x.at(0), top, x.at(0), yPos, "#222", null);
        for (double t = 0; t <= 1.0001; t += 0.25) {
            svg.line(x.at(t), yPos, x.at(t), yPos + 4, "#222", null);
            svg.text(x.at(t), yPos + 16, l.f().decimal(100 * t, 0) + l.t(" %", "%"), 11, "middle", false);
        }
        double ly = yPos + 34;
        svg.legendBox(left, ly, "#2f6690", ownName + " (n = " + l.f().integer(own.answered()) + ")");
        reference.ifPresent(r -> svg.legendBox(left, ly + 16, "#a9c5dc", referenceName + " (n = " + l.f().integer(r.answered()) + ")"));
        StringBuilder text = new StringBuilder();
        if (synthetic) {
            text.append(l.syntheticBanner().toUpperCase(Locale.ROOT)).append('\n');
        }
        text.append(profiles.title(own.question())).append(": ").append(ownName)
                .append(referenceProfile.isPresent() ? l.t(" og ", " and ") + referenceName : "").append('\n');
        for (AnswerShare a : answers) {
            text.append("  ").append(profiles.label(own.question(), a.code())).append(": ").append(l.f().percent(a.share()));
            reference.flatMap(r -> r.answer(a.code())).ifPresent(b -> text.append(" (").append(referenceName).append(' ')
                    .append(l.f().percent(b.share())).append(')'));
            text.append('\n');
        }
        return NotebookOutput.svg(text.toString(), svg.finish());
    }

    private void shareBar(Svg svg, Scale x, double y, double height, AnswerShare a, String fill) {
        if (Double.isNaN(a.share())) {
            return;
        }
        svg.rect(x.at(0), y + 1, x.at(a.share()) - x.at(0), height - 2, fill);
        double mid = y + height / 2;
        svg.line(x.at(a.ciLow()), mid, x.at(a.ciHigh()), mid, "#000", null);
        svg.line(x.at(a.ciLow()), mid - 4, x.at(a.ciLow()), mid + 4, "#000", null);
        svg.line(x.at(a.ciHigh()), mid - 4, x.at(a.ciHigh()), mid + 4, "#000", null);
        svg.text(x.at(Math.max(a.share(), a.ciHigh())) + 6, mid + 4, l.f().percent(a.share()), 11, "start", false);
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above {@code v}. */
    static double niceCeiling(double v) {
        if (v <= 0 || Double.isNaN(v)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= v) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** A linear map from data to pixels. */
    record Scale(double from, double to, double pixelFrom, double pixelTo) {
        double at(double v) {
            return pixelFrom + (v - from) / (to - from) * (pixelTo - pixelFrom);
        }
    }

    /** An SVG document under construction. */
    final class Svg {
        private final StringBuilder out = new StringBuilder();
        private final int width;

        Svg(int width, int height) {
            this.width = width;
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n")
                    .append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" fill=\"#ffffff\"/>\n");
        }

        void title(String title, String subtitle) {
            text(width / 2.0, 22, title, 15, "middle", true);
            if (subtitle != null) {
                out.append("<text x=\"").append(num(width / 2.0)).append("\" y=\"42\" font-size=\"13\" ").append(FONT)
                        .append(" text-anchor=\"middle\" fill=\"#a61b1b\" font-weight=\"bold\">")
                        .append(Html.escape(subtitle)).append("</text>\n");
            }
        }

        void axes(Scale x, Scale y, String xLabel, String yLabel) {
            line(x.pixelFrom(), y.pixelFrom(), x.pixelTo(), y.pixelFrom(), "#222", null);
            line(x.pixelFrom(), y.pixelFrom(), x.pixelFrom(), y.pixelTo(), "#222", null);
            for (double t : ticks(x.to())) {
                line(x.at(t), y.pixelFrom(), x.at(t), y.pixelFrom() + 5, "#222", null);
                text(x.at(t), y.pixelFrom() + 18, l.f().integer(Math.round(t)), 11, "middle", false);
            }
            for (double t : ticks(y.to())) {
                line(x.pixelFrom() - 5, y.at(t), x.pixelFrom(), y.at(t), "#222", null);
                text(x.pixelFrom() - 8, y.at(t) + 4, l.f().decimal(t, 2), 11, "end", false);
            }
            text((x.pixelFrom() + x.pixelTo()) / 2, y.pixelFrom() + 40, xLabel, 12, "middle", false);
            double cy = (y.pixelFrom() + y.pixelTo()) / 2;
            out.append("<text x=\"16\" y=\"").append(num(cy)).append("\" font-size=\"12\" ").append(FONT)
                    .append(" text-anchor=\"middle\" transform=\"rotate(-90 16 ").append(num(cy)).append(")\">")
                    .append(Html.escape(yLabel)).append("</text>\n");
        }

        private List<Double> ticks(double max) {
            double step = niceCeiling(max / 6);
            List<Double> ticks = new ArrayList<>();
            for (double t = 0; t <= max * 1.0001; t += step) {
                ticks.add(t);
            }
            return ticks;
        }

        void line(double x1, double y1, double x2, double y2, String stroke, String dash) {
            out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                    .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append('"')
                    .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>\n");
        }

        void polyline(List<double[]> points, String stroke, String dash) {
            out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append('"')
                    .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"");
            for (double[] p : points) {
                out.append(num(p[0])).append(',').append(num(p[1])).append(' ');
            }
            out.append("\"/>\n");
        }

        void circle(double cx, double cy, double r, String fill, String stroke) {
            out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                    .append("\" fill=\"").append(fill).append('"').append(stroke == null ? " fill-opacity=\"0.8\"" : " stroke=\"" + stroke + "\"")
                    .append("/>\n");
        }

        void rect(double x, double y, double w, double h, String fill) {
            out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(0, w)))
                    .append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append("\"/>\n");
        }

        void text(double x, double y, String text, int size, String anchor, boolean bold) {
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(size)
                    .append("\" ").append(FONT).append(" text-anchor=\"").append(anchor).append('"')
                    .append(bold ? " font-weight=\"bold\"" : "").append('>').append(Html.escape(text)).append("</text>\n");
        }

        void legendLine(double x, double y, String stroke, String dash, String label) {
            line(x, y, x + 24, y, stroke, dash);
            text(x + 30, y + 4, label, 11, "start", false);
        }

        void legendBox(double x, double y, String fill, String label) {
            rect(x, y - 9, 14, 10, fill);
            text(x + 20, y, label, 11, "start", false);
        }

        String finish() {
            return out.append("</svg>\n").toString();
        }

        private static String num(double v) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
    }
}
