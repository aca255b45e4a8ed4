package dk.casescreen.cases;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Stops a load at the first cell that looks like a CPR number, naming the cell but not the number.
 * A number cell of nine digits counts too when a leading zero makes it one: Excel drops the zero
 * of a CPR number typed into a number cell (0101901234 becomes 101901234).
 */
final class CprGuard {

    private final RowReader reader;
    private static final int SLOTS = 8;
    private String[][] clean = new String[64][];
    /** Per column, the cell ids (from the reader's {@link CellCache}) of texts found clean. */
    private BitSet[] cleanIds = new BitSet[64];

    /** A guard for the rows of one reader. */
    CprGuard(RowReader reader) {
        this.reader = reader;
    }

    /**
     * Checks every cell of the row. Text too short to hold a CPR number is passed at once; a cell
     * whose id (or, without one, the very text object) was found clean in the same column before is
     * not checked again.
     */
    void check(RawRow row) {
        String[] cells = row.cells();
        if (cells.length > clean.length) {
            clean = Arrays.copyOf(clean, cells.length);
            cleanIds = Arrays.copyOf(cleanIds, cells.length);
        }
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (cell == null || cell.length() < 9 || cell.length() == 9 && !row.isNumber(c)) {
                continue;
            }
            int id = row.id(c);
            if (id != CellCache.NONE) {
                if (cleanIds[c] != null && cleanIds[c].get(id)) {
                    continue;
                }
            } else {
                String[] seen = clean[c];
                if (seen == null) {
                    seen = clean[c] = new String[SLOTS];
                }
                if (seen[cell.hashCode() & (SLOTS - 1)] == cell) {
                    continue;
                }
            }
            if (row.isNumber(c) ? CprDetector.numberLooksLikeCpr(cell) : CprDetector.looksLikeCpr(cell)) {
                throw new CaseLoadException(Rule.CPR_NUMBER.problem(
                        reader.location().atRow(row.number()).atColumn(reader.columnName(c)), null, null));
            }
            if (id != CellCache.NONE) {
                if (cleanIds[c] == null) {
                    cleanIds[c] = new BitSet();
                }
                cleanIds[c].set(id);
            } else {
                clean[c][cell.hashCode() & (SLOTS - 1)] = cell;
            }
        }
    }
}
