package dk.casescreen.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Mutations of the fill-in workbook's case sheet made as a person in Excel would, through POI:
 * duplicated and deleted rows and columns, and real formula cells. They need a readable workbook, so
 * they run before any mutation of the bytes or the XML.
 */
final class PoiMutations {

    /** A change to the case sheet that records what it did. */
    @FunctionalInterface
    interface SheetEdit {
        void edit(XSSFSheet sheet, RandomGenerator rng, WorkbookDraft draft);
    }

    private static final CellCopyPolicy COPY = new CellCopyPolicy();
    private static final int FIRST_CASE = Seeds.HEADING_ROW + 1;
    private static final int LAST_CASE = Seeds.HEADING_ROW + Seeds.CASES;

    /** Every mutation, in the order the fuzz test cycles through them. */
    static final List<WorkbookDraft.Named> ALL = List.of(
            new WorkbookDraft.Named("duplicate row (Excel)", (d, rng) -> edit(d, rng, PoiMutations::duplicateRow)),
            new WorkbookDraft.Named("delete row (Excel)", (d, rng) -> edit(d, rng, PoiMutations::deleteRow)),
            new WorkbookDraft.Named("duplicate column (Excel)", (d, rng) -> edit(d, rng, PoiMutations::duplicateColumn)),
            new WorkbookDraft.Named("delete column (Excel)", (d, rng) -> edit(d, rng, PoiMutations::deleteColumn)),
            new WorkbookDraft.Named("formula cell (Excel)", (d, rng) -> edit(d, rng, PoiMutations::formula)));

    private PoiMutations() {
    }

    /** Opens the draft's workbook, applies {@code edit} to its case sheet and writes it back. */
    static void edit(WorkbookDraft d, RandomGenerator rng, SheetEdit edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.bytes))) {
            edit.edit(wb.getSheet(Seeds.CASE_SHEET), rng, d);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            d.bytes = out.toByteArray();
        }
    }

    static int caseRow(RandomGenerator rng) {
        return FIRST_CASE + rng.nextInt(Seeds.CASES);
    }

    static int column(XSSFSheet sheet, RandomGenerator rng) {
        return rng.nextInt(sheet.getRow(Seeds.HEADING_ROW).getLastCellNum());
    }

    /** The cell at (row, column), created when missing. */
    static XSSFCell cell(XSSFSheet sheet, int r, int c) {
        XSSFRow row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        return row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
    }

    static void duplicateRow(XSSFSheet sheet, RandomGenerator rng, WorkbookDraft d) {
        int r = rng.nextInt(Seeds.HEADING_ROW, LAST_CASE + 1);
        int to = rng.nextInt(FIRST_CASE, LAST_CASE + 2);
        if (to <= sheet.getLastRowNum()) {
            sheet.shiftRows(to, sheet.getLastRowNum(), 1);
        }
        int from = r >= to ? r + 1 : r;
        sheet.createRow(to).copyRowFrom(sheet.getRow(from), COPY);
        d.step("row " + (r + 1) + " again as row " + (to + 1));
    }

    static void deleteRow(XSSFSheet sheet, RandomGenerator rng, WorkbookDraft d) {
        int r = rng.nextInt(Seeds.HEADING_ROW, LAST_CASE + 1);
        sheet.removeRow(sheet.getRow(r));
        boolean shift = rng.nextBoolean() && r + 1 <= sheet.getLastRowNum();
        if (shift) {
            sheet.shiftRows(r + 1, sheet.getLastRowNum(), -1);
        }
        d.step("delete row " + (r + 1) + (shift ? " and move the rest up" : ", leaving it empty"));
    }

    static void duplicateColumn(XSSFSheet sheet, RandomGenerator rng, WorkbookDraft d) {
        int c = column(sheet, rng);
        for (int r = Seeds.HEADING_ROW; r <= LAST_CASE; r++) {
            XSSFRow row = sheet.getRow(r);
            for (int k = row.getLastCellNum() - 1; k >= c; k--) {
                cell(sheet, r, k + 1).copyCellFrom(cell(sheet, r, k), COPY);
            }
        }
        d.step("column " + (c + 1) + " again");
    }

    static void deleteColumn(XSSFSheet sheet, RandomGenerator rng, WorkbookDraft d) {
        int c = column(sheet, rng);
        for (int r = Seeds.HEADING_ROW; r <= LAST_CASE; r++) {
            XSSFRow row = sheet.getRow(r);
            int last = row.getLastCellNum() - 1;
            for (int k = c; k < last; k++) {
                cell(sheet, r, k).copyCellFrom(cell(sheet, r, k + 1), COPY);
            }
            if (last >= c && row.getCell(last) != null) {
                row.removeCell(row.getCell(last));
            }
        }
        d.step("delete column " + (c + 1));
    }

    static void formula(XSSFSheet sheet, RandomGenerator rng, WorkbookDraft d) {
        String[] formulas = {"1+1", "SUM(E3:E5)", "1/0", "\"Ja\"", "A3&B3", "INDIRECT(\"A1\")", "TODAY()", "NA()"};
        String f = formulas[rng.nextInt(formulas.length)];
        boolean heading = rng.nextInt(5) == 0;
        int r = heading ? Seeds.HEADING_ROW : caseRow(rng);
        int c = column(sheet, rng);
        cell(sheet, r, c).setCellFormula(f);
        d.step("formula =" + f + " in row " + (r + 1) + " column " + (c + 1));
    }

    /** Plants {@code cpr} in a case's cell, as text or (digits only) as a number. */
    static void plantInCell(XSSFSheet sheet, RandomGenerator rng, WorkbookDraft d, String cpr) {
        int r = caseRow(rng);
        int c = column(sheet, rng);
        boolean number = cpr.chars().allMatch(Character::isDigit) && rng.nextBoolean();
        if (number) {
            cell(sheet, r, c).setCellValue(Double.parseDouble(cpr));
        } else {
            cell(sheet, r, c).setCellValue(cpr);
        }
        d.planted(cpr, (number ? "number cell" : "cell") + " row " + (r + 1) + " column " + (c + 1));
    }

    /** Plants {@code cpr} as a heading of the case sheet, or beside the headings. */
    static void plantInHeading(XSSFSheet sheet, RandomGenerator rng, WorkbookDraft d, String cpr) {
        int c = rng.nextInt(sheet.getRow(Seeds.HEADING_ROW).getLastCellNum() + 1);
        cell(sheet, Seeds.HEADING_ROW, c).setCellValue(cpr);
        d.planted(cpr, "heading column " + (c + 1));
    }
}
