package dk.casescreen.cases;

/** Stops a load at the first cell that looks like a CPR number, naming the cell but not the number. */
final class CprGuard {

    private CprGuard() {
    }

    static void check(RowReader reader, RawRow row) {
        String[] cells = row.cells();
        for (int c = 0; c < cells.length; c++) {
            if (CprDetector.looksLikeCpr(cells[c])) {
                throw new CaseLoadException(Rule.CPR_NUMBER.problem(
                        reader.location().atRow(row.number()).atColumn(reader.columnName(c)), null, null));
            }
        }
    }
}
