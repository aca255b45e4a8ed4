package dk.casescreen.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/** A test universe: rows with categorical attributes, and cells made from predicates over them. */
final class Universe {

    final List<int[]> rows = new ArrayList<>();

    /** Adds {@code n} rows with the given attribute values. */
    Universe add(int n, int... values) {
        for (int i = 0; i < n; i++) {
            rows.add(values.clone());
        }
        return this;
    }

    BitSet where(IntPredicate rowTest) {
        BitSet b = new BitSet();
        for (int r = 0; r < rows.size(); r++) {
            if (rowTest.test(r)) {
                b.set(r);
            }
        }
        return b;
    }

    /** Rows where attribute {@code a} is {@code v} (v = -1: any). */
    BitSet where(int a, int v) {
        return where(r -> v < 0 || rows.get(r)[a] == v);
    }

    /** Rows where attribute a is va and attribute b is vb (-1: any). */
    BitSet where(int a, int va, int b, int vb) {
        return where(r -> (va < 0 || rows.get(r)[a] == va) && (vb < 0 || rows.get(r)[b] == vb));
    }

    static BitSet and(BitSet x, BitSet y) {
        BitSet b = (BitSet) x.clone();
        b.and(y);
        return b;
    }

    static BitSet or(BitSet x, BitSet y) {
        BitSet b = (BitSet) x.clone();
        b.or(y);
        return b;
    }
}
