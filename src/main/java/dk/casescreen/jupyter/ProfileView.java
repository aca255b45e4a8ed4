package dk.casescreen.jupyter;

import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.NumberSummary;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Profiles ("who are they?"): one question in full, all questions in brief, or two groups side by side. */
final class ProfileView {

    private final Labels l;

    ProfileView(Labels labels) {
        this.l = labels;
    }

    String title(Question q) {
        return q.number() + ". " + l.t(q.text());
    }

    String label(Question q, String code) {
        return q.option(code).map(AnswerOption::label).map(l::t).orElse(code);
    }

    NotebookOutput question(QuestionProfile p, boolean synthetic) {
        Html.Page page = new Html.Page(title(p.question()), synthetic, l);
        page.paragraph(denominators(p));
        if (p.numbers().isPresent()) {
            NumberSummary s = p.numbers().get();
            page.grid(new Grid("n", l.t("gennemsnit", "mean"), "sd", "min", "q1", l.t("median", "median"), "q3", "max")
                    .numeric(0, 1, 2, 3, 4, 5, 6, 7)
                    .row(l.f().integer(s.n()), l.f().decimal(s.mean(), 1), l.f().decimal(s.sd(), 1), l.f().decimal(s.min(), 0),
                            l.f().decimal(s.q1(), 1), l.f().decimal(s.median(), 1), l.f().decimal(s.q3(), 1), l.f().decimal(s.max(), 0)));
        } else {
            Grid grid = new Grid(l.t("Svar", "Answer"), l.t("Antal", "Count"), l.t("Andel", "Share"), "95 %-KI (Wilson)")
                    .numeric(1, 2, 3);
            for (AnswerShare a : p.answers()) {
                grid.row(label(p.question(), a.code()), l.f().integer(a.count()), l.f().percent(a.share()),
                        l.f().percentInterval(a.ciLow(), a.ciHigh()));
            }
            page.grid(grid);
        }
        p.published().ifPresent(f -> page.note(l.t("Offentliggjort for screeningen i 2022: ", "Published for the 2022 screening: ")
                + l.t(f.text())));
        return page.build();
    }

    String denominators(QuestionProfile p) {
        return l.t("Besvaret af ", "Answered by ") + l.f().integer(p.answered())
                + (p.dontKnow() > 0 ? l.t(" (heraf \"Ved ikke\" ", " (of them \"don't know\" ") + l.f().integer(p.dontKnow()) + ")" : "")
                + l.t("; ikke besvaret ", "; not answered ") + l.f().integer(p.notAnswered())
                + l.t("; ikke relevant ", "; not applicable ") + l.f().integer(p.notApplicable())
                + l.t(". Andelene er af dem, der har svaret.", ". Shares are of those who answered.");
    }

    NotebookOutput profile(Profile profile, boolean synthetic) {
        Html.Page page = new Html.Page(l.t("Profil: ", "Profile: ") + profile.scope() + " (" + l.f().integer(profile.cases())
                + l.t(" sager)", " cases)"), synthetic, l);
        Grid grid = new Grid(l.t("Spørgsmål", "Question"), l.t("Besvaret", "Answered"), l.t("Hyppigste svar", "Most common answer"),
                l.t("Andel", "Share"), l.t("Ved ikke", "Don't know")).numeric(1, 3, 4);
        for (QuestionProfile q : profile.questions()) {
            if (q.numbers().isPresent()) {
                NumberSummary s = q.numbers().get();
                grid.row(title(q.question()), l.f().integer(q.answered()), l.t("median ", "median ") + l.f().decimal(s.median(), 0)
                        + " (" + l.f().decimal(s.q1(), 0) + "–" + l.f().decimal(s.q3(), 0) + ")", "", "");
                continue;
            }
            Optional<AnswerShare> top = q.answers().stream().max(Comparator.comparingLong(AnswerShare::count));
            grid.row(title(q.question()), l.f().integer(q.answered()), top.map(a -> label(q.question(), a.code())).orElse("–"),
                    top.map(a -> l.f().percent(a.share())).orElse("–"),
                    q.dontKnow() > 0 ? l.f().percent((double) q.dontKnow() / q.answered()) : "");
        }
        return page.grid(grid).note(l.t("Andele af dem, der har svaret (\"Ved ikke\" medregnet).",
                "Shares of those who answered (\"don't know\" included).")).build();
    }

    NotebookOutput compare(Profile own, Profile reference, List<String> keys, boolean synthetic) {
        Html.Page page = new Html.Page(own.scope() + l.t(" sammenlignet med ", " compared with ") + reference.scope(), synthetic, l);
        page.paragraph(own.scope() + ": " + l.f().integer(own.cases()) + l.t(" sager; ", " cases; ") + reference.scope() + ": "
                + l.f().integer(reference.cases()) + l.t(" sager.", " cases."));
        Grid grid = new Grid(l.t("Spørgsmål", "Question"), l.t("Svar", "Answer"), own.scope(), reference.scope(),
                l.t("Forskel (procentpoint)", "Difference (percentage points)")).numeric(2, 3, 4);
        for (QuestionProfile q : own.questions()) {
            if (!keys.isEmpty() && !keys.contains(q.question().key()) || q.numbers().isPresent()) {
                continue;
            }
            QuestionProfile r = reference.question(q.question().key()).orElseThrow();
            for (AnswerShare a : q.answers()) {
                AnswerShare b = r.answer(a.code()).orElseThrow();
                grid.row(title(q.question()), label(q.question(), a.code()), l.share(a.count(), a.n()), l.share(b.count(), b.n()),
                        signed(100 * (a.share() - b.share())));
            }
        }
        return page.grid(grid).note(l.t("Andele af dem, der har svaret; små kommuner har brede usikkerheder.",
                "Shares of those who answered; small municipalities have wide uncertainty.")).build();
    }

    private String signed(double points) {
        if (Double.isNaN(points)) {
            return "–";
        }
        return (points > 0 ? "+" : "") + l.f().decimal(points, 1);
    }
}
