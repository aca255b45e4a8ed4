package dk.casescreen.cases;

import java.util.BitSet;

/**
 * One row of a file before interpretation: its number and its cells as text.
 *
 * @param number   the row number a user sees (1-based)
 * @param cells    the cell texts, blank for empty cells
 * @param formulas the indices of cells that held a formula (Excel only)
 * @param numbers  the indices of cells that held a typed number (Excel number cells, JSON numbers),
 *                 written plainly with a decimal point, never with thousands separators
 * @param ids      the cells' ids in their columns ({@link CellCache}; equal ids, equal texts; a cell with
 *                 an id is never blank), or null when the reader numbers no texts
 */
record RawRow(long number, String[] cells, BitSet formulas, BitSet numbers, short[] ids) {

    /** The marks of a row of text cells only; never changed. */
    private static final BitSet NONE = new BitSet();

    /** A row of text cells only, without ids. */
    RawRow(long number, String[] cells) {
        this(number, cells, NONE, NONE, null);
    }

    /** A row of text cells only, with their ids. */
    RawRow(long number, String[] cells, short[] ids) {
        this(number, cells, NONE, NONE, ids);
    }

    /** A row with formula and number marks, without ids. */
    RawRow(long number, String[] cells, BitSet formulas, BitSet numbers) {
        this(number, cells, formulas, numbers, null);
    }

    /**
     * The id of the cell at {@code index} in its column, or {@link CellCache#NONE}: two cells of one column
     * with the same id (from one reader) hold the same text.
     */
    int id(int index) {
        return ids != null && index < ids.length ? ids[index] : CellCache.NONE;
    }

    /** Whether the cell at {@code index} held a typed number. */
    boolean isNumber(int index) {
        return numbers.get(index);
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
