package dk.casescreen.disclosure;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The audits of groups of cells already made in this process. A report's plan is audited three times over the
 * same cells and statuses: by suppression when a group's last round is done, by suppression once more when
 * every group has settled, and by the report itself (an audit of the plan as published, through the public
 * {@link DisclosureAudit#audit(Publication, SuppressionPlan, int)}); the audit is a function of the cells, their
 * statuses, the threshold and the cells the reader knows, so a repeat gets the result the first audit found.
 * At most {@value #CAPACITY} audits are kept, the least recently used leaving first.
 */
final class AuditedGroups {

    static final int CAPACITY = 32;

    /** One audit's question: its content, compared by value. */
    private record Key(List<CellRef> cells, List<CellStatus> status, int threshold, BitSet known) {
    }

    private static final Remembered<Key, AuditResult> AUDITED = new Remembered<>(CAPACITY);

    private AuditedGroups() {
    }

    /** The audit of the cells with these statuses, made by {@code audit} unless it was made before. */
    static AuditResult audit(List<CellRef> cells, CellStatus[] status, int threshold, boolean[] known,
                             Supplier<AuditResult> audit) {
        BitSet knownCells = new BitSet(known.length);
        for (int i = 0; i < known.length; i++) {
            knownCells.set(i, known[i]);
        }
        Key key = new Key(List.copyOf(cells), Arrays.asList(status.clone()), threshold, knownCells);
        return AUDITED.get(key, audit);
    }

    /** Forgets every audit (the disclosure benchmark times audits as first made). */
    static void forget() {
        AUDITED.forget();
    }
}
