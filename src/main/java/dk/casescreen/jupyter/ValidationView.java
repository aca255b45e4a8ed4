package dk.casescreen.jupyter;

import dk.casescreen.cases.DataOrigin;
import dk.casescreen.cases.FileAccount;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.Severity;
import dk.casescreen.cases.ValidationReport;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.List;

/** A validation report: every row accounted for, and the problems located to file, row and column. */
final class ValidationView {

    /** Problems listed before the rest are only counted. */
    static final int PROBLEMS_SHOWN = 15;

    private final Labels l;

    ValidationView(Labels labels) {
        this.l = labels;
    }

    NotebookOutput report(ValidationReport report, DataOrigin origin, ScreeningSheet sheet) {
        Html.Page page = new Html.Page(l.t("Indlæsning og validering", "Loading and validation"), origin, l);
        page.figures(l.f().integer(report.read()) + l.t(" rækker læst = ", " rows read = ") + l.f().integer(report.accepted())
                + l.t(" godkendt + ", " accepted + ") + l.f().integer(report.rejected()) + l.t(" afvist; ", " rejected; ")
                + l.f().integer(report.errorCount()) + l.t(" fejl, ", " errors, ") + l.f().integer(report.warningCount())
                + l.t(" advarsler.", " warnings."));
        Grid files = new Grid(l.t("Fil", "File"), l.t("Læst", "Read") + l.tag(origin), l.t("Godkendt", "Accepted"), l.t("Afvist", "Rejected"))
                .numeric(1, 2, 3);
        for (FileAccount f : report.files()) {
            files.row(f.location().describe(l.language()), l.f().integer(f.read()), l.f().integer(f.accepted()),
                    l.f().integer(f.rejected()));
        }
        page.grid(files);
        List<Problem> problems = new ArrayList<>(report.problems(Severity.ERROR));
        problems.addAll(report.problems(Severity.WARNING));
        if (!problems.isEmpty()) {
            Grid grid = new Grid(l.t("Alvor", "Severity"), l.t("Hvor", "Where"), l.t("Spørgsmål", "Question"),
                    l.t("Problem", "Problem"));
            problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> grid.row(
                    p.severity() == Severity.ERROR ? l.t("Fejl", "Error") : l.t("Advarsel", "Warning"),
                    p.location().describe(l.language()), p.question().map(q -> question(q, sheet)).orElse(""), p.message().in(l.language())));
            page.grid(grid);
            if (problems.size() > PROBLEMS_SHOWN) {
                page.note(l.t("… og ", "… and ") + l.f().integer(problems.size() - PROBLEMS_SHOWN)
                        + l.t(" problemer mere: load.report().problems() har dem alle (ValidationText.render(load, Language.DA)"
                                + " viser dem samlet).",
                        " more problems: load.report().problems() holds them all (ValidationText.render(load, Language.EN)"
                                + " shows them gathered)."));
            }
        }
        return page.build();
    }

    /** A problem's question ("q14 use_of_force") as the sheet words it: "14. Registrerede magtanvendelser?". */
    private String question(String named, ScreeningSheet sheet) {
        for (String token : named.split("\\s+")) {
            java.util.Optional<Question> q = sheet.question(token);
            if (q.isPresent()) {
                return new ProfileView(l).title(q.get());
            }
        }
        return named;
    }
}
