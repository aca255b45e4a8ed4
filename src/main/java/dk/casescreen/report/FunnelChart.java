package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.NumberFormats;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.chart.Axis;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.ChartKind;
import dk.casescreen.chart.Datum;
import dk.casescreen.chart.Mark;
import dk.casescreen.chart.Role;
import dk.casescreen.chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The funnel plot as a {@link Chart}, for the report and the notebooks alike: cases per 1,000 aged
 * 18–66 against the number aged 18–66, with the 95 % (dashed) and 99.8 % (dotted) control limits
 * above and below the average (Spiegelhalter 2005; see {@link FunnelPlot}), the other municipalities
 * as grey points and the highlighted ones bigger and named. Its text alternative gives the average,
 * each highlighted municipality's rate and band, and how many municipalities lie outside the 95 %
 * limits.
 */
public final class FunnelChart {

    private static final int LINE_POINTS = 60;

    private FunnelChart() {
    }

    /**
     * The chart of a funnel plot.
     *
     * @param plot           the funnel plot
     * @param highlightCodes the municipality codes to highlight and name (the own municipalities)
     * @param shown          which municipalities may be drawn; one that is not is left out of the chart
     *                       (its rate in the text is "·"), as the report hides municipalities for disclosure
     * @param ownLabel       the legend's name of the highlighted points ("Egen kommune (SYNTETISK)")
     * @param xScale         the scale of the population axis; logarithmic spreads small municipalities out
     * @param language       the language of the texts and numbers
     */
    public static Chart of(FunnelPlot plot, Set<String> highlightCodes, Predicate<FunnelPoint> shown, String ownLabel,
                           Axis.Scale xScale, Language language) {
        NumberFormats f = new NumberFormats(language);
        double min = plot.points().stream().mapToDouble(FunnelPoint::population).min().orElse(1000);
        double max = plot.points().stream().mapToDouble(FunnelPoint::population).max().orElse(100000);
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i <= LINE_POINTS; i++) {
            xs.add(min * 0.8 * Math.pow(max * 1.25 / (min * 0.8), i / (double) LINE_POINTS));
        }
        List<Datum> own = new ArrayList<>();
        List<Datum> others = new ArrayList<>();
        for (FunnelPoint p : plot.points()) {
            if (shown.test(p)) {
                Datum d = Datum.point(p.population(), p.rate(), p.name());
                if (highlightCodes.contains(p.municipalityCode())) {
                    own.add(d.highlight());
                } else {
                    others.add(d);
                }
            }
        }
        String xTitle = t(language, "18–66-årige i kommunen", "Inhabitants aged 18–66")
                + (xScale == Axis.Scale.LOG ? t(language, " (logaritmisk akse)", " (log axis)") : "");
        Chart.Builder chart = Chart.builder(ChartKind.SCATTER, "tragtdiagram",
                        t(language, "Sager pr. 1.000 18–66-årige efter kommunens størrelse", "Cases per 1,000 aged 18–66 by size of municipality"),
                        language)
                .xAxis(new Axis(xTitle, xScale, 0))
                .valueAxis(Axis.linear(t(language, "Sager pr. 1.000 18–66-årige", "Cases per 1,000 aged 18–66")).withDecimals(2));
        if (!own.isEmpty()) {
            chart.series(Series.points(ownLabel, Role.HIGHLIGHT, own));
        }
        chart.series(Series.points(highlightCodes.isEmpty() ? t(language, "Kommuner", "Municipalities")
                        : t(language, "Andre kommuner", "Other municipalities"), Role.CONTEXT, others))
                .series(Series.line(t(language, "Gennemsnit", "Average"), Role.GUIDE, Mark.LINE,
                        List.of(Datum.point(xs.getFirst(), plot.targetRate(), ""), Datum.point(xs.getLast(), plot.targetRate(), ""))));
        for (double z : new double[] {FunnelPlot.Z_95, FunnelPlot.Z_998}) {
            boolean wide = z == FunnelPlot.Z_998;
            String name = wide ? t(language, "99,8 %-grænse", "99.8% limit") : t(language, "95 %-grænse", "95% limit");
            Mark mark = wide ? Mark.DOTTED_LINE : Mark.DASHED_LINE;
            List<Datum> upper = new ArrayList<>();
            List<Datum> lower = new ArrayList<>();
            for (double x : xs) {
                upper.add(Datum.point(x, Math.max(0, plot.upperLimit(x, z)), name));
                lower.add(Datum.point(x, Math.max(0, plot.lowerLimit(x, z)), name));
            }
            chart.series(Series.line(name, Role.GUIDE, mark, upper)).series(Series.line(name, Role.GUIDE, mark, lower).withoutLegend());
        }
        StringBuilder alt = new StringBuilder(t(language, "Tragtdiagram. Gennemsnit ", "Funnel plot. Average ")
                + f.decimal(plot.targetRate(), 2) + t(language, " sager pr. 1.000. ", " cases per 1,000. "));
        for (FunnelPoint p : plot.points()) {
            if (highlightCodes.contains(p.municipalityCode())) {
                boolean visible = shown.test(p);
                alt.append(p.name()).append(": ").append(visible ? f.decimal(p.rate(), 2) : ReportContext.SECONDARY_MARK)
                        .append(t(language, " pr. 1.000 (", " per 1,000 (")).append(visible ? band(p.band(), language) : ReportContext.SECONDARY_MARK)
                        .append("). ");
            }
        }
        long outside = plot.points().stream().filter(shown).filter(p -> p.band() != FunnelPoint.Band.WITHIN).count();
        alt.append(f.integer(outside)).append(t(language, " kommuner ligger uden for 95 %-grænserne.",
                " municipalities lie outside the 95% limits."));
        return chart.textAlternative(alt.toString()).build();
    }

    /** Where a municipality lies against the limits, in words ("over 95 %-grænsen"). */
    public static String band(FunnelPoint.Band band, Language language) {
        return switch (band) {
            case WITHIN -> t(language, "inden for 95 %-grænserne", "within the 95% limits");
            case ABOVE_95 -> t(language, "over 95 %-grænsen", "above the 95% limit");
            case ABOVE_998 -> t(language, "over 99,8 %-grænsen", "above the 99.8% limit");
            case BELOW_95 -> t(language, "under 95 %-grænsen", "below the 95% limit");
            case BELOW_998 -> t(language, "under 99,8 %-grænsen", "below the 99.8% limit");
        };
    }

    private static String t(Language language, String da, String en) {
        return language == Language.DA ? da : en;
    }
}
