package dk.casescreen.chart;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where a native chart's numbers live: a block of cells on a sheet (the series refer to it and
 * carry a cached copy), or nowhere but the chart itself (literal values). A value that is not shown
 * is an empty cell and an absent point, never 0.
 *
 * <p>Bar charts: the category labels in the block's first column, one column per series, names in
 * the first row. Scatter charts: two columns per series (x and y).
 */
final class OfficeChartData {

    private final XSSFSheet sheet;
    private final int row;
    private final int column;
    private final XSSFCellStyle numberStyle;

    private OfficeChartData(XSSFSheet sheet, int row, int column, String numberFormat) {
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        if (sheet == null) {
            this.numberStyle = null;
        } else {
            this.numberStyle = sheet.getWorkbook().createCellStyle();
            this.numberStyle.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(numberFormat));
        }
    }

    /** The numbers as literals inside the chart. */
    static OfficeChartData literal() {
        return new OfficeChartData(null, 0, 0, null);
    }

    /** The numbers in a block of cells whose top left corner is at {@code row}, {@code column}. */
    static OfficeChartData cells(XSSFSheet sheet, int row, int column, String numberFormat) {
        return new OfficeChartData(sheet, row, column, numberFormat);
    }

    /** The category labels, written to the first column. */
    XDDFCategoryDataSource categories(String title, List<String> labels) {
        String[] values = labels.toArray(String[]::new);
        if (sheet == null) {
            return XDDFDataSourcesFactory.fromArray(values);
        }
        text(0, 0, title);
        for (int i = 0; i < values.length; i++) {
            text(1 + i, 0, values[i]);
        }
        return XDDFDataSourcesFactory.fromArray(values, range(1, values.length, 0));
    }

    /** A column of numbers headed {@code title}; NaN gives an empty cell and no point. */
    XDDFNumericalDataSource<Double> numbers(int offset, String title, List<Double> numbers) {
        Double[] values = numbers.stream().map(v -> Double.isNaN(v) ? null : v).toArray(Double[]::new);
        if (sheet == null) {
            return XDDFDataSourcesFactory.fromArray(values);
        }
        text(0, offset, title);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                XSSFCell cell = cell(1 + i, offset);
                cell.setCellValue(values[i]);
                cell.setCellStyle(numberStyle);
            }
        }
        return XDDFDataSourcesFactory.fromArray(values, range(1, Math.max(1, values.length), offset), column + offset);
    }

    /** The cell holding a column's heading, for a series' name; null when the data are literal. */
    CellReference heading(int offset) {
        return sheet == null ? null : new CellReference(sheet.getSheetName(), row, column + offset, true, true);
    }

    /** The y values of a series' data, NaN where not shown, padded with NaN to {@code length}. */
    static List<Double> ys(Series s, int length) {
        List<Double> out = new ArrayList<>();
        for (Datum d : s.data()) {
            out.add(d.y());
        }
        return pad(out, length);
    }

    /** The x values of a series' data, padded with NaN to {@code length}. */
    static List<Double> xs(Series s, int length) {
        List<Double> out = new ArrayList<>();
        for (Datum d : s.data()) {
            out.add(d.x());
        }
        return pad(out, length);
    }

    private static List<Double> pad(List<Double> values, int length) {
        while (values.size() < length) {
            values.add(Double.NaN);
        }
        return values;
    }

    private String range(int firstRowOffset, int rows, int offset) {
        CellRangeAddress r = new CellRangeAddress(row + firstRowOffset, row + firstRowOffset + rows - 1, column + offset, column + offset);
        return r.formatAsString(sheet.getSheetName(), true);
    }

    private void text(int rowOffset, int offset, String value) {
        cell(rowOffset, offset).setCellValue(value);
        int width = Math.clamp(value.length() + 2, 10, 40) * 256;
        if (sheet.getColumnWidth(column + offset) < width) {
            sheet.setColumnWidth(column + offset, width);
        }
    }

    private XSSFCell cell(int rowOffset, int offset) {
        XSSFRow r = sheet.getRow(row + rowOffset);
        if (r == null) {
            r = sheet.createRow(row + rowOffset);
        }
        XSSFCell c = r.getCell(column + offset);
        return c == null ? r.createCell(column + offset) : c;
    }
}
