package dk.casescreen.report;

import dk.casescreen.analysis.CaseSets;
import dk.casescreen.disclosure.Publication;
import dk.casescreen.disclosure.SuppressionPlan;
import java.util.BitSet;

/**
 * A report ready to be written in every form its readers use: the HTML report, the slide deck and the
 * tables. Preparing it collects every count the report publishes, plans the disclosure control over
 * all of them together and audits the plan, once; each form is then written from the same plan, so a
 * count hidden in the shared report is hidden in the deck and the tables too, and no form shows a
 * count the others do not (asking for a count the report never registered is an error).
 */
public final class ReportDocument {

    private final ReportInput input;
    private final CaseSets sets;
    private final ReportCells cells;
    private String html;

    private ReportDocument(ReportInput input, CaseSets sets, ReportCells cells) {
        this.input = input;
        this.sets = sets;
        this.cells = cells;
    }

    /**
     * Collects the report's counts, plans their suppression and audits it.
     *
     * @throws dk.casescreen.disclosure.DisclosureException when the counts cannot be protected (nothing may then be written)
     */
    public static ReportDocument prepare(ReportInput input) {
        CaseSets sets = new CaseSets(input.cases());
        BitSet known = input.disclosure().isShared() ? new BitSet() : sets.municipalities(input.municipalities());
        if (!input.disclosure().isShared()) {
            // the follow-up's citizens seen only in the earlier round are the own municipalities' too
            known.or(FollowUpCells.earlierOnly(input));
        }
        ReportCells cells = new ReportCells(known);
        HtmlReport.write(input, new ReportContext(input, sets, cells));
        cells.protect(input.disclosure().threshold());
        return new ReportDocument(input, sets, cells);
    }

    /** What the report is about, and how. */
    public ReportInput input() {
        return input;
    }

    /** The HTML report: one self-contained file. */
    public String html() {
        if (html == null) {
            html = HtmlReport.write(input, context());
        }
        return html;
    }

    /** A context to write one form of the report in, answering every count from the plan. */
    ReportContext context() {
        return new ReportContext(input, sets, cells);
    }

    /** Every count the report publishes. */
    Publication publication() {
        return cells.publication();
    }

    /** Which counts are shown and which suppressed. */
    SuppressionPlan plan() {
        return cells.plan();
    }
}
