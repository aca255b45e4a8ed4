package dk.casescreen.report;

import dk.casescreen.analysis.Effect;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.Profiles;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.TestResult;

/** "Hvorfor er de blevet dyre?": each hypothesis with its verdict, numbers, chart and reason. */
final class WhySection {

    private WhySection() {
    }

    static String html(ReportInput in, ReportContext ctx, Charts charts) {
        VerdictText verdicts = new VerdictText(ctx.language());
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        StringBuilder s = new StringBuilder("<p>").append(Html.esc(ctx.t(
                "Hver hypotese testes på de egne sager: hvor almindelig er faktoren, og ligger sager med faktoren i højere udgiftsintervaller, "
                        + "når der tages højde for målgruppe og adfærd? P-værdierne er justeret for, at der testes ti hypoteser på én gang. "
                        + "\"Ikke understøttet\" bruges kun, når data taler imod - aldrig blot fordi testen var for svag.",
                "Each hypothesis is tested on the own cases: how common is the factor, and do cases with it lie in higher cost bands once "
                        + "target group and behaviour are taken into account? The p-values are adjusted for testing ten hypotheses at once. "
                        + "\"Not supported\" is used only when the data speak against it - never merely because the test was too weak.")))
                .append("</p>\n");
        for (HypothesisResult h : in.own().hypotheses()) {
            s.append("<h3 id=\"").append(Html.esc(h.spec().id())).append("\">").append(Html.esc(h.spec().id() + ". "
                    + h.spec().claim().in(ctx.language()))).append(" - <span class=\"verdict-").append(h.verdict().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">").append(Html.esc(verdicts.verdict(h.verdict()))).append("</span></h3>\n");
            s.append("<p class=\"reason\">").append(Html.esc(reason(h, in, ctx, verdicts))).append("</p>\n");
            s.append("<table class=\"numbers\">\n");
            row(s, ctx.t("Eksponering", "Exposure"), Html.esc(h.spec().exposureLabel().in(ctx.language())));
            s.append("<tr><th>").append(Html.esc(ctx.t("Forekomst", "Prevalence"))).append("</th>")
                    .append(ctx.shareCell(Profiles.share("exposed", h.prevalence().count(), h.prevalence().n()))).append("</tr>\n");
            h.association().ifPresent(t -> row(s, ctx.t("Rangtest af udgiftsinterval", "Rank test of cost band"), association(t, ctx)));
            row(s, ctx.t("Odds ratio, justeret for ", "Odds ratio, adjusted for ") + String.join(", ", h.spec().confounders()),
                    h.effect().map(e -> effect(e, ctx)).orElse(Html.esc(ctx.t("kunne ikke beregnes", "could not be computed"))));
            row(s, ctx.t("Justeret p-værdi", "Adjusted p-value"), ctx.f().pValue(h.pAdjusted()));
            row(s, ctx.t("Mindste påviselige odds ratio (80 % styrke)", "Minimum detectable odds ratio (80% power)"),
                    ctx.f().decimal(h.minimumDetectableEffect(), 2));
            h.aboveBelow().ifPresent(e -> row(s, ctx.t("Over mod under 2 mio. kr.", "Above against below 2 mio. kr."), effect(e, ctx)));
            in.reference().hypothesis(h.spec().id()).ifPresent(r -> row(s, ctx.t("Referencen", "The reference"),
                    Html.esc(verdicts.verdict(r.verdict()) + ": " + reason(r, in, ctx, verdicts))));
            s.append("</table>\n");
            s.append("<p>").append(Html.esc(detectable(h, ctx))).append("</p>\n");
            s.append(charts.hypothesis(h, sheet).html());
        }
        return s.toString();
    }

    private static String reason(HypothesisResult h, ReportInput in, ReportContext ctx, VerdictText verdicts) {
        if (ctx.disclosure().isShared() && (ctx.disclosure().suppressShare(h.prevalence().count(), h.prevalence().n()))) {
            return ctx.t("Eksponeringen findes i under ", "The exposure occurs in fewer than ") + ctx.disclosure().threshold()
                    + ctx.t(" sager (eller alle på nær færre end ", " cases (or all but fewer than ") + ctx.disclosure().threshold()
                    + ctx.t("); tallene vises ikke i den delte udgave.", "); the numbers are not shown in the shared edition.");
        }
        return verdicts.reason(h, in.own().rule());
    }

    private static String detectable(HypothesisResult h, ReportContext ctx) {
        if (Double.isNaN(h.minimumDetectableEffect())) {
            return ctx.t("Testen kunne ikke gennemføres, så hverken store eller små effekter kan udelukkes.",
                    "The test could not be carried out, so neither large nor small effects can be ruled out.");
        }
        return ctx.t("Med disse sager kunne testen opdage en odds ratio på ", "With these cases the test could detect an odds ratio of ")
                + ctx.f().decimal(h.minimumDetectableEffect(), 2)
                + ctx.t(" eller mere med 80 % sandsynlighed; mindre effekter kan den ikke skelne fra tilfældighed.",
                " or more with 80% probability; smaller effects it cannot tell from chance.");
    }

    private static void row(StringBuilder s, String label, String valueHtml) {
        s.append("<tr><th>").append(Html.esc(label)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static String association(TestResult t, ReportContext ctx) {
        return Html.esc(t.method() + ": W = " + ctx.f().decimal(t.statistic(), 1) + ", p " + ctx.f().pValue(t.pValue()));
    }

    private static String effect(Effect e, ReportContext ctx) {
        if (ctx.disclosure().suppress(e.exposed()) || ctx.disclosure().suppress(e.n() - e.exposed())) {
            return Html.esc(ctx.disclosure().suppressedText() + ctx.t(" eksponerede sager", " exposed cases"));
        }
        return Html.esc("OR " + ctx.f().decimal(e.estimate(), 2) + ctx.t(" (95 %-KI ", " (95% CI ") + ctx.f().decimal(e.ciLow(), 2) + "–"
                + ctx.f().decimal(e.ciHigh(), 2) + "), p " + ctx.f().pValue(e.pValue()) + ", n = " + ctx.f().integer(e.n()));
    }
}
