package dk.casescreen.excel;

import dk.casescreen.Language;
import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.TemplateInfo;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.RecordField;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the self-screening workbook, generated from a sheet definition (another sheet version
 * gives another workbook): an instructions sheet, the case sheet (one row per case: municipality,
 * case number, date, exact cost, the questions, remark; frozen headings with help comments;
 * drop-down lists for every choice question; whole-number validation for age; conditional questions
 * greyed when they do not apply), a hidden sheet of the answer lists (Excel limits inline lists to
 * 255 characters), and a very hidden sheet recording the sheet definition and version, which the
 * loader reads back.
 */
public final class FillInWorkbook {

    /** Row (0-based) of the title on the case sheet. */
    static final int TITLE_ROW = 0;
    /** Row (0-based) of the headings on the case sheet. */
    static final int HEADING_ROW = 1;
    /** First row (0-based) of case data. */
    static final int FIRST_DATA_ROW = 2;

    private FillInWorkbook() {
    }

    /** The columns of the case sheet, in order: record fields and questions. */
    record Column(String fieldKey, Question question) {
    }

    /**
     * The columns of the case sheet for a sheet definition. Questions the version retires (q27 and
     * q28 in 2.0.0) get no column: they are no longer asked.
     */
    static List<Column> columns(ScreeningSheet sheet) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(RecordField.MUNICIPALITY, null));
        columns.add(new Column(RecordField.CASE_NUMBER, null));
        columns.add(new Column(RecordField.SCREENING_DATE, null));
        columns.add(new Column(RecordField.ANNUAL_COST, null));
        sheet.questions().stream().filter(q -> !q.isRetired()).forEach(q -> columns.add(new Column(null, q)));
        columns.add(new Column(RecordField.REMARK, null));
        return columns;
    }

    /** Writes the workbook. */
    public static void write(ScreeningSheet sheet, Municipalities municipalities, TemplateOptions options, OutputStream out)
            throws IOException {
        write(sheet, municipalities, options, List.of(), out);
    }

    /**
     * Writes the workbook with cases already typed into its first rows, as a person would with the
     * drop-down lists (answers as labels in the workbook's language): for example a demonstration
     * workbook of synthetic cases, or cases moved into the workbook from another file.
     *
     * @throws IllegalArgumentException when there are more records than prepared rows, or a record's
     *                                  municipality is not in {@code municipalities}
     */
    public static void write(ScreeningSheet sheet, Municipalities municipalities, TemplateOptions options,
                             List<CaseRecord> records, OutputStream out) throws IOException {
        if (records.size() > options.rows()) {
            throw new IllegalArgumentException("The workbook has " + options.rows() + " prepared rows for " + records.size()
                    + " cases; ask for more rows");
        }
        TemplateText text = new TemplateText(options.language());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(wb);
            XSSFSheet instructions = wb.createSheet(text.instructionsSheet());
            writeInstructions(instructions, text.instructions(sheet), styles);
            XSSFSheet cases = wb.createSheet(text.casesSheet());
            XSSFSheet lists = wb.createSheet(text.listsSheet());
            List<Column> columns = columns(sheet);
            writeLists(wb, lists, columns, municipalities, options.language());
            new CaseSheetWriter(sheet, cases, styles, text, options).write(columns);
            typeIn(cases, columns, records, municipalities, options.language());
            writeInfo(wb, sheet, options.language());
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.setActiveSheet(wb.getSheetIndex(cases));
            wb.setSelectedTab(wb.getSheetIndex(cases));
            wb.write(out);
        }
    }

    private static void typeIn(XSSFSheet cases, List<Column> columns, List<CaseRecord> records, Municipalities municipalities,
                               Language language) {
        for (int i = 0; i < records.size(); i++) {
            CaseRecord record = records.get(i);
            int r = FIRST_DATA_ROW + i;
            XSSFRow row = cases.getRow(r) != null ? cases.getRow(r) : cases.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                if (column.question() == null) {
                    typeField(row, c, column.fieldKey(), record, municipalities);
                    continue;
                }
                Question q = column.question();
                switch (record.answer(q.key())) {
                    case Answer.Choice(String code) -> row.createCell(c).setCellValue(q.option(code).orElseThrow().label().in(language));
                    case Answer.WholeNumber(int value) -> row.createCell(c).setCellValue(value);
                    default -> {
                        // not answered or not applicable: left blank, as a person leaves it
                    }
                }
            }
        }
    }

    private static void typeField(XSSFRow row, int c, String key, CaseRecord record, Municipalities municipalities) {
        switch (key) {
            case RecordField.MUNICIPALITY -> row.createCell(c).setCellValue(municipalities.find(record.municipalityCode())
                    .orElseThrow(() -> new IllegalArgumentException("The municipality " + record.municipalityCode()
                            + " is not among those the workbook lists")).name());
            case RecordField.CASE_NUMBER -> row.createCell(c).setCellValue(record.caseNumber());
            case RecordField.SCREENING_DATE -> record.screeningDate().ifPresent(d -> {
                XSSFCell cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(row.getSheet().getColumnStyle(c));
            });
            case RecordField.ANNUAL_COST -> record.annualCost().ifPresent(v -> row.createCell(c).setCellValue(v.doubleValue()));
            case RecordField.REMARK -> record.remark().ifPresent(v -> row.createCell(c).setCellValue(v));
            default -> {
                // a field the workbook does not have a column for
            }
        }
    }

    /** The name of the named range holding the answer list of a question (or the municipalities). */
    static String listName(String key) {
        return "liste_" + key;
    }

    private static void writeInstructions(XSSFSheet sheet, List<String> lines, TemplateStyles styles) {
        sheet.setColumnWidth(0, 110 * 256);
        for (int i = 0; i < lines.size(); i++) {
            XSSFCell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            boolean heading = i == 0 || i + 1 < lines.size() && !lines.get(i).isEmpty() && i > 0 && lines.get(i - 1).isEmpty();
            cell.setCellStyle(heading ? styles.heading() : styles.wrapped());
        }
    }

    private static void writeLists(XSSFWorkbook wb, XSSFSheet lists, List<Column> columns,
                                   Municipalities municipalities, Language language) {
        List<List<String>> values = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        keys.add(RecordField.MUNICIPALITY);
        values.add(municipalities.all().stream().map(Municipality::name).toList());
        for (Column c : columns) {
            if (c.question() != null && c.question().type().isChoice()) {
                keys.add(c.question().key());
                values.add(c.question().options().stream().map(o -> o.label().in(language)).toList());
            }
        }
        int longest = values.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r <= longest; r++) {
            lists.createRow(r);
        }
        for (int c = 0; c < keys.size(); c++) {
            lists.getRow(0).createCell(c).setCellValue(keys.get(c));
            List<String> column = values.get(c);
            for (int r = 0; r < column.size(); r++) {
                lists.getRow(r + 1).createCell(c).setCellValue(column.get(r));
            }
            String letter = CellReference.convertNumToColString(c);
            XSSFName name = wb.createName();
            name.setNameName(listName(keys.get(c)));
            name.setRefersToFormula("'" + lists.getSheetName() + "'!$" + letter + "$2:$" + letter + "$" + (column.size() + 1));
        }
    }

    private static void writeInfo(XSSFWorkbook wb, ScreeningSheet sheet, Language language) {
        XSSFSheet info = wb.createSheet(TemplateInfo.SHEET_NAME);
        String[][] rows = {
            {TemplateInfo.SHEET_ID_KEY, sheet.id()},
            {TemplateInfo.SHEET_VERSION_KEY, sheet.version()},
            {TemplateInfo.LANGUAGE_KEY, language.name().toLowerCase(java.util.Locale.ROOT)}};
        for (int i = 0; i < rows.length; i++) {
            XSSFRow row = info.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        wb.setSheetVisibility(wb.getSheetIndex(info), SheetVisibility.VERY_HIDDEN);
    }
}
