package dk.casescreen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The attacker on hand-made publications whose leaks can be worked out on paper. */
class DisclosureAuditTest {

    /**
     * A table of attribute 0 (rows) by attribute 1 (columns) with row, column and grand totals, labelled
     * r0.. and c0.., totals "I alt".
     */
    static CellRef[][] table(Publication pub, String name, Universe u, int rows, int cols) {
        CellRef[][] t = new CellRef[rows + 1][cols + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                String rl = r < rows ? "r" + r : "I alt";
                String cl = c < cols ? "c" + c : "I alt";
                t[r][c] = pub.add(name, rl, cl, u.where(0, r < rows ? r : -1, 1, c < cols ? c : -1));
            }
        }
        return t;
    }

    /** 3 10 / 7 6 with margins. */
    static Universe twoByTwo() {
        return new Universe().add(3, 0, 0).add(10, 0, 1).add(7, 1, 0).add(6, 1, 1);
    }

    @Test
    void aGroupsAuditIsRememberedForTheSameQuestionOnly() {
        Publication pub = new Publication();
        CellRef[][] t = table(pub, "T", twoByTwo(), 2, 2);
        List<CellRef> cells = pub.cells();
        int[] group = new int[cells.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        CellStatus[] lone = new CellStatus[cells.size()];
        CellStatus[] rectangle = new CellStatus[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            CellRef c = cells.get(i);
            boolean inner = !c.row().equals("I alt") && !c.column().equals("I alt");
            lone[i] = c.equals(t[0][0]) ? CellStatus.PRIMARY : CellStatus.SHOWN;
            rectangle[i] = c.equals(t[0][0]) ? CellStatus.PRIMARY : inner ? CellStatus.SECONDARY : CellStatus.SHOWN;
        }
        boolean[] nobody = new boolean[cells.size()];
        AuditResult first = DisclosureAudit.auditGroup(cells, group, lone, 5, nobody);
        assertFalse(first.passed());
        assertSame(first, DisclosureAudit.auditGroup(cells, group, lone.clone(), 5, nobody.clone()));
        // another status, threshold or reader's knowledge is another audit
        AuditResult protectedOne = DisclosureAudit.auditGroup(cells, group, rectangle, 5, nobody);
        assertTrue(protectedOne.passed(), protectedOne.describe());
        AuditResult lower = DisclosureAudit.auditGroup(cells, group, lone, 3, nobody);
        assertEquals(3, lower.threshold());
        assertFalse(lower.passed());
        boolean[] ownCell = nobody.clone();
        ownCell[cells.indexOf(t[0][0])] = true;
        AuditResult known = DisclosureAudit.auditGroup(cells, group, lone, 5, ownCell);
        assertTrue(known.passed(), known.describe());
        assertEquals(List.of(), known.intervals());
    }

    @Test
    void aLoneSuppressedCellIsPinnedByItsMargins() {
        Publication pub = new Publication();
        CellRef[][] t = table(pub, "Profil: Kommune X", twoByTwo(), 2, 2);
        AuditResult r = DisclosureAudit.audit(pub,
                c -> c.equals(t[0][0]) ? CellStatus.PRIMARY : CellStatus.SHOWN, 5);
        assertFalse(r.passed());
        assertEquals(1, r.leaks().size());
        Leak l = r.leaks().get(0);
        assertEquals(t[0][0], l.cell());
        assertEquals(3, l.lower(), 1e-9);
        assertEquals(3, l.upper(), 1e-9);
        assertTrue(r.describe().contains("Profil: Kommune X"), r.describe());
        assertTrue(r.describe().contains("(r0, c0)"), r.describe());
        assertTrue(r.describe(Language.EN).contains("can be worked out as 3–3"), r.describe(Language.EN));
    }

    @Test
    void twoSuppressedCellsInARowArePinnedByTheirColumns() {
        // rows r0..r2, columns c0..c2: 3 10 8 / 7 6 9 / 5 12 11
        Universe u = new Universe().add(3, 0, 0).add(10, 0, 1).add(8, 0, 2)
                .add(7, 1, 0).add(6, 1, 1).add(9, 1, 2)
                .add(5, 2, 0).add(12, 2, 1).add(11, 2, 2);
        Publication pub = new Publication();
        CellRef[][] t = table(pub, "T", u, 3, 3);
        Set<CellRef> hidden = Set.of(t[0][0], t[0][1]);
        AuditResult r = DisclosureAudit.audit(pub,
                c -> c.equals(t[0][0]) ? CellStatus.PRIMARY
                        : hidden.contains(c) ? CellStatus.SECONDARY : CellStatus.SHOWN, 5);
        assertEquals(1, r.leaks().size());
        assertEquals(3, r.leaks().get(0).lower(), 1e-9);
        assertEquals(3, r.leaks().get(0).upper(), 1e-9);

        // the classic fix: a rectangle r0/r1 × c0/c1 leaves the count free by at least min(3, 6) + min(10, 7)
        Set<CellRef> rectangle = Set.of(t[0][0], t[0][1], t[1][0], t[1][1]);
        AuditResult ok = DisclosureAudit.audit(pub,
                c -> c.equals(t[0][0]) ? CellStatus.PRIMARY
                        : rectangle.contains(c) ? CellStatus.SECONDARY : CellStatus.SHOWN, 5);
        assertTrue(ok.passed(), ok.describe());
        ProtectionInterval i = ok.intervals().get(0);
        assertEquals(0, i.lower(), 1e-9);
        assertEquals(10, i.upper(), 1e-9);
    }

    @Test
    void aShownSmallCountIsALeak() {
        Publication pub = new Publication();
        CellRef[][] t = table(pub, "T", twoByTwo(), 2, 2);
        AuditResult r = DisclosureAudit.audit(pub, c -> CellStatus.SHOWN, 5);
        assertEquals(List.of(t[0][0]), r.leaks().stream().map(Leak::cell).toList());
    }

    @Test
    void casesInNoShownCellMakeTheUpperLimitInfinite() {
        Publication pub = new Publication();
        CellRef[][] t = table(pub, "T", twoByTwo(), 2, 2);
        Set<CellRef> hidden = Set.of(t[0][0], t[0][2], t[2][0], t[2][2]);
        AuditResult r = DisclosureAudit.audit(pub,
                c -> c.equals(t[0][0]) ? CellStatus.PRIMARY
                        : hidden.contains(c) ? CellStatus.SECONDARY : CellStatus.SHOWN, 5);
        assertTrue(r.passed());
        assertEquals(Double.POSITIVE_INFINITY, r.intervals().get(0).upper());
    }

    @Test
    void publicationKeepsOneReferencePerCell() {
        Publication pub = new Publication();
        BitSet b = new BitSet();
        b.set(1, 4);
        CellRef a = pub.add("T", "r", "c", b);
        assertSame(a, pub.add("T", "r", "c", b));
        b.set(7);
        assertEquals(3, a.count(), "the member set is copied");
        assertThrows(IllegalArgumentException.class, () -> pub.add("T", "r", "c", b));
        assertEquals(1, pub.size());
        assertEquals(4, pub.universeSize());
    }

    @Test
    void thresholdBelowThreeIsRefused() {
        Publication pub = new Publication();
        table(pub, "T", twoByTwo(), 2, 2);
        assertThrows(IllegalArgumentException.class, () -> Suppression.protect(pub, 2));
        assertThrows(IllegalArgumentException.class, () -> DisclosureAudit.audit(pub, c -> CellStatus.SHOWN, 2));
    }
}
