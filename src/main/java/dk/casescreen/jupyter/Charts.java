package dk.casescreen.jupyter;

import dk.casescreen.followup.BandChange;
import dk.casescreen.followup.ChangeShare;
import dk.casescreen.followup.FollowUpResult;
import dk.casescreen.followup.RoundComparison;
import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.CostConcentration;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.chart.Axis;
import dk.casescreen.chart.Chart;
import dk.casescreen.chart.ChartKind;
import dk.casescreen.chart.Datum;
import dk.casescreen.chart.Mark;
import dk.casescreen.chart.Role;
import dk.casescreen.chart.Series;
import dk.casescreen.report.FunnelChart;
import dk.casescreen.stats.Concentration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The notebook's charts as {@link Chart} models, drawn by {@link dk.casescreen.chart.SvgChart} like
 * the report's: the funnel plot of cases per 1,000 aged 18–66 (the report's {@link FunnelChart}),
 * and the shares of one question's answers with their 95 % Wilson intervals. Charts of synthetic
 * data carry the synthetic-data banner, and their legends say SYNTETISK where the numbers are.
 */
final class Charts {

    private final Labels l;

    Charts(Labels labels) {
        this.l = labels;
    }

    /** The funnel plot on a logarithmic population axis; the given municipalities are highlighted and named. */
    Chart funnel(FunnelPlot plot, Set<String> highlight, DataOrigin origin) {
        String name = highlight.size() == 1 ? l.t("Markeret kommune", "Highlighted municipality")
                : l.t("Markerede kommuner", "Highlighted municipalities");
        return FunnelChart.of(plot, highlight, p -> true, name + l.tag(origin), Axis.Scale.LOG, l.language())
                .withBanner(origin.isSynthetic() ? l.syntheticBanner() : null);
    }

    /** The shares of a question's answers in one profile, or beside a reference profile, as horizontal bars with intervals. */
    Chart shares(Profile ownProfile, String key, Optional<Profile> referenceProfile, ProfileView profiles) {
        QuestionProfile own = ownProfile.question(key).orElseThrow(() -> new IllegalArgumentException("No question " + key));
        Optional<QuestionProfile> reference = referenceProfile.map(p -> p.question(key).orElseThrow(
                () -> new IllegalArgumentException("The reference profile has no question " + key)));
        String ownName = profiles.labelled(ownProfile);
        String referenceName = referenceProfile.map(profiles::labelled).orElse("");
        DataOrigin origin = referenceProfile.map(p -> p.origin().with(ownProfile.origin())).orElse(ownProfile.origin());
        List<AnswerShare> answers = own.answers();
        List<String> categories = answers.stream().map(a -> profiles.label(own.question(), a.code())).toList();
        String title = profiles.title(own.question());
        Chart.Builder chart = Chart.builder(ChartKind.HORIZONTAL_BARS, "andele-" + key, title, l.language())
                .banner(origin.isSynthetic() ? l.syntheticBanner() : null)
                .categories(l.t("Svar", "Answer"), categories)
                .valueAxis(Axis.linear(l.t("Andel af besvarede (%) med 95 %-interval", "Share of answered (%) with 95% interval")))
                .series(Series.bars(ownName + " (n = " + l.f().integer(own.answered()) + ")", Role.PRIMARY, bars(answers)));
        reference.ifPresent(r -> chart.series(Series.bars(referenceName + " (n = " + l.f().integer(r.answered()) + ")", Role.COMPARISON,
                bars(answers.stream().map(a -> r.answer(a.code()).orElseThrow()).toList()))));
        StringBuilder text = new StringBuilder(title).append(": ").append(ownName)
                .append(referenceProfile.isPresent() ? l.t(" og ", " and ") + referenceName : "").append('\n');
        for (int i = 0; i < answers.size(); i++) {
            AnswerShare a = answers.get(i);
            text.append("  ").append(categories.get(i)).append(": ").append(l.f().percent(a.estimate()));
            reference.flatMap(r -> r.answer(a.code())).ifPresent(b -> text.append(" (").append(referenceName).append(' ')
                    .append(l.f().percent(b.estimate())).append(')'));
            text.append('\n');
        }
        return chart.textAlternative(text.toString()).build();
    }

    /** One bar per answer: the share in per cent with its interval, written "12,3 %". */
    private List<Datum> bars(List<AnswerShare> answers) {
        List<Datum> bars = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerShare a = answers.get(i);
            bars.add(Double.isNaN(a.estimate()) ? Datum.bar(i, Double.NaN, l.f().percent(a.estimate()))
                    : Datum.bar(i, 100 * a.estimate(), 100 * a.confLow(), 100 * a.confHigh(), l.f().percent(a.estimate())));
        }
        return bars;
    }

    /** Dearer, same and cheaper between a comparison's rounds: the shares in per cent as horizontal bars with their Wilson intervals. */
    Chart bandChange(FollowUpResult result, RoundComparison comparison) {
        BandChange change = comparison.bandChange();
        DataOrigin origin = result.origin();
        List<String> categories = change.shares().stream().map(s -> s.direction().label().in(l.language())).toList();
        String level = l.f().decimal(100 * change.confLevel(), 0);
        String title = l.t("Udgiftsniveau fra runde ", "Cost band from round ") + comparison.firstRound()
                + l.t(" til runde ", " to round ") + comparison.secondRound();
        List<Datum> bars = new ArrayList<>();
        StringBuilder text = new StringBuilder(title).append(l.tag(origin)).append('\n');
        for (int i = 0; i < change.shares().size(); i++) {
            ChangeShare s = change.shares().get(i);
            String shown = l.f().percent(s.estimate()) + " (" + l.f().integer(s.count()) + l.t(" af ", " of ") + l.f().integer(s.n()) + ")";
            bars.add(Double.isNaN(s.estimate()) ? Datum.bar(i, Double.NaN, shown)
                    : Datum.bar(i, 100 * s.estimate(), 100 * s.confLow(), 100 * s.confHigh(), shown));
            text.append("  ").append(categories.get(i)).append(": ").append(shown).append(", ")
                    .append(l.f().percentInterval(s.confLow(), s.confHigh())).append('\n');
        }
        return Chart.builder(ChartKind.HORIZONTAL_BARS, "opfoelgning-" + comparison.firstRound() + "-" + comparison.secondRound(),
                        title, l.language())
                .banner(origin.isSynthetic() ? l.syntheticBanner() : null)
                .categories(l.t("Udgiftsniveau", "Cost band"), categories)
                .valueAxis(Axis.linear(l.t("Andel af borgerne i begge runder (%) med " + level + " %-interval",
                        "Share of the citizens in both rounds (%) with " + level + "% interval")))
                .series(Series.bars(l.t("Borgere i begge runder", "Citizens in both rounds") + l.tag(origin) + " (n = "
                        + l.f().integer(change.n()) + ")", Role.PRIMARY, bars))
                .textAlternative(text.toString())
                .build();
    }

    /**
     * The Lorenz curve of the annual cost: the share of the total held by the cheapest share of the cases, with the
     * line of equal shares; the legend names the cases and their origin.
     */
    Chart lorenz(CostConcentration k, String name, DataOrigin origin) {
        List<Datum> curve = new ArrayList<>();
        for (Concentration.Point p : k.lorenz()) {
            curve.add(Datum.point(100 * p.caseShare(), 100 * p.amountShare(), ""));
        }
        String alt = l.t("Lorenzkurve over den årlige udgift i ", "Lorenz curve of the annual cost of ") + l.f().integer(k.n())
                + l.t(" sager med udgift: de dyreste 10 % står for ", " cases with a cost: the most expensive 10% account for ")
                + l.f().percent(k.top10Share()) + l.t(", de dyreste 20 % for ", ", the most expensive 20% for ")
                + l.f().percent(k.top20Share()) + l.t(" af udgiften; Gini ", " of the cost; Gini ") + l.f().decimal(k.gini(), 2) + ".";
        return Chart.builder(ChartKind.SCATTER, "lorenz", l.t("Hvor koncentreret er udgiften?", "How concentrated is the cost?"),
                        l.language())
                .banner(origin.isSynthetic() ? l.syntheticBanner() : null)
                .xAxis(Axis.linear(l.t("Andel af sagerne, billigste først (%)", "Share of the cases, cheapest first (%)")))
                .valueAxis(Axis.linear(l.t("Andel af den samlede udgift (%)", "Share of the total cost (%)")))
                .series(Series.line(name + l.tag(origin) + " (n = " + l.f().integer(k.n()) + ")", Role.PRIMARY, Mark.LINE, curve))
                .series(Series.line(l.t("Lige fordeling", "Equal shares"), Role.GUIDE, Mark.DASHED_LINE,
                        List.of(Datum.point(0, 0, ""), Datum.point(100, 100, ""))))
                .textAlternative(alt)
                .build();
    }
}
