package dk.casescreen.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

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
        return audit(publication, plan, plan.threshold());
    }

    /** Audits a plan against a threshold of the caller's choice. */
    public static AuditResult audit(Publication publication, SuppressionPlan plan, int threshold) {
        List<CellRef> cells = publication.cells();
        CellStatus[] s = new CellStatus[cells.size()];
        boolean[] known = new boolean[cells.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = plan.status(cells.get(i));
            known[i] = plan.isKnown(cells.get(i));
        }
        Suppression.checkThreshold(threshold);
        return auditGroups(publication, s, threshold, known);
    }

    /** Audits each group of the publication ({@link Publication#add(String, String, String, java.util.BitSet, java.util.Collection)}). */
    private static AuditResult auditGroups(Publication publication, CellStatus[] status, int threshold, boolean[] known) {
        List<CellRef> cells = publication.cells();
        Map<CellRef, ProtectionInterval> narrowest = new LinkedHashMap<>();
        for (int[] group : publication.groups(Suppression.hidden(status))) {
            for (ProtectionInterval p : auditGroup(cells, group, status, threshold, known).intervals()) {
                ProtectionInterval before = narrowest.get(p.cell());
                if (before == null || p.width() < before.width()) {
                    narrowest.put(p.cell(), p);
                }
            }
        }
        return new AuditResult(new ArrayList<>(narrowest.values()), threshold);
    }

    /** Audits one group of cells (positions in {@code all}) with the statuses of the whole publication. */
    static AuditResult auditGroup(List<CellRef> all, int[] group, CellStatus[] status, int threshold, boolean[] known) {
        List<CellRef> cells = new ArrayList<>(group.length);
        CellStatus[] s = new CellStatus[group.length];
        boolean[] k = new boolean[group.length];
        for (int g = 0; g < group.length; g++) {
            cells.add(all.get(group[g]));
            s[g] = status[group[g]];
            k[g] = known[group[g]];
        }
        return audit(cells, () -> AtomModel.of(cells), s, threshold, k);
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
        return auditGroups(publication, s, threshold, new boolean[s.length]);
    }

    /**
     * As above, for the cells of one group with their atom model; cells marked {@code known} are the reader's own
     * and are not sensitive, small or not. An audit already made of the same cells, statuses, threshold and
     * known cells is not made again ({@link AuditedGroups}); the model is asked for only when it is made.
     */
    static AuditResult audit(List<CellRef> cells, Supplier<AtomModel> model, CellStatus[] status, int threshold,
                             boolean[] known) {
        return AuditedGroups.audit(cells, status, threshold, known, () -> attack(cells, model.get(), status, threshold, known));
    }

    /** Every sensitive cell's protection interval, by the attacker's linear programs. */
    private static AuditResult attack(List<CellRef> cells, AtomModel model, CellStatus[] status, int threshold,
                                      boolean[] known) {
        boolean[] shown = new boolean[status.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = status[i] == CellStatus.SHOWN;
        }
        Attack attack = new Attack(model, shown);
        // one attacker answers every cell's pair of programs from the basis of the one before (AtomProgram)
        List<ProtectionInterval> out = new ArrayList<>();
        for (int i = 0; i < status.length; i++) {
            if (known[i] || !sensitive(model.count[i], status[i], threshold)) {
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
