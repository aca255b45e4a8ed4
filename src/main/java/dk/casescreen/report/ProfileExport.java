package dk.casescreen.report;

import static dk.casescreen.report.ExportColumns.columns;
import static dk.casescreen.report.ExportColumns.count;
import static dk.casescreen.report.ExportColumns.one;
import static dk.casescreen.report.ExportColumns.t;

import dk.casescreen.analysis.NumberSummary;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.analysis.Reference;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import dk.casescreen.report.TidyTable.Status;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import java.util.List;
import java.util.Optional;

/** "Hvem er de?" as export tables: the answers per group and question, and each question's denominators and numbers. */
final class ProfileExport {

    private static final List<Column> QUESTION = List.of(
            new Column("question_number", t("Spørgsmål nr.", "Question number"), t("Spørgsmålets nummer i skemaet.",
                    "The question's number in the sheet."), TidyTable.Type.INTEGER, 0, false, List.of()),
            Column.code("question_key", t("Spørgsmål, nøgle", "Question key"), t("Spørgsmålets faste nøgle (fx target_group).",
                    "The question's stable key (e.g. target_group)."), false),
            Column.text("question", t("Spørgsmål", "Question"), t("Spørgsmålet, som skemaet stiller det.", "The question as the sheet asks it."), false));

    /** One row per group × question × answer. */
    static final Definition PROFILE = new Definition("profile", t("Profil", "Profile"),
            t("Én række pr. gruppe × spørgsmål × svar: antal sager med svaret og andelen af dem, der besvarede spørgsmålet (\"Ved ikke\" tæller "
                    + "med). Kun svarmulighedsspørgsmål; alder er i arket Spørgsmål.", "One row per group × question × answer: the number of "
                    + "cases giving the answer and their share of those that answered the question (\"Don't know\" included). Choice "
                    + "questions only; age is in the sheet Questions."),
            columns(ExportColumns.group(), QUESTION,
                    one(Column.code("answer_code", t("Svar, kode", "Answer code"), t("Svarets faste kode (fx yes).", "The answer's stable code (e.g. yes)."), false)),
                    one(Column.text("answer", t("Svar", "Answer"), t("Svaret, som skemaet skriver det.", "The answer as the sheet writes it."), false)),
                    count("count", t("Antal", "Count"), t("Antal sager med svaret; for publicerede referencetal antallet, hvor kilden oplyser det.",
                            "Cases giving the answer; for published reference figures the count where the source gives it.")),
                    count("answered", t("Besvaret", "Answered"), t("Antal sager, der besvarede spørgsmålet: andelens nævner.",
                            "Cases that answered the question: the share's denominator.")),
                    one(Column.share("share", t("Andel", "Share"), t("count / answered (0-1; vist som procent); for publicerede referencetal "
                            + "kildens andel (se share_text for \"ca.\" og \"over\"). Tom, når et af tallene er skjult.", "count / answered (0-1; "
                            + "shown as a percentage); for published reference figures the source's share (see share_text for \"about\" "
                            + "and \"over\"). Empty when either number is hidden."))),
                    one(Column.text("share_text", t("Andel som i rapporten", "Share as in the report"), t("Andelen, som rapporten skriver "
                            + "den (\"ca. 30 %\", \"<5\", \"·\", \"–\").", "The share as the report writes it (\"about 30%\", \"<5\", \"·\", \"–\")."), false)),
                    one(ExportColumns.synthetic())));

    /** One row per group × question. */
    static final Definition QUESTIONS = new Definition("questions", t("Spørgsmål", "Questions"),
            t("Én række pr. gruppe × spørgsmål: hvor mange besvarede, ikke besvarede og ikke var relevante for spørgsmålet, og for "
                    + "talspørgsmål (alder) median og kvartiler.", "One row per group × question: how many answered, did not answer and were "
                    + "not asked the question, and for number questions (age) the median and quartiles."),
            columns(ExportColumns.group(), QUESTION,
                    count("answered", t("Besvaret", "Answered"), t("Sager, der besvarede spørgsmålet.", "Cases that answered the question.")),
                    count("not_answered", t("Ikke besvaret", "Not answered"), t("Sager, der skulle have besvaret spørgsmålet, men ikke gjorde.",
                            "Cases that should have answered the question but did not.")),
                    count("not_applicable", t("Ikke relevant", "Not applicable"), t("Sager, hvor et betinget spørgsmål ikke skulle besvares.",
                            "Cases where a conditional question did not apply.")),
                    one(Column.number("median", t("Median", "Median"), t("Talspørgsmål: medianen af svarene; kun når mindst tærsklen af sager svarede.",
                            "Number questions: the median answer; only when at least the threshold of cases answered."), 0)),
                    one(Column.number("quartile_1", t("1. kvartil", "1st quartile"), t("Talspørgsmål: nedre kvartil.", "Number questions: lower quartile."), 0)),
                    one(Column.number("quartile_3", t("3. kvartil", "3rd quartile"), t("Talspørgsmål: øvre kvartil.", "Number questions: upper quartile."), 0)),
                    one(ExportColumns.synthetic())));

    private ProfileExport() {
    }

    static TidyTable profile(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(PROFILE, ctx.language());
        ReferenceText refText = new ReferenceText(ctx);
        boolean ownSynthetic = in.cases().origin().isSynthetic();
        for (QuestionProfile q : in.own().profile().questions()) {
            Question question = q.question();
            if (!question.type().isChoice()) {
                continue;
            }
            WhoSection.Answers a = WhoSection.answers(in, ctx, question);
            for (int i = 0; i < question.options().size(); i++) {
                AnswerOption option = question.options().get(i);
                TidyTable.RowBuilder row = table.row();
                ExportColumns.own(row, in, ctx);
                question(row, question, ctx);
                row.text("answer_code", option.code()).text("answer", a.labels().get(i)).count("count", a.counts().get(i))
                        .count("answered", a.answered()).share("share", a.counts().get(i), a.answered())
                        .text("share_text", ctx.share(a.counts().get(i), a.answered())).bool("synthetic", ownSynthetic).add();
            }
            for (int i = 0; i < question.options().size(); i++) {
                AnswerOption option = question.options().get(i);
                TidyTable.RowBuilder row = table.row();
                ExportColumns.reference(row, in, ctx);
                question(row, question, ctx);
                row.text("answer_code", option.code()).text("answer", a.labels().get(i));
                if (a.referenceAnswered().isPresent()) {
                    ReportCells.Cell n = a.referenceAnswered().get();
                    ReportCells.Cell c = a.referenceCounts().get(i);
                    row.count("count", c).count("answered", n).share("share", c, n).text("share_text", ctx.share(c, n));
                } else {
                    figure(row, a.referenceFigures().get(i), refText);
                }
                row.bool("synthetic", in.reference().synthetic()).add();
            }
        }
        return table;
    }

    /** A published reference figure: its count and denominator where the source gives them, its share, its text. */
    static void figure(TidyTable.RowBuilder row, Optional<ReferenceFigure> figure, ReferenceText refText) {
        if (figure.isEmpty()) {
            row.count("count", null).count("answered", null).number("share", null, List.of()).text("share_text", "–");
            return;
        }
        ReferenceFigure f = figure.get();
        if (f.suppressed()) {
            row.integer("count", null).status("count_status", Status.SECONDARY).integer("answered", f.n().isPresent() ? f.n().getAsLong() : null)
                    .status("answered_status", f.n().isPresent() ? Status.SHOWN : Status.NOT_AVAILABLE).number("share", null, List.of());
        } else {
            row.integer("count", f.count().isPresent() ? f.count().getAsLong() : null)
                    .status("count_status", f.count().isPresent() ? Status.SHOWN : Status.NOT_AVAILABLE)
                    .integer("answered", f.n().isPresent() ? f.n().getAsLong() : null)
                    .status("answered_status", f.n().isPresent() ? Status.SHOWN : Status.NOT_AVAILABLE).number("share", f.share(), List.of());
        }
        row.text("share_text", refText.figure(f));
    }

    static TidyTable questions(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(QUESTIONS, ctx.language());
        boolean pooled = in.reference().kind() == Reference.Kind.POOLED;
        for (QuestionProfile q : in.own().profile().questions()) {
            Question question = q.question();
            WhoSection.Denominators d = WhoSection.denominators(in, ctx, question);
            TidyTable.RowBuilder own = table.row();
            ExportColumns.own(own, in, ctx);
            question(own, question, ctx);
            own.count("answered", d.answered()).count("not_answered", d.notAnswered()).count("not_applicable", d.notApplicable().orElse(null));
            numbers(own, question.type().isChoice() ? Optional.empty() : q.numbers(), d.answered(), ctx);
            own.bool("synthetic", in.cases().origin().isSynthetic()).add();
            if (pooled) {
                TidyTable.RowBuilder ref = table.row();
                ExportColumns.reference(ref, in, ctx);
                question(ref, question, ctx);
                ReportCells.Cell answered = d.referenceAnswered().orElseThrow();
                ref.count("answered", answered).count("not_answered", null).count("not_applicable", null);
                Optional<NumberSummary> numbers = question.type().isChoice() ? Optional.empty()
                        : in.reference().analysis().orElseThrow().profile().question(question.key()).orElseThrow().numbers();
                numbers(ref, numbers, answered, ctx);
                ref.bool("synthetic", in.reference().synthetic()).add();
            }
        }
        return table;
    }

    private static void numbers(TidyTable.RowBuilder row, Optional<NumberSummary> numbers, ReportCells.Cell answered, ReportContext ctx) {
        boolean shown = numbers.isPresent() && WhoSection.numbersShown(answered, ctx);
        List<CellRef> resting = List.of(answered.ref());
        row.number("median", shown ? numbers.get().median() : null, resting).number("quartile_1", shown ? numbers.get().q1() : null, resting)
                .number("quartile_3", shown ? numbers.get().q3() : null, resting);
    }

    private static void question(TidyTable.RowBuilder row, Question q, ReportContext ctx) {
        row.integer("question_number", (long) q.number()).text("question_key", q.key()).text("question", q.text().in(ctx.language()));
    }
}
