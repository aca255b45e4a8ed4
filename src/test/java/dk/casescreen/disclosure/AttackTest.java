package dk.casescreen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's intervals against an independent solver: ojAlgo's modelling layer (its own presolve and
 * simplex), given every shown cell as a constraint over the atoms, dependent and duplicate ones included. The
 * attacker answers many questions from one tableau that it relaxes as cells are hidden, so the questions come
 * in the order suppression asks them: cells hidden a few at a time, some shown again.
 */
class AttackTest {

    static {
        System.setProperty("shut.up.ojAlgo", "true");
    }

    @Test
    void intervalsEqualAnIndependentSolversAsCellsAreHiddenAndShownAgain() {
        Random rnd = new Random(20261203L);
        int compared = 0;
        int unbounded = 0;
        int restored = 0;
        int open = 0;
        for (int instance = 0; instance < 40; instance++) {
            // the property test's publications (many overlapping tables: most hidden cells stay pinned) and
            // two-way tables with margins (where hiding a cell widens intervals)
            List<CellRef> cells = (instance % 2 == 0 ? SuppressionPropertyTest.randomPublication(rnd) : crossTables(rnd)).cells();
            AtomModel model = AtomModel.of(cells);
            boolean[] shown = new boolean[cells.size()];
            java.util.Arrays.fill(shown, true);
            Attack attack = new Attack(model, shown);
            for (int step = 0; step < 6; step++) {
                for (int k = 0; k < 1 + cells.size() / (step < 3 ? 12 : 4); k++) {
                    shown[rnd.nextInt(cells.size())] = false;
                }
                if (step == 1) {
                    // every cell of one table of the third question hidden: its cells split classes of atoms
                    String table = cells.get(rnd.nextInt(cells.size())).table().replace(": D", "") + ": D";
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c).table().equals(table)) {
                            shown[c] = false;
                        }
                    }
                }
                if (step == 2) {
                    // every cell of one atom hidden: its cases are in no shown cell, the upper limits of its cells infinite
                    for (int c : model.atomCells[rnd.nextInt(model.atomCount())]) {
                        shown[c] = false;
                    }
                }
                if (step == 4) {
                    for (int c = 0; c < cells.size(); c++) {
                        if (!shown[c] && rnd.nextInt(3) == 0) {
                            shown[c] = true; // shown again: the relaxed constraint is bound again, or all made anew
                            restored++;
                        }
                    }
                }
                for (int c = 0; c < cells.size(); c++) {
                    if (shown[c] || model.count[c] == 0) {
                        continue;
                    }
                    Attack.Bounds b = attack.bounds(c);
                    double[] expected = reference(model, shown, c);
                    assertEquals(expected[0], b.lower(), 1e-6, "lower, instance " + instance + " step " + step + " cell " + c);
                    assertEquals(expected[1], b.upper(), 1e-6, "upper, instance " + instance + " step " + step + " cell " + c);
                    compared++;
                    if (Double.isInfinite(b.upper())) {
                        unbounded++;
                    } else if (b.upper() > b.lower()) {
                        open++;
                    }
                }
            }
        }
        assertTrue(compared > 1000, "too few intervals compared: " + compared);
        assertTrue(unbounded > 100 && unbounded < compared / 2, "unbounded: " + unbounded + " of " + compared);
        assertTrue(restored > 20, "too few cells shown again: " + restored);
        assertTrue(open > 80, "too few finite intervals wider than a point: " + open);
    }

    @Test
    void theCellsABoundRestsOnAloneGiveTheSameBound() {
        Random rnd = new Random(7L);
        int checked = 0;
        for (int instance = 0; instance < 25; instance++) {
            List<CellRef> cells = SuppressionPropertyTest.randomPublication(rnd).cells();
            AtomModel model = AtomModel.of(cells);
            boolean[] shown = new boolean[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                shown[c] = model.count[c] == 0 || model.count[c] >= 5 || rnd.nextInt(4) > 0;
            }
            Attack attack = new Attack(model, shown);
            for (int c = 0; c < cells.size(); c++) {
                if (shown[c] || model.count[c] == 0) {
                    continue;
                }
                Attack.Bounds all = attack.bounds(c);
                List<int[]> evidence = attack.evidence(c);
                // every list but the last (the component) holds cells of one constraint with a non-zero dual value
                boolean[] only = new boolean[cells.size()];
                for (int[] rows : evidence.subList(0, evidence.size() - 1)) {
                    for (int d : rows) {
                        assertTrue(shown[d], "evidence names a hidden cell");
                        only[d] = true;
                    }
                }
                if (Double.isInfinite(all.upper())) {
                    continue;
                }
                double[] fromEvidence = reference(model, only, c);
                // the dual solutions that prove both bounds use only these cells, so they alone give the same bounds
                assertEquals(all.lower(), fromEvidence[0], 1e-6, "instance " + instance + " cell " + c);
                assertEquals(all.upper(), fromEvidence[1], 1e-6, "instance " + instance + " cell " + c);
                checked++;
            }
        }
        assertTrue(checked > 100, "too few bounds checked: " + checked);
    }

    @Test
    void theSamePublicationGetsTheSamePlanWhateverWasProtectedBefore() {
        Random rnd = new Random(11L);
        Publication first = crossTables(rnd);
        Publication other = SuppressionPropertyTest.randomPublication(rnd);
        List<CellStatus> alone = statuses(first, Suppression.protect(first));
        Suppression.protect(other);
        List<CellStatus> after = statuses(first, Suppression.protect(first));
        assertEquals(alone, after);
        assertTrue(alone.contains(CellStatus.SECONDARY), "the plan hides no complementary cell: " + alone);
    }

    private static List<CellStatus> statuses(Publication publication, SuppressionPlan plan) {
        return publication.cells().stream().map(plan::status).toList();
    }

    /**
     * A two-way table with both margins and its total for each of 2-3 municipalities and for all of them, and a
     * one-way table of a third question by municipality (whose cells, when all hidden, leave cases that differ
     * only in that question alike to the attacker: a class of atoms that a hidden cell of it splits).
     */
    static Publication crossTables(Random rnd) {
        Universe u = new Universe();
        int municipalities = 2 + rnd.nextInt(2);
        int rows = 2 + rnd.nextInt(3);
        int columns = 2 + rnd.nextInt(3);
        for (int i = 0; i < 40 + rnd.nextInt(40); i++) {
            u.add(1, rnd.nextInt(municipalities), rnd.nextInt(rows), rnd.nextInt(columns), rnd.nextInt(3));
        }
        Publication pub = new Publication();
        for (int m = -1; m < municipalities; m++) {
            String table = m < 0 ? "Alle" : "Kommune " + m;
            BitSet group = u.where(0, m);
            for (int r = -1; r < rows; r++) {
                for (int c = -1; c < columns; c++) {
                    pub.add(table, r < 0 ? "I alt" : "r" + r, c < 0 ? "I alt" : "c" + c, Universe.and(group, u.where(1, r, 2, c)));
                }
            }
            for (int d = 0; d < 3; d++) {
                pub.add(table + ": D", "d" + d, "Antal", Universe.and(group, u.where(3, d)));
            }
        }
        return pub;
    }

    /** The interval of {@code target} by ojAlgo over the atoms, with free atoms (in no shown cell) unbounded above. */
    static double[] reference(AtomModel model, boolean[] shown, int target) {
        double lower = solve(model, shown, target, false);
        double upper = solve(model, shown, target, true);
        return new double[] {lower, upper};
    }

    private static double solve(AtomModel model, boolean[] shown, int target, boolean maximise) {
        ExpressionsBasedModel lp = new ExpressionsBasedModel();
        List<Variable> atoms = new ArrayList<>();
        for (int a = 0; a < model.atomCount(); a++) {
            boolean inTarget = bitSetOf(model.cellAtoms[target]).get(a);
            atoms.add(lp.addVariable("a" + a).lower(0).weight(inTarget ? 1 : 0));
        }
        for (int c = 0; c < model.cellCount; c++) {
            if (!shown[c] || model.cellAtoms[c].length == 0) {
                continue;
            }
            Expression row = lp.addExpression("c" + c).level(model.count[c]);
            for (int a : model.cellAtoms[c]) {
                row.set(atoms.get(a), BigDecimal.ONE);
            }
        }
        Optimisation.Result r = maximise ? lp.maximise() : lp.minimise();
        if (r.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        assertTrue(r.getState().isOptimal(), "reference solver: " + r.getState());
        return Math.rint(r.getValue() / Attack.ROUND) * Attack.ROUND;
    }

    private static BitSet bitSetOf(int[] members) {
        BitSet b = new BitSet();
        for (int a : members) {
            b.set(a);
        }
        return b;
    }
}
