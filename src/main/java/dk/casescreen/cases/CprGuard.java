package dk.casescreen.cases;

/**
 * Stops a load at the first cell that looks like a CPR number, naming the cell but not the number.
 * A number cell of nine digits counts too when a leading zero makes it one: Excel drops the zero
 * of a CPR number typed into a number cell (0101901234 becomes 101901234).
 */
final class CprGuard {

    private final RowReader reader;
    private static final int SLOTS = 8;
    private String[][] clean = new String[64][];

    /** A guard for the rows of one reader. */
    CprGuard(RowReader reader) {
        this.reader = reader;
    }

    /**
     * Checks every cell of the row. Text too short to hold a CPR number is passed at once; a cell
     * holding the very text object found clean in the same column of a recent row (readers reuse
     * the text of repeated cells) is not checked again.
     */
    void check(RawRow row) {
        String[] cells = row.cells();
        if (cells.length > clean.length) {
            clean = java.util.Arrays.copyOf(clean, cells.length);
        }
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (cell == null || cell.length() < 9 || cell.length() == 9 && !row.isNumber(c)) {
                continue;
            }
            String[] seen = clean[c];
            if (seen == null) {
                seen = clean[c] = new String[SLOTS];
            }
            int slot = cell.hashCode() & (SLOTS - 1);
            if (seen[slot] == cell) {
                continue;
            }
            if (row.isNumber(c) ? CprDetector.numberLooksLikeCpr(cell) : CprDetector.looksLikeCpr(cell)) {
                throw new CaseLoadException(Rule.CPR_NUMBER.problem(
                        reader.location().atRow(row.number()).atColumn(reader.columnName(c)), null, null));
            }
            seen[slot] = cell;
        }
    }
}
