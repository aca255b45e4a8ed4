package dk.casescreen.report;

import dk.casescreen.NumberFormats;
import dk.casescreen.Language;
import dk.casescreen.analysis.CaseSets;
import dk.casescreen.disclosure.CellStatus;
import java.util.BitSet;

/**
 * The language, number formats, case sets and published counts a report is written with. Every count
 * the report shows goes through {@link #cell}, so that disclosure control sees all of them.
 */
final class ReportContext {

    /** The mark of a count hidden so that a small count cannot be worked out. */
    static final String SECONDARY_MARK = "·";

    private final Language language;
    private final NumberFormats formats;
    private final Disclosure disclosure;
    private final ReportCells cells;
    private final CaseSets sets;
    private final ReportInput input;
    private final BitSet own;
    private final BitSet screened;

    ReportContext(ReportInput input, CaseSets sets, ReportCells cells) {
        this.input = input;
        this.language = input.language();
        this.formats = new NumberFormats(language);
        this.disclosure = input.disclosure();
        this.cells = cells;
        this.sets = sets;
        this.own = sets.municipalities(input.municipalities());
        this.screened = sets.screened();
    }

    /** All the own municipalities' cases (comparison cases below 2 mio. kr. included). */
    BitSet own() {
        return (BitSet) own.clone();
    }

    /** The own municipalities' screened cases. */
    BitSet ownScreened() {
        return CaseSets.and(own, screened);
    }

    /** Every screened case in the data (the pooled reference). */
    BitSet pooledScreened() {
        return (BitSet) screened.clone();
    }

    /** The title of a question: "5. Målgruppe". */
    String question(String key) {
        var q = input.cases().sheet().require(key);
        return q.number() + ". " + q.text().in(language);
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

    CaseSets sets() {
        return sets;
    }

    ReportCells cells() {
        return cells;
    }

    ReportInput input() {
        return input;
    }

    /** The Danish or the English text. */
    String t(String da, String en) {
        return language == Language.DA ? da : en;
    }

    /** A published count of the cases in {@code members}, defined by the answers to the questions {@code dimensions}. */
    ReportCells.Cell cell(String table, String row, String column, BitSet members, String... dimensions) {
        return cells.cell(table, row, column, members, java.util.List.of(dimensions));
    }

    /** A published count defined by the answers to the questions {@code dimensions}. */
    ReportCells.Cell cell(String table, String row, String column, BitSet members, java.util.Collection<String> dimensions) {
        return cells.cell(table, row, column, members, dimensions);
    }

    /** The mark of a suppressed count: "&lt;5" for a small count, "·" for one hidden to protect another. */
    String mark(CellStatus status) {
        return status == CellStatus.PRIMARY ? disclosure.suppressedText(threshold()) : SECONDARY_MARK;
    }

    int threshold() {
        return cells.plan() == null ? disclosure.threshold() : cells.plan().threshold();
    }

    /** A count as text, or its mark when suppressed. */
    String count(ReportCells.Cell c) {
        return c.shown() ? formats.integer(c.count()) : mark(c.status());
    }

    /** A share as text ("12,3 %"), or the mark of whichever of its counts is suppressed. */
    String share(ReportCells.Cell count, ReportCells.Cell n) {
        if (!count.shown()) {
            return mark(count.status());
        }
        if (!n.shown()) {
            return mark(n.status());
        }
        return n.count() == 0 ? "–" : formats.percent((double) count.count() / n.count());
    }

    /** Whether both counts of a share are shown. */
    static boolean shown(ReportCells.Cell... cs) {
        for (ReportCells.Cell c : cs) {
            if (!c.shown()) {
                return false;
            }
        }
        return true;
    }

    /** A table cell holding a count, marked with its cell for checking. */
    String countCell(ReportCells.Cell c) {
        if (!c.shown()) {
            return "<td class=\"num suppressed\" data-cell=\"" + Html.esc(c.id()) + "\" data-status=\""
                    + c.status().name().toLowerCase(java.util.Locale.ROOT) + "\">" + Html.esc(mark(c.status())) + "</td>";
        }
        return "<td class=\"num\" data-cell=\"" + Html.esc(c.id()) + "\" data-count=\"" + c.count() + "\">"
                + formats.integer(c.count()) + "</td>";
    }

    /** A table cell holding a share with its count and denominator, or the mark of a suppressed count. */
    String shareCell(ReportCells.Cell count, ReportCells.Cell n) {
        if (!count.shown() || !n.shown()) {
            ReportCells.Cell hidden = count.shown() ? n : count;
            return "<td class=\"num suppressed\" data-cell=\"" + Html.esc(hidden.id()) + "\" data-status=\""
                    + hidden.status().name().toLowerCase(java.util.Locale.ROOT) + "\">" + Html.esc(mark(hidden.status())) + "</td>";
        }
        return "<td class=\"num\" data-cell=\"" + Html.esc(count.id()) + "\" data-count=\"" + count.count() + "\" data-n=\""
                + n.count() + "\" data-n-cell=\"" + Html.esc(n.id()) + "\">" + share(count, n) + " <span class=\"ci\">("
                + formats.integer(count.count()) + "/" + formats.integer(n.count()) + ")</span></td>";
    }

    /** "Egne sager", with the synthetic label when the own cases are synthetic. */
    String ownLabel() {
        return t("Egne sager", "Own cases") + syntheticSuffix(input.cases().origin().isSynthetic());
    }

    /** " (SYNTETISK)" when {@code synthetic}, else nothing. */
    String syntheticSuffix(boolean synthetic) {
        return synthetic ? t(" (SYNTETISK)", " (SYNTHETIC)") : "";
    }
}
