package dk.casescreen.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The universe's rows grouped by the set of cells they belong to (their signature): each group is an atom,
 * each cell the sum of its atoms. Signatures with no rows are left out, which tells the attacker that they
 * are empty: the audit may credit the attacker with more knowledge than they have, never less.
 */
final class AtomModel {

    final int cellCount;
    /** Rows in each atom (its true value). */
    final int[] atomSize;
    /** The atoms of each cell, ascending. */
    final int[][] cellAtoms;
    /** The cells of each atom, ascending. */
    final int[][] atomCells;
    /** Each cell's count. */
    final int[] count;
    /** Rows in at least one cell. */
    final int covered;

    private AtomModel(int cellCount, int[] atomSize, int[][] cellAtoms, int[][] atomCells, int[] count, int covered) {
        this.cellCount = cellCount;
        this.atomSize = atomSize;
        this.cellAtoms = cellAtoms;
        this.atomCells = atomCells;
        this.count = count;
        this.covered = covered;
    }

    int atomCount() {
        return atomSize.length;
    }

    static AtomModel of(List<CellRef> cells) {
        int k = cells.size();
        int n = 0;
        for (CellRef c : cells) {
            n = Math.max(n, c.bits().length());
        }
        int[][] rowCells = new int[n][];
        int[] rowLen = new int[n];
        int[] count = new int[k];
        for (int c = 0; c < k; c++) {
            BitSet m = cells.get(c).bits();
            count[c] = m.cardinality();
            for (int r = m.nextSetBit(0); r >= 0; r = m.nextSetBit(r + 1)) {
                if (rowCells[r] == null) {
                    rowCells[r] = new int[4];
                } else if (rowLen[r] == rowCells[r].length) {
                    rowCells[r] = Arrays.copyOf(rowCells[r], rowLen[r] * 2);
                }
                rowCells[r][rowLen[r]++] = c;
            }
        }
        Map<Signature, Integer> atoms = new HashMap<>();
        List<int[]> signatures = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int covered = 0;
        for (int r = 0; r < n; r++) {
            if (rowLen[r] == 0) {
                continue;
            }
            covered++;
            int[] sig = Arrays.copyOf(rowCells[r], rowLen[r]);
            Integer a = atoms.get(new Signature(sig));
            if (a == null) {
                atoms.put(new Signature(sig), signatures.size());
                signatures.add(sig);
                sizes.add(1);
            } else {
                sizes.set(a, sizes.get(a) + 1);
            }
        }
        int atomCount = signatures.size();
        int[] atomSize = new int[atomCount];
        int[][] atomCells = new int[atomCount][];
        int[] cellLen = new int[k];
        for (int a = 0; a < atomCount; a++) {
            atomSize[a] = sizes.get(a);
            atomCells[a] = signatures.get(a);
            for (int c : atomCells[a]) {
                cellLen[c]++;
            }
        }
        int[][] cellAtoms = new int[k][];
        for (int c = 0; c < k; c++) {
            cellAtoms[c] = new int[cellLen[c]];
            cellLen[c] = 0;
        }
        for (int a = 0; a < atomCount; a++) {
            for (int c : atomCells[a]) {
                cellAtoms[c][cellLen[c]++] = a;
            }
        }
        return new AtomModel(k, atomSize, cellAtoms, atomCells, count, covered);
    }

    /** An int array compared by content. */
    record Signature(int[] cells) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && Arrays.equals(cells, s.cells);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cells);
        }
    }
}
