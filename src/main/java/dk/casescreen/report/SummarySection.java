package dk.casescreen.report;

import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.OpportunityCount;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.analysis.Profiles;
import dk.casescreen.analysis.QuestionProfile;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The one-page summary: key figures, the verdicts, the largest action opportunities. */
final class SummarySection {

    private SummarySection() {
    }

    static String html(ReportInput in, ReportContext ctx) {
        StringBuilder s = new StringBuilder("<div class=\"keyfigures\">\n");
        keyFigure(s, ctx.t("Screenede sager", "Screened cases"), ctx.count(in.own().screened()), ctx.t("2 mio. kr. eller mere om året",
                "2 mio. kr. or more a year"));
        Optional<FunnelPoint> own = in.funnel().flatMap(f -> f.points().stream()
                .filter(p -> in.municipalities().contains(p.municipalityCode())).findFirst());
        if (in.municipalities().size() == 1 && own.isPresent() && !ctx.disclosure().suppress(own.get().cases())) {
            keyFigure(s, ctx.t("Sager pr. 1.000 18-66-årige", "Cases per 1,000 aged 18-66"), ctx.f().decimal(own.get().rate(), 2),
                    ctx.t("gennemsnit ", "average ") + ctx.f().decimal(in.funnel().orElseThrow().targetRate(), 2));
        }
        in.own().profile().question("cost_band").ifPresent(q -> keyFigure(s, ctx.t("Over 4 mio. kr.", "Above 4 mio. kr."),
                share(ctx, q, List.of("band_4_6", "band_6_10", "band_over_10")), ctx.t("reference ", "reference ")
                        + in.reference().profile().question("cost_band").map(r -> share(ctx, r, List.of("band_4_6", "band_6_10", "band_over_10"))).orElse("–")));
        in.own().profile().question("behaviour_decisive").ifPresent(q -> keyFigure(s, ctx.t("Adfærden udslagsgivende", "Behaviour decisive"),
                share(ctx, q, List.of("yes")), ctx.t("reference ", "reference ")
                        + in.reference().profile().question("behaviour_decisive").map(r -> share(ctx, r, List.of("yes"))).orElse("–")));
        s.append("</div>\n<h3>").append(Html.esc(ctx.t("De ti hypoteser", "The ten hypotheses"))).append("</h3>\n<table class=\"verdicts\">\n<tr><th>")
                .append(Html.esc(ctx.t("Hypotese", "Hypothesis"))).append("</th><th>").append(Html.esc(ctx.t("Egne sager", "Own cases")))
                .append("</th><th>").append(Html.esc(ctx.t("Reference", "Reference"))).append("</th></tr>\n");
        VerdictText verdicts = new VerdictText(ctx.language());
        for (HypothesisResult h : in.own().hypotheses()) {
            Optional<HypothesisResult> ref = in.reference().hypothesis(h.spec().id());
            s.append("<tr><td>").append(Html.esc(h.spec().id() + " " + h.spec().claim().in(ctx.language()))).append("</td><td class=\"verdict-")
                    .append(h.verdict().name().toLowerCase(java.util.Locale.ROOT)).append("\">").append(Html.esc(verdicts.verdict(h.verdict())))
                    .append("</td><td>").append(ref.map(r -> Html.esc(verdicts.verdict(r.verdict()))).orElse("–")).append("</td></tr>\n");
        }
        s.append("</table>\n<h3>").append(Html.esc(ctx.t("Største handlemuligheder", "Largest action opportunities"))).append("</h3>\n<ul>\n");
        List<OpportunityDefinition> definitions = in.own().opportunities().definitions().stream()
                .sorted(Comparator.comparingLong((OpportunityDefinition d) -> -in.own().opportunities().count("all", d.id()).count()))
                .limit(3).toList();
        for (OpportunityDefinition d : definitions) {
            OpportunityCount c = in.own().opportunities().count("all", d.id());
            s.append("<li>").append(Html.esc(d.label().in(ctx.language()))).append(": ").append(ctx.count(c.count()))
                    .append(ctx.t(" sager", " cases")).append(" - ").append(Html.esc(d.action().in(ctx.language()))).append("</li>\n");
        }
        return s.append("</ul>\n").toString();
    }

    private static void keyFigure(StringBuilder s, String label, String value, String note) {
        s.append("<div class=\"keyfigure\"><span class=\"value\">").append(Html.esc(value)).append("</span>").append(Html.esc(label))
                .append("<br><span class=\"ci\">").append(Html.esc(note)).append("</span></div>\n");
    }

    private static String share(ReportContext ctx, QuestionProfile q, List<String> codes) {
        long count = q.answers().stream().filter(a -> codes.contains(a.code())).mapToLong(AnswerShare::count).sum();
        return ctx.share(Profiles.share("x", count, q.answered()));
    }
}
