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

    /*
     * The steps are methods of their own: in one method, the JIT compiler compiled it whole again for each of its
     * hot loops (on-stack replacement).
     */
    static AtomModel of(List<CellRef> cells) {
        int k = cells.size();
        int n = 0;
        for (CellRef c : cells) {
            n = Math.max(n, c.bits().length());
        }
        int[] rowLen = new int[n];
        int[][] rowCells = cellsOfRows(cells, n, rowLen);
        int[] count = new int[k];
        for (int c = 0; c < k; c++) {
            count[c] = cells.get(c).bits().cardinality();
        }
        List<int[]> signatures = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int covered = groupRows(rowCells, rowLen, signatures, sizes);
        int atomCount = signatures.size();
        int[] atomSize = new int[atomCount];
        int[][] atomCells = new int[atomCount][];
        for (int a = 0; a < atomCount; a++) {
            atomSize[a] = sizes.get(a);
            atomCells[a] = signatures.get(a);
        }
        return new AtomModel(k, atomSize, atomsOfCells(k, atomCells), atomCells, count, covered);
    }

    /** For each row of the universe, the cells it belongs to, ascending ({@code rowLen} of them). */
    private static int[][] cellsOfRows(List<CellRef> cells, int n, int[] rowLen) {
        int[][] rowCells = new int[n][];
        for (int c = 0; c < cells.size(); c++) {
            BitSet m = cells.get(c).bits();
            for (int r = m.nextSetBit(0); r >= 0; r = m.nextSetBit(r + 1)) {
                if (rowCells[r] == null) {
                    rowCells[r] = new int[4];
                } else if (rowLen[r] == rowCells[r].length) {
                    rowCells[r] = Arrays.copyOf(rowCells[r], rowLen[r] * 2);
                }
                rowCells[r][rowLen[r]++] = c;
            }
        }
        return rowCells;
    }

    /**
     * Groups the rows in at least one cell by their cells (the atoms, in order of first row), adding each
     * atom's cells and size; returns the number of such rows.
     */
    private static int groupRows(int[][] rowCells, int[] rowLen, List<int[]> signatures, List<Integer> sizes) {
        Map<Signature, Integer> atoms = new HashMap<>();
        int covered = 0;
        for (int r = 0; r < rowCells.length; r++) {
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
        return covered;
    }

    /** The atoms of each of the {@code k} cells, ascending. */
    private static int[][] atomsOfCells(int k, int[][] atomCells) {
        int[] cellLen = new int[k];
        for (int[] cellsOfAtom : atomCells) {
            for (int c : cellsOfAtom) {
                cellLen[c]++;
            }
        }
        int[][] cellAtoms = new int[k][];
        for (int c = 0; c < k; c++) {
            cellAtoms[c] = new int[cellLen[c]];
            cellLen[c] = 0;
        }
        for (int a = 0; a < atomCells.length; a++) {
            for (int c : atomCells[a]) {
                cellAtoms[c][cellLen[c]++] = a;
            }
        }
        return cellAtoms;
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
