package dk.casescreen.report;

import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.QuestionProfile;
import java.util.List;
import java.util.Set;

/** "Hvem er de?": every question's answers, own cases against the reference, with the published figures. */
final class WhoSection {

    private static final Set<String> CHARTED = Set.of("target_group", "cost_band", "behaviour_type", "use_of_force", "conviction",
            "residences_5y", "psychiatry_treated", "provider_type");

    private WhoSection() {
    }

    static String html(ReportInput in, ReportContext ctx, Charts charts) {
        StringBuilder s = new StringBuilder("<p>").append(Html.esc(ctx.t(
                "Andele er af de sager, der har besvaret spørgsmålet (\"Ved ikke\" tæller med); ikke besvaret og ikke relevant er talt for sig. "
                        + "Referencen er ", "Shares are of the cases that answered the question (\"Don't know\" included); not answered and not "
                        + "applicable are counted apart. The reference is ")))
                .append(Html.esc(in.reference().synthetic() ? ctx.t("de indbyggede syntetiske referencedata (683 sager).",
                        "the built-in synthetic reference data (683 cases).") : ctx.t("alle sager i analysen.", "all cases analysed.")))
                .append("</p>\n");
        for (QuestionProfile q : in.own().profile().questions()) {
            QuestionProfile ref = in.reference().profile().question(q.question().key()).orElseThrow();
            if (CHARTED.contains(q.question().key())) {
                s.append(charts.profile(q, ref).html());
            }
        }
        s.append("<table class=\"profile\">\n<tr><th>").append(Html.esc(ctx.t("Spørgsmål", "Question"))).append("</th><th>")
                .append(Html.esc(ctx.t("Svar", "Answer"))).append("</th><th>").append(Html.esc(ctx.t("Egne sager", "Own cases")))
                .append("</th><th>").append(Html.esc(ctx.t("Reference", "Reference"))).append("</th><th>")
                .append(Html.esc(ctx.t("Offentliggjort 2023", "Published 2023"))).append("</th></tr>\n");
        for (QuestionProfile q : in.own().profile().questions()) {
            QuestionProfile ref = in.reference().profile().question(q.question().key()).orElseThrow();
            String title = q.question().number() + ". " + q.question().text().in(ctx.language());
            String published = q.published().map(p -> p.text().in(ctx.language())).orElse("");
            if (!q.question().type().isChoice()) {
                s.append("<tr><td>").append(Html.esc(title)).append("</td><td>").append(Html.esc(ctx.t("median (kvartiler)", "median (quartiles)")))
                        .append("</td><td class=\"num\">").append(numbers(q, ctx)).append("</td><td class=\"num\">").append(numbers(ref, ctx))
                        .append("</td><td>").append(Html.esc(published)).append("</td></tr>\n");
                continue;
            }
            List<AnswerShare> own = q.answers();
            for (int i = 0; i < own.size(); i++) {
                s.append("<tr><td>").append(i == 0 ? Html.esc(title) + denominators(q, ctx) : "").append("</td><td>")
                        .append(Html.esc(q.question().options().get(i).label().in(ctx.language()))).append("</td>")
                        .append(ctx.shareCell(own.get(i))).append(ctx.shareCell(ref.answers().get(i)))
                        .append("<td>").append(i == 0 ? Html.esc(published) : "").append("</td></tr>\n");
            }
        }
        return s.append("</table>\n").toString();
    }

    private static String denominators(QuestionProfile q, ReportContext ctx) {
        return "<br><span class=\"ci\">" + Html.esc(ctx.t("besvaret ", "answered ") + ctx.count(q.answered())
                + ctx.t(", ikke besvaret ", ", not answered ") + ctx.count(q.notAnswered())
                + (q.question().isConditional() ? ctx.t(", ikke relevant ", ", not applicable ") + ctx.count(q.notApplicable()) : ""))
                + "</span>";
    }

    private static String numbers(QuestionProfile q, ReportContext ctx) {
        return q.numbers().filter(n -> !ctx.disclosure().suppressShare(n.n(), n.n()) && n.n() > 0)
                .map(n -> ctx.f().decimal(n.median(), 0) + " (" + ctx.f().decimal(n.q1(), 0) + "–" + ctx.f().decimal(n.q3(), 0) + ")")
                .orElse(ctx.disclosure().suppressedText());
    }
}
