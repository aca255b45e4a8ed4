package dk.casescreen.report;

import dk.casescreen.disclosure.AuditResult;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import dk.casescreen.disclosure.DisclosureAudit;
import dk.casescreen.disclosure.DisclosureException;
import dk.casescreen.disclosure.Publication;
import dk.casescreen.disclosure.Suppression;
import dk.casescreen.disclosure.SuppressionPlan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Every count a report publishes, as the set of cases it counts. The report is written twice: the
 * first pass registers the counts, then primary and secondary suppression are planned over all of
 * them together (so that no hidden count can be worked out from margins, other tables, charts or
 * texts) and audited; the second pass writes the report from the plan.
 */
final class ReportCells {

    private final Publication publication = new Publication();
    private final BitSet known;
    private SuppressionPlan plan;

    /**
     * Cells over a universe of cases; the cases in {@code known} are the reader's own (in the internal
     * edition): counts of those cases alone are always shown, and only counts that include other
     * municipalities' cases are protected.
     */
    ReportCells(BitSet known) {
        this.known = (BitSet) known.clone();
    }

    /**
     * A count: the number of cases in {@code members}, in the named table, row and column, defined by the
     * answers to the questions {@code dimensions} (none for a count of all cases of some municipalities).
     */
    Cell cell(String table, String row, String column, BitSet members, java.util.Collection<String> dimensions) {
        CellRef ref = publication.add(table, row, column, members, dimensions);
        return new Cell(ref, plan == null ? CellStatus.SHOWN : plan.status(ref));
    }

    /** Declares a statistic that reveals the counts of the given cells (an odds ratio, a test statistic). */
    void statistic(String name, Cell... cells) {
        if (plan == null && !publication.statistics().containsKey(name)) {
            CellRef[] refs = new CellRef[cells.length];
            for (int i = 0; i < cells.length; i++) {
                refs[i] = cells[i].ref();
            }
            publication.dependsOn(name, refs);
        }
    }

    /** Whether a declared statistic may be shown: none of its counts is suppressed. */
    boolean mayShow(String name) {
        return plan == null || plan.mayShow(name);
    }

    /**
     * Plans the suppression for the registered counts and audits it.
     *
     * @throws DisclosureException when no plan protects every small count, or the audit finds a count that
     *                             can be worked out (the report must then not be written)
     */
    void protect(int threshold) {
        List<CellRef> own = new ArrayList<>();
        for (CellRef c : publication.cells()) {
            BitSet outside = (BitSet) c.members().clone();
            outside.andNot(known);
            if (outside.isEmpty()) {
                own.add(c);
            }
        }
        plan = Suppression.protect(publication, threshold, own);
        AuditResult audit = DisclosureAudit.audit(publication, plan, threshold);
        audit.requirePassed();
    }

    /** The plan, once made. */
    SuppressionPlan plan() {
        return plan;
    }

    /** The publication: every count registered. */
    Publication publication() {
        return publication;
    }

    /**
     * A published count with its status.
     *
     * @param ref    the cell
     * @param status shown, or suppressed as primary ("&lt;5") or secondary ("·")
     */
    record Cell(CellRef ref, CellStatus status) {

        /** The number of cases. */
        long count() {
            return ref.count();
        }

        /** Whether the count is shown. */
        boolean shown() {
            return status == CellStatus.SHOWN;
        }

        /** The cell's identifier in the HTML (table, row and column). */
        String id() {
            return ref.table() + " | " + ref.row() + " | " + ref.column();
        }
    }
}
