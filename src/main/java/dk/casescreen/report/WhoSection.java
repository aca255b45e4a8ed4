package dk.casescreen.report;

import dk.casescreen.analysis.CaseSets;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.analysis.Reference;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.chart.Chart;
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

    static String html(ReportInput in, ReportContext ctx) {
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
            String ownTable = ownTable(ctx, title);
            String refTable = refTable(ctx, title);
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
            Answers a = answers(in, ctx, question, answered, refAnswered);
            for (int i = 0; i < a.labels().size(); i++) {
                table.append("<tr><td>").append(i == 0 ? Html.esc(title) + denominators(ctx, ownTable, own, question, answered) : "")
                        .append("</td><td>").append(Html.esc(a.labels().get(i))).append("</td>").append(ctx.shareCell(a.counts().get(i), answered))
                        .append(a.referenceCells().get(i)).append("</tr>\n");
            }
            if (!pooled) {
                notes(table, ref.figures(question.key()), refText, Optional.of(a.figuresUsed()));
            }
            if (CHARTED.contains(question.key())) {
                chartHtml.append(Charts.html(chart(ctx, a)));
            }
        }
        table.append("</table>\n");
        return s.append(chartHtml).append(table).toString();
    }

    /**
     * One question's answers as the report publishes them: per answer its label, the own count, the own and
     * the reference share, and the reference's table cell.
     */
    record Answers(Question question, String title, ReportCells.Cell answered, List<String> labels, List<ReportCells.Cell> counts,
                   List<Charts.Value> own, List<Charts.Value> reference, List<String> referenceCells, List<ReferenceFigure> figuresUsed,
                   Optional<ReportCells.Cell> referenceAnswered, List<ReportCells.Cell> referenceCounts,
                   List<Optional<ReferenceFigure>> referenceFigures) {
    }

    /** The answers of a choice question, for the own cases against the reference. */
    static Answers answers(ReportInput in, ReportContext ctx, Question question) {
        BitSet own = ctx.ownScreened();
        String title = ctx.question(question.key());
        ReportCells.Cell answered = denominator(ctx, ownTable(ctx, title), own, question.key());
        ReportCells.Cell refAnswered = in.reference().kind() == Reference.Kind.POOLED
                ? denominator(ctx, refTable(ctx, title), ctx.pooledScreened(), question.key()) : null;
        return answers(in, ctx, question, answered, refAnswered);
    }

    private static Answers answers(ReportInput in, ReportContext ctx, Question question, ReportCells.Cell answered, ReportCells.Cell refAnswered) {
        ReferenceText refText = new ReferenceText(ctx);
        String title = ctx.question(question.key());
        BitSet own = ctx.ownScreened();
        BitSet pool = ctx.pooledScreened();
        List<Charts.Value> ownValues = new ArrayList<>();
        List<Charts.Value> refValues = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<ReportCells.Cell> counts = new ArrayList<>();
        List<String> refCells = new ArrayList<>();
        List<ReferenceFigure> used = new ArrayList<>();
        List<ReportCells.Cell> refCounts = new ArrayList<>();
        List<Optional<ReferenceFigure>> refFigures = new ArrayList<>();
        for (AnswerOption option : question.options()) {
            String label = option.label().in(ctx.language());
            labels.add(label);
            ReportCells.Cell count = ctx.cell(ownTable(ctx, title), label, ctx.t("Antal", "Count"),
                    CaseSets.and(own, ctx.sets().answer(question.key(), option.code())), question.key());
            counts.add(count);
            ownValues.add(Charts.Value.share(ctx, count, answered));
            if (refAnswered != null) {
                ReportCells.Cell rc = ctx.cell(refTable(ctx, title), label, ctx.t("Antal", "Count"),
                        CaseSets.and(pool, ctx.sets().answer(question.key(), option.code())), question.key());
                refValues.add(Charts.Value.share(ctx, rc, refAnswered));
                refCells.add(ctx.shareCell(rc, refAnswered));
                refCounts.add(rc);
            } else {
                Optional<ReferenceFigure> f = in.reference().answer(question.key(), option.code());
                f.ifPresent(used::add);
                refFigures.add(f);
                refValues.add(f.map(x -> Charts.Value.figure(x, refText)).orElse(Charts.Value.none()));
                refCells.add("<td class=\"num\">" + Html.esc(f.map(refText::figure).orElse("–")) + "</td>");
            }
        }
        return new Answers(question, title, answered, labels, counts, ownValues, refValues, refCells, used, Optional.ofNullable(refAnswered),
                refCounts, refFigures);
    }

    /** The chart of the key questions (target group, cost band, behaviour, force, ...), own against reference. */
    static List<Chart> charts(ReportInput in, ReportContext ctx) {
        List<Chart> charts = new ArrayList<>();
        for (Question q : in.cases().sheet().questions()) {
            if (CHARTED.contains(q.key()) && q.type().isChoice()) {
                charts.add(chart(ctx, answers(in, ctx, q)));
            }
        }
        return charts;
    }

    private static Chart chart(ReportContext ctx, Answers a) {
        String refHeader = ctx.t("Reference: ", "Reference: ") + new ReferenceText(ctx).title(ctx.input().reference());
        return new Charts(ctx).profile("profil-" + a.question().key(), a.title(), a.labels(), ctx.ownLabel(), a.own(), refHeader, a.reference());
    }

    /**
     * The counts of cases that answered a question, did not, and (for a conditional question) to whom it did not
     * apply, for the own cases; the reference's answered count when the reference is the pooled cases.
     */
    record Denominators(ReportCells.Cell answered, ReportCells.Cell notAnswered, Optional<ReportCells.Cell> notApplicable,
                        Optional<ReportCells.Cell> referenceAnswered) {
    }

    /** The denominators of a question as the report publishes them. */
    static Denominators denominators(ReportInput in, ReportContext ctx, Question q) {
        String title = ctx.question(q.key());
        BitSet own = ctx.ownScreened();
        String table = ownTable(ctx, title);
        return new Denominators(denominator(ctx, table, own, q.key()), notAnswered(ctx, table, own, q),
                q.isConditional() ? Optional.of(notApplicable(ctx, table, own, q)) : Optional.empty(),
                in.reference().kind() == Reference.Kind.POOLED
                        ? Optional.of(denominator(ctx, refTable(ctx, title), ctx.pooledScreened(), q.key())) : Optional.empty());
    }

    private static ReportCells.Cell notAnswered(ReportContext ctx, String table, BitSet group, Question q) {
        return ctx.cell(table, ctx.t("Ikke besvaret", "Not answered"), ctx.t("Antal", "Count"),
                CaseSets.and(group, ctx.sets().notAnswered(q.key())), q.key());
    }

    private static ReportCells.Cell notApplicable(ReportContext ctx, String table, BitSet group, Question q) {
        return ctx.cell(table, ctx.t("Ikke relevant", "Not applicable"), ctx.t("Antal", "Count"),
                CaseSets.and(group, ctx.sets().notApplicable(q.key())), q.key());
    }

    private static String ownTable(ReportContext ctx, String title) {
        return ctx.t("Hvem er de? Egne sager: ", "Who are they? Own cases: ") + title;
    }

    private static String refTable(ReportContext ctx, String title) {
        return ctx.t("Hvem er de? Reference: ", "Who are they? Reference: ") + title;
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
        ReportCells.Cell notAnswered = notAnswered(ctx, table, group, q);
        String text = ctx.t("besvaret ", "answered ") + ctx.count(answered) + ctx.t(", ikke besvaret ", ", not answered ") + ctx.count(notAnswered);
        if (q.isConditional()) {
            ReportCells.Cell notApplicable = notApplicable(ctx, table, group, q);
            text += ctx.t(", ikke relevant ", ", not applicable ") + ctx.count(notApplicable);
        }
        return "<br><span class=\"ci\">" + Html.esc(text) + "</span>";
    }

    /** Whether the median and quartiles of a whole-number question may be shown: its answered count is shown and not small. */
    static boolean numbersShown(ReportCells.Cell answered, ReportContext ctx) {
        return answered.shown() && answered.count() >= ctx.threshold();
    }

    private static String numbers(QuestionProfile q, ReportCells.Cell answered, ReportContext ctx) {
        if (!answered.shown()) {
            return ctx.mark(answered.status());
        }
        if (!numbersShown(answered, ctx)) {
            return "–";
        }
        return q.numbers().map(n -> ctx.f().decimal(n.median(), 0) + " (" + ctx.f().decimal(n.q1(), 0) + "–" + ctx.f().decimal(n.q3(), 0) + ")")
                .orElse("–");
    }
}
