package dk.casescreen.app;

import dk.casescreen.Language;
import dk.casescreen.Privacy;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.Location;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.Severity;
import dk.casescreen.cases.ValidationText;
import dk.casescreen.report.Html;
import java.util.Optional;

/**
 * The validation report as HTML for the page: the sections and grouping of the text report
 * ({@link ValidationText#lay}), every problem with its worksheet, cell, question and value, and the
 * verdict (usable or not, with the counts). Every text is escaped and CPR-masked ({@link Html#esc}).
 */
final class ValidationHtml implements ValidationText.Layout {

    /** A section with more entries than this (and no error) starts closed. */
    static final int OPEN_UP_TO = 10;

    private final Language language;
    private final StringBuilder html = new StringBuilder();
    private final StringBuilder section = new StringBuilder();
    private String heading;
    private int entries;
    private boolean errors;

    private ValidationHtml(Language language) {
        this.language = language;
    }

    /** The report of a load and its verdict. */
    static String render(LoadResult load, Language language) {
        ValidationHtml out = new ValidationHtml(language);
        ValidationText.lay(load, language, out);
        out.close();
        var report = load.report();
        boolean usable = report.errorCount() == 0 && report.accepted() > 0;
        String verdict = usable ? (report.warningCount() > 0 ? AppTexts.USABLE_WARNINGS : AppTexts.USABLE).in(language)
                : (report.errorCount() > 0 ? AppTexts.NOT_USABLE : AppTexts.NO_CASES).in(language);
        return out.html + verdict(usable, verdict + " " + AppTexts.COUNTS.in(language).formatted(report.read(), report.accepted(), report.rejected()));
    }

    /** No files yet: only the verdict, not usable. */
    static String empty(Language language) {
        return "<p class=\"empty\">" + Html.esc(AppTexts.NO_FILES.in(language)) + "</p>" + verdict(false, AppTexts.NO_FILES.in(language));
    }

    /** Whether a load's files can be used for the report: no errors, and at least one case accepted. */
    static boolean usable(LoadResult load) {
        return load.report().errorCount() == 0 && load.report().accepted() > 0;
    }

    private static String verdict(boolean usable, String text) {
        return "<p id=\"verdict\" class=\"verdict " + (usable ? "ok" : "blocked") + "\" data-usable=\"" + usable + "\">" + Html.esc(text) + "</p>";
    }

    @Override
    public void title(String text) {
        html.append("<h3 class=\"validation-title\">").append(Html.esc(text)).append("</h3>\n");
    }

    @Override
    public void section(String newHeading) {
        close();
        heading = newHeading;
    }

    @Override
    public void entry(String text, Optional<Problem> problem) {
        entries++;
        if (problem.isEmpty()) {
            section.append("<li class=\"entry\">").append(Html.esc(text)).append("</li>\n");
            return;
        }
        Problem p = problem.get();
        errors |= p.severity() == Severity.ERROR;
        Location l = p.location();
        section.append("<li class=\"problem ").append(p.severity() == Severity.ERROR ? "error" : "warning").append('"');
        l.sheet().ifPresent(s -> section.append(" data-sheet=\"").append(Html.esc(s)).append('"'));
        cell(l).ifPresent(c -> section.append(" data-cell=\"").append(Html.esc(c)).append('"'));
        section.append("><span class=\"text\">").append(Html.esc(text)).append("</span>");
        section.append("<span class=\"where\">");
        l.sheet().ifPresent(s -> part("sheet", AppTexts.WORKSHEET.in(language), s));
        Optional<String> cell = cell(l);
        if (cell.isPresent()) {
            part("cell", AppTexts.CELL.in(language), cell.get());
        } else if (l.row() > 0) {
            part("row", AppTexts.ROW.in(language), Long.toString(l.row()));
        }
        p.question().ifPresent(q -> part("question", AppTexts.QUESTION.in(language),
                language == Language.DA ? p.questionNumber().orElse(q) : q));
        p.value().ifPresent(v -> part("value", AppTexts.VALUE.in(language), "'" + v + "'"));
        section.append("</span></li>\n");
    }

    private void part(String kind, String label, String value) {
        // masked before it is cut, so that a CPR number is never cut out of its mask
        String shown = Privacy.display(value);
        section.append("<span class=\"").append(kind).append("\">").append(Html.esc(label)).append(' ')
                .append(Html.esc(shown.length() > 80 ? shown.substring(0, 80) + "…" : shown)).append("</span> ");
    }

    /** "D7" for an Excel location with column and row; empty elsewhere (CSV columns are numbers, JSON ones names). */
    private static Optional<String> cell(Location l) {
        return l.sheet().isPresent() && l.row() > 0 ? l.column().filter(c -> c.matches("[A-Z]{1,3}")).map(c -> c + l.row())
                : Optional.empty();
    }

    @Override
    public void total(String text) {
        close();
        html.append("<p class=\"total\">").append(Html.esc(text)).append("</p>\n");
    }

    /**
     * Ends the section: a {@code <details>} element, open when it holds errors or at most
     * {@value #OPEN_UP_TO} entries, so that a long list of warnings does not push the rest of the page away.
     */
    private void close() {
        if (heading != null) {
            html.append("<details class=\"group\"").append(errors || entries <= OPEN_UP_TO ? " open" : "").append("><summary>")
                    .append(Html.esc(heading)).append("</summary>\n<ul>\n").append(section).append("</ul></details>\n");
            heading = null;
            section.setLength(0);
            entries = 0;
            errors = false;
        }
    }
}
