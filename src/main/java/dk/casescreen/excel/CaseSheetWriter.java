package dk.casescreen.excel;

import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.RecordField;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes the case sheet of the fill-in workbook: headings, help, lists, validation and shading. */
final class CaseSheetWriter {

    private final ScreeningSheet sheet;
    private final XSSFSheet cases;
    private final TemplateStyles styles;
    private final TemplateText text;
    private final TemplateOptions options;
    private final int lastRow;

    CaseSheetWriter(ScreeningSheet sheet, XSSFSheet cases, TemplateStyles styles, TemplateText text, TemplateOptions options) {
        this.sheet = sheet;
        this.cases = cases;
        this.styles = styles;
        this.text = text;
        this.options = options;
        this.lastRow = FillInWorkbook.FIRST_DATA_ROW + options.rows() - 1;
    }

    void write(List<FillInWorkbook.Column> columns) {
        XSSFCell title = cases.createRow(FillInWorkbook.TITLE_ROW).createCell(0);
        title.setCellValue(text.title(sheet));
        title.setCellStyle(styles.title());
        XSSFRow headings = cases.createRow(FillInWorkbook.HEADING_ROW);
        headings.setHeightInPoints(90);
        XSSFDrawing drawing = cases.createDrawingPatriarch();
        DataValidationHelper validation = cases.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            FillInWorkbook.Column column = columns.get(c);
            XSSFCell cell = headings.createCell(c);
            cell.setCellStyle(styles.heading());
            if (column.question() != null) {
                Question q = column.question();
                cell.setCellValue(q.number() + ". " + q.text().in(options.language()));
                comment(drawing, cell, text.headingComment(q, sheet));
                cases.setColumnWidth(c, 20 * 256);
                validate(validation, q, c);
                if (q.condition().isPresent()) {
                    shade(columns, q.condition().get(), c);
                }
            } else {
                cell.setCellValue(sheet.field(column.fieldKey()).label().in(options.language()));
                comment(drawing, cell, text.fieldComment(column.fieldKey()));
                cases.setColumnWidth(c, (column.fieldKey().equals(RecordField.REMARK) ? 40 : 16) * 256);
                field(validation, column.fieldKey(), c);
            }
        }
        cases.createFreezePane(2, FillInWorkbook.FIRST_DATA_ROW);
        options.municipality().ifPresent(name -> {
            for (int r = FillInWorkbook.FIRST_DATA_ROW; r <= lastRow; r++) {
                XSSFRow row = cases.getRow(r) != null ? cases.getRow(r) : cases.createRow(r);
                row.createCell(0).setCellValue(name);
            }
        });
    }

    private void comment(XSSFDrawing drawing, XSSFCell cell, String help) {
        ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, cell.getColumnIndex(), 0, cell.getColumnIndex() + 4, 8);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(help));
        comment.setAuthor("casescreen");
        cell.setCellComment(comment);
    }

    private CellRangeAddressList dataRows(int column) {
        return new CellRangeAddressList(FillInWorkbook.FIRST_DATA_ROW, lastRow, column, column);
    }

    private void validate(DataValidationHelper helper, Question q, int column) {
        DataValidationConstraint constraint;
        String message;
        if (q.type().isChoice()) {
            constraint = helper.createFormulaListConstraint(FillInWorkbook.listName(q.key()));
            message = text.pickFromList();
        } else {
            constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    Integer.toString(q.min()), Integer.toString(q.max()));
            message = text.wholeNumber(q);
        }
        add(helper, constraint, column, message);
    }

    private void field(DataValidationHelper helper, String key, int column) {
        switch (key) {
            case RecordField.MUNICIPALITY -> add(helper, helper.createFormulaListConstraint(FillInWorkbook.listName(key)),
                    column, text.pickFromList());
            case RecordField.ANNUAL_COST -> add(helper, helper.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null), column, "kr. >= 0");
            case RecordField.SCREENING_DATE -> cases.setDefaultColumnStyle(column, styles.date());
            case RecordField.CASE_NUMBER -> cases.setDefaultColumnStyle(column, styles.text());
            default -> {
            }
        }
    }

    private void add(DataValidationHelper helper, DataValidationConstraint constraint, int column, String message) {
        DataValidation v = helper.createValidation(constraint, dataRows(column));
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.createErrorBox("casescreen", message);
        v.setShowPromptBox(false);
        cases.addValidationData(v);
    }

    /** Greys a conditional question's cells while the question it depends on does not have a qualifying answer. */
    private void shade(List<FillInWorkbook.Column> columns, Condition condition, int column) {
        int parentColumn = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).question() != null && columns.get(c).question().key().equals(condition.questionKey())) {
                parentColumn = c;
            }
        }
        Question parent = sheet.require(condition.questionKey());
        String ref = "$" + CellReference.convertNumToColString(parentColumn) + (FillInWorkbook.FIRST_DATA_ROW + 1);
        StringBuilder formula = new StringBuilder("AND(");
        boolean first = true;
        for (String code : condition.answers().stream().sorted().toList()) {
            String label = parent.option(code).orElseThrow().label().in(options.language()).replace("\"", "\"\"");
            formula.append(first ? "" : ",").append(ref).append("<>\"").append(label).append('"');
            first = false;
        }
        formula.append(')');
        SheetConditionalFormatting formatting = cases.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula.toString());
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        formatting.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(FillInWorkbook.FIRST_DATA_ROW, lastRow, column, column)}, rule);
    }
}
