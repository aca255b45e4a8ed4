package dk.casescreen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Primary and secondary suppression on hand-made publications. */
class SuppressionTest {

    private static AuditResult primaryOnly(Publication pub) {
        return DisclosureAudit.audit(pub,
                c -> c.count() > 0 && c.count() < 5 ? CellStatus.PRIMARY : CellStatus.SHOWN, 5);
    }

    @Test
    void aTableWithASmallCellGetsARectangle() {
        Publication pub = new Publication();
        CellRef[][] t = DisclosureAuditTest.table(pub, "T", DisclosureAuditTest.twoByTwo(), 2, 2);
        SuppressionPlan plan = Suppression.protect(pub);
        assertEquals(List.of(t[0][0]), plan.primary());
        assertEquals(List.of(t[0][1], t[1][0], t[1][1]), plan.secondary(), "the interior, not the totals");
        assertTrue(DisclosureAudit.audit(pub, plan).passed());
        assertEquals("<5", plan.display(t[0][0]));
        assertEquals("·", plan.display(t[0][1]));
        assertEquals("26", plan.display(t[2][2]));
    }

    @Test
    void differencingAgainstThePooledTableIsBlocked() {
        // attribute 0: municipality (0 = K1, 1 = K2); attribute 1: answer (0 = Ja, 1 = Nej)
        Universe u = new Universe().add(10, 0, 0).add(8, 0, 1).add(4, 1, 0).add(9, 1, 1);
        Publication pub = new Publication();
        String[] answers = {"Ja", "Nej"};
        for (int m = -1; m < 2; m++) {
            String table = m < 0 ? "Alle kommuner" : "Kommune " + (m + 1);
            for (int a = 0; a < 2; a++) {
                pub.add(table, answers[a], "Antal", u.where(0, m, 1, a));
            }
            pub.add(table, "I alt", "Antal", u.where(0, m));
        }
        AuditResult before = primaryOnly(pub);
        assertEquals(1, before.leaks().size());
        assertEquals(4, before.leaks().get(0).lower(), 1e-9);
        assertTrue(before.describe().contains("Kommune 2"), before.describe());

        SuppressionPlan plan = Suppression.protect(pub);
        AuditResult after = DisclosureAudit.audit(pub, plan);
        assertTrue(after.passed(), after.describe());
        assertEquals(1, plan.primary().size());
        assertEquals("Kommune 2", plan.primary().get(0).table());
        assertFalse(plan.secondary().isEmpty());
    }

    @Test
    void anOpportunityCountDoesNotGiveBackTheHiddenAnswers() {
        // answers a0 = 4, a1 = 4, a2 = 20; the opportunity is "a0 or a2"; the question's total is shown
        Universe u = new Universe().add(4, 0, 0).add(4, 1, 0).add(20, 2, 0);
        Publication pub = new Publication();
        List<CellRef> answers = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            answers.add(pub.add("Spørgsmål 7", "Svar " + a, "Antal", u.where(0, a)));
        }
        pub.add("Spørgsmål 7", "I alt", "Antal", u.where(0, -1));
        pub.add("Handlemuligheder", "Mulighed A", "Antal", Universe.or(u.where(0, 0), u.where(0, 2)));
        AuditResult before = primaryOnly(pub);
        assertEquals(2, before.leaks().size(), before.describe());
        for (Leak l : before.leaks()) {
            assertEquals(4, l.lower(), 1e-9);
            assertEquals(4, l.upper(), 1e-9);
        }
        SuppressionPlan plan = Suppression.protect(pub);
        assertTrue(DisclosureAudit.audit(pub, plan).passed());
        assertEquals(answers.subList(0, 2), plan.primary());
    }

    @Test
    void twelveIsNeverPrimaryAndZeroIsShown() {
        Universe u = new Universe().add(12, 0, 0).add(3, 0, 1).add(15, 1, 1);
        Publication pub = new Publication();
        CellRef[][] t = DisclosureAuditTest.table(pub, "T", u, 2, 2);
        SuppressionPlan plan = Suppression.protect(pub);
        assertEquals(12, t[0][0].count());
        assertEquals(0, t[1][0].count());
        assertEquals(CellStatus.SHOWN, plan.status(t[1][0]));
        assertEquals("0", plan.display(t[1][0]));
        assertEquals(List.of(t[0][1]), plan.primary());
        assertTrue(plan.status(t[0][0]) != CellStatus.PRIMARY);
        assertTrue(DisclosureAudit.audit(pub, plan).passed());
    }

    @Test
    void noSmallCellsMeansNoSuppression() {
        Universe u = new Universe().add(12, 0, 0).add(5, 0, 1).add(7, 1, 0).add(30, 1, 1).add(6, 2, 1);
        Publication pub = new Publication();
        DisclosureAuditTest.table(pub, "T", u, 3, 2);
        SuppressionPlan plan = Suppression.protect(pub);
        assertTrue(plan.primary().isEmpty());
        assertTrue(plan.secondary().isEmpty());
        for (CellRef c : pub.cells()) {
            assertFalse(plan.isSuppressed(c));
        }
    }

    @Test
    void aStatisticOfASuppressedCellIsHidden() {
        Publication pub = new Publication();
        CellRef[][] t = DisclosureAuditTest.table(pub, "Med", DisclosureAuditTest.twoByTwo(), 2, 2);
        Universe big = new Universe().add(12, 0, 0).add(5, 0, 1).add(7, 1, 0).add(30, 1, 1);
        BitSet offset = new BitSet();
        CellRef[][] s = new CellRef[2][2];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                BitSet b = big.where(0, r, 1, c);
                for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
                    offset.set(100 + i);
                }
                BitSet shifted = new BitSet();
                b.stream().forEach(i -> shifted.set(100 + i));
                s[r][c] = pub.add("Uden", "r" + r, "c" + c, shifted);
            }
        }
        pub.dependsOn("OR med", t[0][0], t[0][1], t[1][0], t[1][1]);
        pub.dependsOn("OR uden", s[0][0], s[0][1], s[1][0], s[1][1]);
        SuppressionPlan plan = Suppression.protect(pub);
        assertFalse(plan.mayShow("OR med"));
        assertTrue(plan.mayShow("OR uden"));
        assertThrows(IllegalArgumentException.class, () -> plan.mayShow("OR ingen"));
    }

    @Test
    void aPlanThatMustKeepTheRowTotalAndANeighbourShownCannotExist() {
        Publication pub = new Publication();
        CellRef[][] t = DisclosureAuditTest.table(pub, "Profil: Kommune X", DisclosureAuditTest.twoByTwo(), 2, 2);
        DisclosureException e = assertThrows(DisclosureException.class,
                () -> Suppression.protect(pub, 5, List.of(t[0][1], t[0][2])));
        assertEquals("Profil: Kommune X", e.table());
        assertEquals(3, e.lower(), 1e-9);
        assertEquals(3, e.upper(), 1e-9);
        assertEquals("Tabel 'Profil: Kommune X' kan ikke beskyttes: cellen (r0, c0) kan regnes ud til 3–3",
                e.getMessage());
        assertTrue(e.message(Language.EN).startsWith("Table 'Profil: Kommune X' cannot be protected"));
    }
}
