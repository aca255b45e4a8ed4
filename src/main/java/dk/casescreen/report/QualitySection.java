package dk.casescreen.report;

import dk.casescreen.cases.FileAccount;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.Rule;
import dk.casescreen.cases.ValidationReport;
import java.util.Map;
import java.util.TreeMap;

/** Data quality: rows read, accepted and rejected, problems by rule, and in the internal edition where they are. */
final class QualitySection {

    private static final int LISTED = 30;

    private QualitySection() {
    }

    static String html(ReportInput in, ReportContext ctx) {
        ValidationReport v = in.validation();
        StringBuilder s = new StringBuilder("<table class=\"files\">\n<tr><th>").append(Html.esc(ctx.t("Fil", "File"))).append("</th><th>")
                .append(Html.esc(ctx.t("Læst", "Read"))).append("</th><th>").append(Html.esc(ctx.t("Godkendt", "Accepted"))).append("</th><th>")
                .append(Html.esc(ctx.t("Afvist", "Rejected"))).append("</th></tr>\n");
        for (FileAccount f : v.files()) {
            s.append("<tr><td>").append(Html.esc(f.location().describe(ctx.language()))).append("</td>").append(ctx.countCell(f.read()))
                    .append(ctx.countCell(f.accepted())).append(ctx.countCell(f.rejected())).append("</tr>\n");
        }
        s.append("</table>\n<p>").append(Html.esc(ctx.t("I alt: ", "In all: ") + ctx.count(v.read()) + ctx.t(" læst = ", " read = ")
                + ctx.count(v.accepted()) + ctx.t(" godkendt + ", " accepted + ") + ctx.count(v.rejected()) + ctx.t(" afvist.", " rejected.")))
                .append("</p>\n");
        Map<Rule, Long> byRule = new TreeMap<>();
        v.problems().forEach(p -> byRule.merge(p.rule(), 1L, Long::sum));
        s.append("<table class=\"problems\">\n<tr><th>").append(Html.esc(ctx.t("Problem", "Problem"))).append("</th><th>")
                .append(Html.esc(ctx.t("Alvor", "Severity"))).append("</th><th>").append(Html.esc(ctx.t("Antal", "Count"))).append("</th></tr>\n");
        byRule.forEach((rule, count) -> s.append("<tr><td>").append(Html.esc(rule.name().toLowerCase(java.util.Locale.ROOT)))
                .append("</td><td>").append(rule.severity() == dk.casescreen.cases.Severity.ERROR ? ctx.t("fejl", "error") : ctx.t("advarsel", "warning"))
                .append("</td>").append(ctx.countCell(count)).append("</tr>\n"));
        s.append("</table>\n");
        if (!ctx.disclosure().isShared() && !v.problems().isEmpty()) {
            s.append("<h3>").append(Html.esc(ctx.t("Hvor problemerne er", "Where the problems are"))).append("</h3>\n<ul>\n");
            v.problems().stream().limit(LISTED).forEach((Problem p) -> s.append("<li>").append(Html.esc(p.describe(ctx.language()))).append("</li>\n"));
            if (v.problems().size() > LISTED) {
                s.append("<li>").append(Html.esc(ctx.t("... og ", "... and ") + (v.problems().size() - LISTED)
                        + ctx.t(" flere: kør casescreen validate for hele listen.", " more: run casescreen validate for the whole list."))).append("</li>\n");
            }
            s.append("</ul>\n");
        }
        s.append("<p>").append(Html.esc(ctx.t("Nævnere: hver andel er af de sager, der besvarede spørgsmålet; ikke besvaret og ikke relevant "
                + "(betingede spørgsmål 13, 18, 22) er udeladt og talt for sig under Hvem er de.", "Denominators: every share is of the cases "
                + "that answered the question; not answered and not applicable (conditional questions 13, 18, 22) are left out and counted "
                + "apart under Who are they."))).append("</p>\n");
        return s.toString();
    }
}
