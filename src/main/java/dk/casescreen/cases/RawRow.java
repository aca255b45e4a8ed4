package dk.casescreen.cases;

import java.util.BitSet;

/**
 * One row of a file before interpretation: its number and its cells as text.
 *
 * @param number   the row number a user sees (1-based)
 * @param cells    the cell texts, blank for empty cells
 * @param formulas the indices of cells that held a formula (Excel only)
 */
record RawRow(long number, String[] cells, BitSet formulas) {

    /** A row without formulas. */
    RawRow(long number, String[] cells) {
        this(number, cells, new BitSet());
    }

    /** The cell at {@code index}, or the empty string past the row's end. */
    String cell(int index) {
        return index < cells.length && cells[index] != null ? cells[index] : "";
    }

    /** Whether every cell is blank. */
    boolean isBlank() {
        for (String c : cells) {
            if (!dk.casescreen.sheet.Tokens.isBlank(c)) {
                return false;
            }
        }
        return true;
    }
}
