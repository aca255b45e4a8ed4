package dk.casescreen.jupyter;

import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.NumberSummary;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.analysis.Reference;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.cases.DataOrigin;
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

    /** A profile's name as shown: a municipality's name for its code. */
    String name(Profile p) {
        return l.scope(p.scope());
    }

    /** A profile's name with its label when its cases are synthetic. */
    String labelled(Profile p) {
        return name(p) + l.tag(p.origin());
    }

    NotebookOutput question(Profile profile, QuestionProfile p) {
        DataOrigin origin = profile.origin();
        Html.Page page = new Html.Page(title(p.question()) + " – " + name(profile), origin, l);
        page.figures(denominators(p));
        if (p.numbers().isPresent()) {
            NumberSummary s = p.numbers().get();
            page.grid(new Grid("n" + l.tag(origin), l.t("gennemsnit", "mean"), l.t("spredning", "sd"), "min",
                    l.t("nedre kvartil", "q1"), l.t("median", "median"), l.t("øvre kvartil", "q3"), "max")
                    .numeric(0, 1, 2, 3, 4, 5, 6, 7)
                    .row(l.f().integer(s.n()), l.f().decimal(s.mean(), 1), l.f().decimal(s.sd(), 1), l.f().decimal(s.min(), 0),
                            l.f().decimal(s.q1(), 1), l.f().decimal(s.median(), 1), l.f().decimal(s.q3(), 1), l.f().decimal(s.max(), 0)));
        } else {
            Grid grid = new Grid(l.t("Svar", "Answer"), l.t("Antal", "Count") + l.tag(origin), l.t("Andel", "Share"),
                    l.t("95 %-KI (Wilsons interval)", "95% CI (Wilson)"))
                    .numeric(1, 2, 3);
            for (AnswerShare a : p.answers()) {
                grid.row(label(p.question(), a.code()), l.f().integer(a.count()), l.f().percent(a.estimate()),
                        l.f().percentInterval(a.confLow(), a.confHigh()));
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

    NotebookOutput profile(Profile profile) {
        Html.Page page = new Html.Page(l.t("Profil: ", "Profile: ") + name(profile) + " (" + l.f().integer(profile.cases())
                + l.t(" sager)", " cases)"), profile.origin(), l);
        Grid grid = new Grid(l.t("Spørgsmål", "Question"), l.t("Besvaret", "Answered") + l.tag(profile.origin()), l.t("Hyppigste svar", "Most common answer"),
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
                    top.map(a -> l.f().percent(a.estimate())).orElse("–"),
                    q.dontKnow() > 0 ? l.f().percent((double) q.dontKnow() / q.answered()) : "");
        }
        return page.grid(grid).note(l.t("Andele af dem, der har svaret (\"Ved ikke\" medregnet).",
                "Shares of those who answered (\"don't know\" included).")).build();
    }

    NotebookOutput compare(Profile own, Profile reference, List<String> keys) {
        DataOrigin origin = own.origin().with(reference.origin());
        Html.Page page = new Html.Page(name(own) + l.t(" sammenlignet med ", " compared with ") + name(reference), origin, l);
        page.paragraph(labelled(own) + ": " + l.f().integer(own.cases()) + l.t(" sager; ", " cases; ") + labelled(reference) + ": "
                + l.f().integer(reference.cases()) + l.t(" sager.", " cases."));
        Grid grid = new Grid(l.t("Spørgsmål", "Question"), l.t("Svar", "Answer"), labelled(own), labelled(reference),
                l.t("Forskel (procentpoint)", "Difference (percentage points)")).numeric(2, 3, 4);
        for (QuestionProfile q : own.questions()) {
            if (!keys.isEmpty() && !keys.contains(q.question().key()) || q.numbers().isPresent()) {
                continue;
            }
            QuestionProfile r = reference.question(q.question().key()).orElseThrow();
            for (AnswerShare a : q.answers()) {
                AnswerShare b = r.answer(a.code()).orElseThrow();
                grid.row(title(q.question()), label(q.question(), a.code()), l.share(a.count(), a.n()), l.share(b.count(), b.n()),
                        signed(100 * (a.estimate() - b.estimate())));
            }
        }
        return page.grid(grid).note(l.t("Andele af dem, der har svaret; små kommuner har brede usikkerheder.",
                "Shares of those who answered; small municipalities have wide uncertainty.")).build();
    }

    /**
     * Own shares beside a reference's figures: for each question asked for, every figure of the
     * reference (national or pooled ones first, then Region Midtjylland's, marked as such), with how
     * precisely it is known, its count and denominator, its interval, its scope and its source.
     */
    NotebookOutput compare(Profile own, Reference reference, List<String> keys) {
        DataOrigin origin = own.origin().with(reference.origin());
        String referenceName = l.t(reference.labelledTitle());
        Html.Page page = new Html.Page(name(own) + l.t(" sammenlignet med ", " compared with ") + l.t(reference.title()), origin, l);
        page.paragraph(labelled(own) + ": " + l.f().integer(own.cases()) + l.t(" sager. Reference: ", " cases. Reference: ")
                + referenceName + (reference.date().isBlank() ? "" : " (" + reference.date() + ")") + ".");
        Grid grid = new Grid(l.t("Spørgsmål", "Question"), l.t("Svar", "Answer"), labelled(own),
                l.t("Reference", "Reference") + l.tag(reference.origin()), l.t("95 %-KI", "95% CI"),
                l.t("Omfang", "Scope"), l.t("Kilde", "Source")).numeric(2, 3);
        List<String> wanted = keys.isEmpty() ? reference.figures().stream().map(ReferenceFigure::question).distinct().toList() : keys;
        for (String key : wanted) {
            Optional<QuestionProfile> q = own.question(key);
            if (q.isEmpty()) {
                continue;
            }
            for (ReferenceFigure f : reference.figures(key)) {
                String answers = f.answers().isEmpty() ? l.t(f.text()) : String.join(l.t(" eller ", " or "),
                        f.answers().stream().map(code -> label(q.get().question(), code)).toList());
                String ownShare = "–";
                if (!f.subgroup() && !f.answers().isEmpty() && q.get().answered() > 0) {
                    long count = q.get().answers().stream().filter(a -> f.answers().contains(a.code())).mapToLong(AnswerShare::count).sum();
                    ownShare = l.share(count, q.get().answered());
                } else if (f.subgroup()) {
                    answers = answers + l.t(" (delgruppe: ", " (subgroup: ") + l.t(f.text()) + ")";
                }
                String shown = f.suppressed() || Double.isNaN(f.share()) ? l.t("skjult (få sager)", "hidden (few cases)")
                        : l.t(f.bound().prefix()) + l.f().percent(f.share())
                        + (f.count().isPresent() && f.n().isPresent()
                                ? " (" + l.f().integer(f.count().getAsLong()) + l.t(" af ", " of ") + l.f().integer(f.n().getAsLong()) + ")"
                                : f.n().isPresent() ? " (n = " + l.f().integer(f.n().getAsLong()) + ")" : "");
                String ci = f.confLow().isPresent() && f.confHigh().isPresent()
                        ? l.f().percentInterval(f.confLow().getAsDouble(), f.confHigh().getAsDouble()) : "–";
                grid.row(title(q.get().question()), answers, ownShare, shown, ci, l.t(f.scope().text()), f.source().orElse("–"));
            }
        }
        page.grid(grid);
        page.note(l.t("Tal fra kun Region Midtjylland er ikke landstal. \"ca.\" er afrundet af kilden; \"over\" er kun en nedre grænse. "
                        + "Egne andele er af dem, der har svaret.",
                "Figures of Region Midtjylland only are not national figures. \"about\" is rounded by the source; \"over\" is only a "
                        + "lower bound. Own shares are of those who answered."));
        return page.build();
    }

    private String signed(double points) {
        if (Double.isNaN(points)) {
            return "–";
        }
        return (points > 0 ? "+" : "") + l.f().decimal(points, 1);
    }
}
