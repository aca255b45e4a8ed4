package dk.casescreen.disclosure;

import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The optima of the attacker's linear programs already solved in this process. Suppression asks for the
 * same programs again and again (each round of secondary suppression re-examines every primary cell, most
 * of whose components did not change, and the audit then examines the final plan once more): on the demo
 * report about 60 % of the programs are repeats. A program is identified by its content (goal, variables,
 * the target's variables, each constraint's variables and right-hand side; every coefficient is 1), so a
 * repeat gets the very number the simplex gave the first time. At most {@value #CAPACITY} programs are kept,
 * the least recently used leaving first, each with the support of its dual (the cells a bound rests on, which
 * choose the complementary cells).
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

    /**
     * A program's optimum and the support of the optimal dual solution the simplex ended with.
     *
     * @param value the optimum; ±∞ when unbounded
     * @param dualSupport the constraints with a non-zero multiplier (empty when unbounded)
     */
    record Optimum(double value, BitSet dualSupport) {
        Optimum {
            dualSupport = (BitSet) dualSupport.clone();
        }

        @Override
        public BitSet dualSupport() {
            return (BitSet) dualSupport.clone();
        }
    }

    private static final Remembered<Key, Optimum> SOLVED = new Remembered<>(CAPACITY);

    private SolvedPrograms() {
    }

    /**
     * The optimum of the program, solved by {@code simplex} unless it was solved before (the same program
     * always gets the same answer, so that suppression chooses as it did).
     */
    static Optimum optimum(Key program, Supplier<Optimum> simplex) {
        return SOLVED.get(program, simplex);
    }

    /** Forgets every program (the disclosure benchmark times the programs' first solution). */
    static void forget() {
        SOLVED.forget();
    }
}
