package dk.casescreen.report;

import dk.casescreen.analysis.CaseSets;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.analysis.Reference;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** "Hvem er de?": every question's answers, own cases against the reference. */
final class WhoSection {

    private static final Set<String> CHARTED = Set.of("target_group", "cost_band", "behaviour_type", "use_of_force", "conviction",
            "residences_5y", "psychiatry_treated", "provider_type");

    private WhoSection() {
    }

    static String html(ReportInput in, ReportContext ctx, Charts charts) {
        ReferenceText refText = new ReferenceText(ctx);
        Reference ref = in.reference();
        boolean pooled = ref.kind() == Reference.Kind.POOLED;
        String refHeader = ctx.t("Reference: ", "Reference: ") + refText.title(ref);
        StringBuilder s = new StringBuilder("<p>").append(Html.esc(ctx.t(
                "Andele er af de sager, der har besvaret spørgsmålet (\"Ved ikke\" tæller med); ikke besvaret og ikke relevant er talt for sig. "
                        + "Referencen er ", "Shares are of the cases that answered the question (\"Don't know\" included); not answered and not "
                        + "applicable are counted apart. The reference is ") + refText.describe(ref))).append("</p>\n");
        StringBuilder table = new StringBuilder("<table class=\"profile\">\n<tr><th>").append(Html.esc(ctx.t("Spørgsmål", "Question")))
                .append("</th><th>").append(Html.esc(ctx.t("Svar", "Answer"))).append("</th><th>").append(Html.esc(ctx.ownLabel()))
                .append("</th><th>").append(Html.esc(refHeader)).append("</th></tr>\n");
        StringBuilder chartHtml = new StringBuilder();
        for (QuestionProfile q : in.own().profile().questions()) {
            Question question = q.question();
            String title = ctx.question(question.key());
            String ownTable = ctx.t("Hvem er de? Egne sager: ", "Who are they? Own cases: ") + title;
            String refTable = ctx.t("Hvem er de? Reference: ", "Who are they? Reference: ") + title;
            BitSet own = ctx.ownScreened();
            BitSet pool = ctx.pooledScreened();
            ReportCells.Cell answered = denominator(ctx, ownTable, own, question.key());
            ReportCells.Cell refAnswered = pooled ? denominator(ctx, refTable, pool, question.key()) : null;
            if (!question.type().isChoice()) {
                table.append("<tr><td>").append(Html.esc(title)).append(denominators(ctx, ownTable, own, question, answered)).append("</td><td>")
                        .append(Html.esc(ctx.t("median (kvartiler)", "median (quartiles)"))).append("</td><td class=\"num\">")
                        .append(Html.esc(numbers(q, answered, ctx))).append("</td><td class=\"num\">")
                        .append(Html.esc(pooled ? numbers(ref.analysis().orElseThrow().profile().question(question.key()).orElseThrow(), refAnswered, ctx)
                                : "–")).append("</td></tr>\n");
                notes(table, ref.figures(question.key()), refText, Optional.empty());
                continue;
            }
            List<Charts.Value> ownValues = new ArrayList<>();
            List<Charts.Value> refValues = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<ReferenceFigure> used = new ArrayList<>();
            for (int i = 0; i < question.options().size(); i++) {
                AnswerOption option = question.options().get(i);
                String label = option.label().in(ctx.language());
                labels.add(label);
                ReportCells.Cell count = ctx.cell(ownTable, label, ctx.t("Antal", "Count"), CaseSets.and(own, ctx.sets().answer(question.key(), option.code())), question.key());
                ownValues.add(Charts.Value.share(ctx, count, answered));
                String refCell;
                if (pooled) {
                    ReportCells.Cell rc = ctx.cell(refTable, label, ctx.t("Antal", "Count"), CaseSets.and(pool, ctx.sets().answer(question.key(), option.code())), question.key());
                    refValues.add(Charts.Value.share(ctx, rc, refAnswered));
                    refCell = ctx.shareCell(rc, refAnswered);
                } else {
                    Optional<ReferenceFigure> f = ref.answer(question.key(), option.code());
                    f.ifPresent(used::add);
                    refValues.add(f.map(x -> Charts.Value.figure(x, refText)).orElse(Charts.Value.none()));
                    refCell = "<td class=\"num\">" + Html.esc(f.map(refText::figure).orElse("–")) + "</td>";
                }
                table.append("<tr><td>").append(i == 0 ? Html.esc(title) + denominators(ctx, ownTable, own, question, answered) : "")
                        .append("</td><td>").append(Html.esc(label)).append("</td>").append(ctx.shareCell(count, answered)).append(refCell)
                        .append("</tr>\n");
            }
            if (!pooled) {
                notes(table, ref.figures(question.key()), refText, Optional.of(used));
            }
            if (CHARTED.contains(question.key())) {
                chartHtml.append(charts.profile(title, labels, ctx.ownLabel(), ownValues, refHeader, refValues).html());
            }
        }
        table.append("</table>\n");
        return s.append(chartHtml).append(table).toString();
    }

    private static ReportCells.Cell denominator(ReportContext ctx, String table, BitSet group, String key) {
        return ctx.cell(table, ctx.t("Besvaret", "Answered"), ctx.t("Antal", "Count"), CaseSets.and(group, ctx.sets().answered(key)), key);
    }

    private static void notes(StringBuilder table, List<ReferenceFigure> figures, ReferenceText refText, Optional<List<ReferenceFigure>> used) {
        for (ReferenceFigure f : figures) {
            if (used.isPresent() && used.get().contains(f) && f.national()) {
                continue;
            }
            table.append("<tr class=\"reference-note\"><td></td><td colspan=\"3\">").append(Html.esc(refText.note(f))).append("</td></tr>\n");
        }
    }

    private static String denominators(ReportContext ctx, String table, BitSet group, Question q, ReportCells.Cell answered) {
        ReportCells.Cell notAnswered = ctx.cell(table, ctx.t("Ikke besvaret", "Not answered"), ctx.t("Antal", "Count"),
                CaseSets.and(group, ctx.sets().notAnswered(q.key())), q.key());
        String text = ctx.t("besvaret ", "answered ") + ctx.count(answered) + ctx.t(", ikke besvaret ", ", not answered ") + ctx.count(notAnswered);
        if (q.isConditional()) {
            ReportCells.Cell notApplicable = ctx.cell(table, ctx.t("Ikke relevant", "Not applicable"), ctx.t("Antal", "Count"),
                    CaseSets.and(group, ctx.sets().notApplicable(q.key())), q.key());
            text += ctx.t(", ikke relevant ", ", not applicable ") + ctx.count(notApplicable);
        }
        return "<br><span class=\"ci\">" + Html.esc(text) + "</span>";
    }

    private static String numbers(QuestionProfile q, ReportCells.Cell answered, ReportContext ctx) {
        if (!answered.shown()) {
            return ctx.mark(answered.status());
        }
        if (answered.count() < ctx.threshold()) {
            return "–";
        }
        return q.numbers().map(n -> ctx.f().decimal(n.median(), 0) + " (" + ctx.f().decimal(n.q1(), 0) + "–" + ctx.f().decimal(n.q3(), 0) + ")")
                .orElse("–");
    }
}
