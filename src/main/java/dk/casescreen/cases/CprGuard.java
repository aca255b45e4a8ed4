package dk.casescreen.cases;

/**
 * Stops a load at the first cell that looks like a CPR number, naming the cell but not the number.
 * A number cell of nine digits counts too when a leading zero makes it one: Excel drops the zero
 * of a CPR number typed into a number cell (0101901234 becomes 101901234).
 */
final class CprGuard {

    private CprGuard() {
    }

    static void check(RowReader reader, RawRow row) {
        String[] cells = row.cells();
        for (int c = 0; c < cells.length; c++) {
            if (CprDetector.looksLikeCpr(cells[c]) || row.isNumber(c) && cells[c].length() == 9
                    && CprDetector.looksLikeCpr("0" + cells[c])) {
                throw new CaseLoadException(Rule.CPR_NUMBER.problem(
                        reader.location().atRow(row.number()).atColumn(reader.columnName(c)), null, null));
            }
        }
    }
}
