package dk.casescreen.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The attacker: for every sensitive cell, the range of values consistent with the shown cells, found by
 * linear programming over the atoms of the universe (protection intervals as in τ-ARGUS / sdcTable,
 * Hundepool et al. 2012, §4.3).
 *
 * <p>Each atom is the set of rows sharing the same signature (the set of cells they belong to); a cell is
 * the sum of its atoms. Shown cells fix their sums, suppressed cells are unknown (the "&lt;5" mark itself is not
 * used as a bound), atoms are non-negative. Atoms with no rows are left out, so the attacker is credited with
 * knowing they are empty: the audit may give the attacker more knowledge than they have, never less.
 */
public final class DisclosureAudit {

    private DisclosureAudit() {
    }

    /** Audits a plan against its own threshold. */
    public static AuditResult audit(Publication publication, SuppressionPlan plan) {
        return audit(publication, plan::status, plan.threshold());
    }

    /** Audits a plan against a threshold of the caller's choice. */
    public static AuditResult audit(Publication publication, SuppressionPlan plan, int threshold) {
        return audit(publication, plan::status, threshold);
    }

    /**
     * Audits any assignment of statuses: every cell marked {@link CellStatus#PRIMARY}, and every cell with a
     * count of 1 to threshold−1 whatever its status, gets a protection interval (a shown one is pinned to its
     * count); a cell leaks when its interval is narrower than {@code threshold}.
     */
    public static AuditResult audit(Publication publication, Function<CellRef, CellStatus> status, int threshold) {
        Objects.requireNonNull(status, "status");
        Suppression.checkThreshold(threshold);
        List<CellRef> cells = publication.cells();
        CellStatus[] s = new CellStatus[cells.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = Objects.requireNonNull(status.apply(cells.get(i)), "status of " + cells.get(i));
        }
        return audit(cells, AtomModel.of(cells), s, threshold);
    }

    static AuditResult audit(List<CellRef> cells, AtomModel model, CellStatus[] status, int threshold) {
        boolean[] shown = new boolean[status.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = status[i] == CellStatus.SHOWN;
        }
        Attack attack = new Attack(model, shown);
        List<ProtectionInterval> out = new ArrayList<>();
        for (int i = 0; i < status.length; i++) {
            if (!sensitive(model.count[i], status[i], threshold)) {
                continue;
            }
            if (shown[i]) {
                out.add(new ProtectionInterval(cells.get(i), model.count[i], model.count[i]));
            } else {
                Attack.Bounds b = attack.bounds(i);
                out.add(new ProtectionInterval(cells.get(i), b.lower(), b.upper()));
            }
        }
        return new AuditResult(out, threshold);
    }

    static boolean sensitive(int count, CellStatus status, int threshold) {
        return status == CellStatus.PRIMARY || (count > 0 && count < threshold);
    }
}
