package dk.casescreen.disclosure;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The optima of the attacker's linear programs already solved in this process. Suppression asks for the
 * same programs again and again (each round of secondary suppression re-examines every primary cell, most
 * of whose components did not change, and the audit then examines the final plan once more): on the demo
 * report about 60 % of the programs are repeats. A program is identified by its content (goal, variables,
 * the target's variables, each constraint's variables and right-hand side; every coefficient is 1), so a
 * repeat gets the very number the simplex gave the first time. At most {@value #CAPACITY} programs are kept,
 * the least recently used leaving first; the same holds for the supports of the programs' duals (the cells
 * a bound rests on, which choose the complementary cells).
 */
final class SolvedPrograms {

    static final int CAPACITY = 4096;

    /**
     * One linear program: maximise or minimise the sum of {@code target}'s variables over non-negative
     * variables whose sums over each row's variables equal that row's right-hand side.
     */
    record Key(Attack.GoalType goal, int vars, BitSet target, List<BitSet> rows, List<Double> rhs) {
        Key {
            target = (BitSet) target.clone();
            rows = rows.stream().map(r -> (BitSet) r.clone()).toList();
            rhs = List.copyOf(rhs);
        }
    }

    private static final Map<Key, Double> SOLVED = lastUsed();
    private static final Map<Key, BitSet> DUAL_SUPPORTS = lastUsed();

    private static <V> Map<Key, V> lastUsed() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    private SolvedPrograms() {
    }

    /** The optimum of the program, solved by {@code simplex} unless it was solved before. */
    static double optimum(Key program, DoubleSupplier simplex) {
        synchronized (SOLVED) {
            Double known = SOLVED.get(program);
            if (known != null) {
                return known;
            }
        }
        double value = simplex.getAsDouble();
        synchronized (SOLVED) {
            SOLVED.put(program, value);
        }
        return value;
    }

    /**
     * The constraints an optimal solution of the program's dual rests on, found by {@code dual} unless found
     * before (the same program always gets the same answer, so that suppression chooses as it did).
     */
    static BitSet dualSupport(Key program, java.util.function.Supplier<BitSet> dual) {
        synchronized (DUAL_SUPPORTS) {
            BitSet known = DUAL_SUPPORTS.get(program);
            if (known != null) {
                return (BitSet) known.clone();
            }
        }
        BitSet support = dual.get();
        synchronized (DUAL_SUPPORTS) {
            DUAL_SUPPORTS.put(program, (BitSet) support.clone());
        }
        return support;
    }
}
