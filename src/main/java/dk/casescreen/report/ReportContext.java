package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnswerShare;

/** The language, number formats and disclosure rule a report is written with. */
final class ReportContext {

    private final Language language;
    private final NumberFormats formats;
    private final Disclosure disclosure;

    ReportContext(Language language, Disclosure disclosure) {
        this.language = language;
        this.formats = new NumberFormats(language);
        this.disclosure = disclosure;
    }

    Language language() {
        return language;
    }

    NumberFormats f() {
        return formats;
    }

    Disclosure disclosure() {
        return disclosure;
    }

    /** The Danish or the English text. */
    String t(String da, String en) {
        return language == Language.DA ? da : en;
    }

    /** A count, or "&lt;5" when it must be suppressed. */
    String count(long persons) {
        return disclosure.suppress(persons) ? disclosure.suppressedText() : formats.integer(persons);
    }

    /** A share "12,3 % (12 af 98)", or "&lt;5" when it must be suppressed. */
    String share(AnswerShare s) {
        if (disclosure.suppressShare(s.count(), s.n())) {
            return disclosure.suppressedText();
        }
        return formats.percent(s.share());
    }

    /** A table cell holding a count, marked with its value for checking. */
    String countCell(long persons) {
        if (disclosure.suppress(persons)) {
            return "<td class=\"num suppressed\" data-suppressed=\"true\">" + Html.esc(disclosure.suppressedText()) + "</td>";
        }
        return "<td class=\"num\" data-count=\"" + persons + "\">" + formats.integer(persons) + "</td>";
    }

    /** A table cell holding a share with its count and denominator, or "&lt;5". */
    String shareCell(AnswerShare s) {
        if (disclosure.suppressShare(s.count(), s.n())) {
            return "<td class=\"num suppressed\" data-suppressed=\"true\">" + Html.esc(disclosure.suppressedText()) + "</td>";
        }
        return "<td class=\"num\" data-count=\"" + s.count() + "\" data-n=\"" + s.n() + "\">" + formats.percent(s.share())
                + " <span class=\"ci\">(" + formats.integer(s.count()) + "/" + formats.integer(s.n()) + ")</span></td>";
    }
}
