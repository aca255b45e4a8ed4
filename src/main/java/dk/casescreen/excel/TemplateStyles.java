package dk.casescreen.excel;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles the fill-in workbook uses, created once per workbook. */
final class TemplateStyles {

    private final XSSFCellStyle heading;
    private final XSSFCellStyle title;
    private final XSSFCellStyle wrapped;
    private final XSSFCellStyle date;
    private final XSSFCellStyle text;

    TemplateStyles(XSSFWorkbook wb) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        heading = wb.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setVerticalAlignment(VerticalAlignment.TOP);
        heading.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        title = wb.createCellStyle();
        title.setFont(bold);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
        text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
    }

    XSSFCellStyle heading() {
        return heading;
    }

    XSSFCellStyle title() {
        return title;
    }

    XSSFCellStyle wrapped() {
        return wrapped;
    }

    /** Dates shown as dd-mm-yyyy. */
    XSSFCellStyle date() {
        return date;
    }

    /** Text format, so that case numbers keep their leading zeros. */
    XSSFCellStyle text() {
        return text;
    }
}
