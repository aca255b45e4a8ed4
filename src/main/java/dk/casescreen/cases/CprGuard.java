package dk.casescreen.cases;

/**
 * Stops a load at the first cell that looks like a CPR number, naming the cell but not the number.
 * A number cell of nine digits counts too when a leading zero makes it one: Excel drops the zero
 * of a CPR number typed into a number cell (0101901234 becomes 101901234).
 */
final class CprGuard {

    private final RowReader reader;
    private String[] clean = new String[64];

    /** A guard for the rows of one reader. */
    CprGuard(RowReader reader) {
        this.reader = reader;
    }

    /**
     * Checks every cell of the row. A cell holding the very text object found clean in the same
     * column of an earlier row (readers reuse the text of repeated cells) is not checked again.
     */
    void check(RawRow row) {
        String[] cells = row.cells();
        if (cells.length > clean.length) {
            clean = java.util.Arrays.copyOf(clean, cells.length);
        }
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (cell == clean[c] && cell != null) {
                continue;
            }
            if (CprDetector.looksLikeCpr(cell) || row.isNumber(c) && cell.length() == 9
                    && CprDetector.looksLikeCpr("0" + cell)) {
                throw new CaseLoadException(Rule.CPR_NUMBER.problem(
                        reader.location().atRow(row.number()).atColumn(reader.columnName(c)), null, null));
            }
            clean[c] = cell;
        }
    }
}
