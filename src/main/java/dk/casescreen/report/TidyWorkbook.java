package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Decimal;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tidy tables as an Excel workbook: an about sheet (notes and the data dictionary) first, then one
 * sheet per table with its headings in the first row, frozen and filterable, numbers stored as numbers.
 * Number formats carry the language's locale ({@code [$-406]} for Danish), so LibreOffice shows decimal
 * commas and thousands points whatever its own locale; Excel uses the reader's system separators.
 */
final class TidyWorkbook {

    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Language language;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();
    private final XSSFCellStyle heading;
    private final XSSFCellStyle title;

    private TidyWorkbook(Language language) {
        this.language = language;
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        heading = wb.createCellStyle();
        heading.setFont(bold);
        heading.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont large = wb.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(large);
    }

    /**
     * Writes the workbook.
     *
     * @param title     the workbook's title (document properties)
     * @param synthetic whether anything in it is synthetic (the about sheet's name then says so)
     * @param notes     the lines above the data dictionary on the about sheet; the first is its title
     * @param columns   the data dictionary
     * @param tables    the data tables, one sheet each (named SYNTETISK when a row is synthetic)
     */
    static void write(String title, boolean synthetic, List<String> notes, TidyTable columns, List<TidyTable> tables,
                      List<dk.casescreen.chart.Chart> charts, OutputStream out) throws IOException {
        TidyWorkbook w = new TidyWorkbook(columns.language());
        try (XSSFWorkbook wb = w.wb) {
            var props = wb.getProperties().getCoreProperties();
            props.setTitle(title);
            props.setCreator("casescreen");
            props.getUnderlyingProperties().setLanguageProperty(columns.language() == Language.DA ? "da-DK" : "en-GB");
            w.about(notes, columns, synthetic);
            for (TidyTable t : tables) {
                w.table(t);
            }
            w.charts(charts, synthetic);
            wb.setActiveSheet(0);
            wb.write(out);
        }
    }

    /** A sheet of native charts, one under the other, each beside the block of numbers it draws. */
    private void charts(List<dk.casescreen.chart.Chart> charts, boolean synthetic) {
        if (charts.isEmpty()) {
            return;
        }
        String name = (language == Language.DA ? "Diagrammer" : "Charts")
                + (synthetic ? (language == Language.DA ? " (SYNTETISK)" : " (SYNTHETIC)") : "");
        XSSFSheet sheet = wb.createSheet(name);
        int row = 0;
        for (dk.casescreen.chart.Chart chart : charts) {
            sheet.createRow(row).createCell(0).setCellValue(chart.title() + chart.banner().map(b -> " - " + b).orElse(""));
            dk.casescreen.chart.OfficeCharts.addToSheet(chart, sheet, row + 1, 0);
            int dataRows = 1 + (chart.kind().isCategorical() ? chart.categories().size()
                    : chart.series().stream().mapToInt(s -> s.data().size()).max().orElse(0));
            row += 2 + Math.max(24, dataRows) + 1;
        }
        for (int c = 0; c < 4; c++) {
            sheet.setColumnWidth(c, 22 * 256);
        }
    }

    private void about(List<String> notes, TidyTable columns, boolean synthetic) {
        String name = columns.sheetName() + (synthetic ? (language == Language.DA ? " (SYNTETISK)" : " (SYNTHETIC)") : "");
        WorkbookUtil.validateSheetName(name);
        XSSFSheet sheet = wb.createSheet(name);
        for (int i = 0; i < notes.size(); i++) {
            XSSFCell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(notes.get(i));
            if (i == 0) {
                cell.setCellStyle(title);
            }
        }
        int first = notes.size() + 1;
        fill(sheet, columns, first);
        sheet.setAutoFilter(new CellRangeAddress(first, first + Math.max(columns.rows().size(), 1), 0, columns.definition().columns().size() - 1));
    }

    private void table(TidyTable t) {
        String name = t.sheetName();
        WorkbookUtil.validateSheetName(name);
        XSSFSheet sheet = wb.createSheet(name);
        fill(sheet, t, 0);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(t.rows().size(), 1), 0, t.definition().columns().size() - 1));
    }

    /** The headings in row {@code first}, the rows below, and column widths that fit them. */
    private void fill(XSSFSheet sheet, TidyTable t, int first) {
        List<Column> columns = t.definition().columns();
        int[] widths = new int[columns.size()];
        XSSFRow head = sheet.createRow(first);
        for (int c = 0; c < columns.size(); c++) {
            XSSFCell cell = head.createCell(c);
            String text = columns.get(c).title().in(language);
            cell.setCellValue(text);
            cell.setCellStyle(heading);
            widths[c] = text.length() + 3;
        }
        List<TidyTable.Row> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(first + 1 + r);
            List<Object> values = rows.get(r).values();
            for (int c = 0; c < columns.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                XSSFCell cell = row.createCell(c);
                widths[c] = Math.max(widths[c], set(cell, columns.get(c), v) + 2);
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(8, widths[c])) * 256);
        }
    }

    /** Sets a cell's value and style; returns the width it needs in characters. */
    private int set(XSSFCell cell, Column column, Object value) {
        switch (value) {
            case String s -> {
                cell.setCellValue(s);
                return s.length();
            }
            case Boolean b -> {
                cell.setCellValue(b);
                return 5;
            }
            case Long l -> {
                cell.setCellValue(l);
                cell.setCellStyle(style(integerFormat()));
                return 10;
            }
            case Double d -> {
                cell.setCellValue(d);
                cell.setCellStyle(style(column.type() == TidyTable.Type.SHARE ? percentFormat(1) : decimalFormat(column.decimals())));
                return 10;
            }
            case Decimal d -> {
                cell.setCellValue(d.value());
                cell.setCellStyle(style(d.percent() ? percentFormat(d.decimals()) : decimalFormat(d.decimals())));
                return 10;
            }
            default -> throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " in column " + column.id());
        }
    }

    private String locale() {
        return language == Language.DA ? "[$-406]" : "";
    }

    private String integerFormat() {
        return locale() + "#,##0";
    }

    private String decimalFormat(int decimals) {
        return decimals == 0 ? integerFormat() : locale() + "#,##0." + "0".repeat(decimals);
    }

    private String percentFormat(int decimals) {
        String number = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
        return locale() + number + (language == Language.DA ? " %" : "%");
    }

    private XSSFCellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }
}
