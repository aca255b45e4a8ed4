package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The loader contract for Excel workbooks written by POI, plus what only Excel has: typed number
 * and date cells, title rows above the headings, several worksheets (named, hidden) and
 * locations in the spreadsheet's own notation (Sager!F12).
 */
class ExcelLoaderTest extends CaseLoaderContract {

    @Override
    protected Path write(Path directory, String stem, List<List<String>> table) throws IOException {
        return TableFormat.EXCEL.write(directory, stem, table);
    }

    @Override
    protected CaseLoader loader(Path file) {
        return Cases.excel(file);
    }

    @Override
    protected long rowOf(int index) {
        return index + 2;
    }

    @Override
    protected Optional<String> worksheet() {
        return Optional.of(TableFormat.SHEET);
    }

    @Override
    protected String columnOf(int index, String heading) {
        return ColumnNames.letters(index);
    }

    private Path save(XSSFWorkbook workbook, String name) throws IOException {
        Path file = dir.resolve(name);
        TableFormat.save(workbook, file);
        workbook.close();
        return file;
    }

    private List<List<String>> cases(String... caseNumbers) {
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < caseNumbers.length; i++) {
            data.add(rows.valid(caseNumbers[i], i));
        }
        return rows.table(data);
    }

    private int column(String heading) {
        return rows.header().indexOf(heading);
    }

    @Test
    void readsANumericAgeCellAsAWholeNumber() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Sager");
        TableFormat.fill(sheet, 0, cases("1", "2"));
        sheet.getRow(1).createCell(column("age")).setCellValue(34.0);
        sheet.getRow(2).createCell(column(CaseRows.CASE_NUMBER)).setCellValue(2.0);
        sheet.getRow(2).createCell(column(CaseRows.COST)).setCellValue(2345678.5);
        sheet.getRow(2).createCell(column(CaseRows.MUNICIPALITY)).setCellValue(751);

        LoadResult result = Cases.excel(save(workbook, "numbers.xlsx")).load();

        assertEquals(List.of(), result.report().problems());
        assertEquals(new Answer.WholeNumber(34), record(result, "1").answer("age"));
        CaseRecord second = record(result, "2");
        assertEquals("751", second.municipalityCode());
        assertEquals(0, new BigDecimal("2345678.5").compareTo(second.annualCost().orElseThrow()));
    }

    @Test
    void numericCostCellsThatAreNegativeZeroOrInMioAreLocatedErrors() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Sager");
        TableFormat.fill(sheet, 0, cases("1", "2", "3"));
        sheet.getRow(1).createCell(column(CaseRows.COST)).setCellValue(-2450000);
        sheet.getRow(2).createCell(column(CaseRows.COST)).setCellValue(0);
        sheet.getRow(3).createCell(column(CaseRows.COST)).setCellValue(2.45);

        LoadResult result = Cases.excel(save(workbook, "numeric-costs.xlsx")).load();

        List<Problem> problems = result.report().problems();
        assertEquals(List.of(Rule.NEGATIVE_COST, Rule.ZERO_COST, Rule.COST_TOO_SMALL),
                problems.stream().map(Problem::rule).toList(), () -> "problems: " + problems);
        String letter = ColumnNames.letters(column(CaseRows.COST));
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.of(letter), problems.get(i).location().column());
            assertEquals(i + 2, problems.get(i).location().row());
            assertEquals(Optional.of("Sager"), problems.get(i).location().sheet());
        }
        assertTrue(problems.get(2).message().da().contains("mente du 2,45 mio. kr.?"), problems.get(2).message().da());
        assertEquals(0, result.cases().size());
    }

    @Test
    void readsAFractionalAgeCellAsNotAWholeNumber() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Sager");
        TableFormat.fill(sheet, 0, cases("1"));
        sheet.getRow(1).createCell(column("age")).setCellValue(34.5);

        LoadResult result = Cases.excel(save(workbook, "fraction.xlsx")).load();

        Problem p = result.report().problems().getFirst();
        assertEquals(Rule.NOT_A_WHOLE_NUMBER, p.rule());
        assertEquals(Optional.of("34.5"), p.value());
    }

    @Test
    void readsARealDateCellAsTheScreeningDate() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Sager");
        TableFormat.fill(sheet, 0, cases("1", "2"));
        CellStyle danish = workbook.createCellStyle();
        danish.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
        var cell = sheet.getRow(1).createCell(column(CaseRows.DATE));
        cell.setCellValue(LocalDate.of(2022, 10, 1));
        cell.setCellStyle(danish);
        CellStyle builtIn = workbook.createCellStyle();
        builtIn.setDataFormat((short) 14);
        var other = sheet.getRow(2).createCell(column(CaseRows.DATE));
        other.setCellValue(LocalDate.of(2023, 1, 17));
        other.setCellStyle(builtIn);

        LoadResult result = Cases.excel(save(workbook, "dates.xlsx")).load();

        assertEquals(List.of(), result.report().problems());
        assertEquals(Optional.of(LocalDate.of(2022, 10, 1)), record(result, "1").screeningDate());
        assertEquals(Optional.of(LocalDate.of(2023, 1, 17)), record(result, "2").screeningDate());
    }

    @Test
    void findsTheHeadingRowBelowATitleRow() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Sager");
        sheet.createRow(0).createCell(0).setCellValue("Sagsgennemgang ift. dyre enkeltsager – Aarhus Kommune");
        sheet.createRow(1).createCell(0).setCellValue("Opgjort 1. oktober 2022");
        TableFormat.fill(sheet, 3, cases("1", "2"));

        LoadResult result = Cases.excel(save(workbook, "title.xlsx")).load();

        assertEquals(List.of(), result.report().problems());
        assertEquals(List.of(5L, 6L), result.cases().records().stream().map(r -> r.source().row()).toList());
        assertEquals(2, result.report().read());
    }

    @Test
    void readsTheWorksheetChosenByName() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        TableFormat.fill(workbook.createSheet("Sager 2021"), 0, cases("old"));
        TableFormat.fill(workbook.createSheet("Sager"), 0, cases("new1", "new2"));
        Path file = save(workbook, "two-sheets.xlsx");

        LoadResult first = Cases.excel(file).load();
        LoadResult chosen = Cases.excel(file).sheet("Sager").load();

        assertEquals(List.of("old"), first.cases().records().stream().map(CaseRecord::caseNumber).toList());
        assertEquals(List.of("new1", "new2"), chosen.cases().records().stream().map(CaseRecord::caseNumber).toList());
        assertEquals(Optional.of("Sager"), chosen.cases().records().getFirst().source().sheet());
    }

    @Test
    void anUnknownWorksheetNameIsRefusedNamingTheWorksheets() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        TableFormat.fill(workbook.createSheet("Oversigt"), 0, List.of(List.of("Antal", "12")));
        TableFormat.fill(workbook.createSheet("Sager"), 0, cases("1"));
        Path file = save(workbook, "named.xlsx");

        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.excel(file).sheet("Screening").load());

        assertEquals(Rule.UNREADABLE_FILE, e.problem().rule());
        assertTrue(e.describe(Language.EN).contains("'Screening'"), e.describe(Language.EN));
        assertTrue(e.describe(Language.EN).contains("Oversigt, Sager"), e.describe(Language.EN));
        assertTrue(e.describe(Language.DA).contains("Oversigt, Sager"), e.describe(Language.DA));
    }

    @Test
    void hiddenWorksheetsAreSkipped() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        TableFormat.fill(workbook.createSheet("Skjult"), 0, cases("hidden"));
        TableFormat.fill(workbook.createSheet("Sager"), 0, cases("visible"));
        workbook.setActiveSheet(1);
        workbook.setSelectedTab(1);
        workbook.setSheetHidden(0, true);

        LoadResult result = Cases.excel(save(workbook, "hidden.xlsx")).load();

        assertEquals(List.of("visible"), result.cases().records().stream().map(CaseRecord::caseNumber).toList());
        assertEquals(Optional.of("Sager"), result.report().files().getFirst().location().sheet());
    }

    @Test
    void aWorksheetWithoutCaseHeadingsIsPassedOverForTheNextOne() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        TableFormat.fill(workbook.createSheet("Vejledning"), 0, List.of(List.of("Udfyld én række pr. sag")));
        TableFormat.fill(workbook.createSheet("Sager"), 0, cases("1"));

        LoadResult result = Cases.excel(save(workbook, "guide.xlsx")).load();

        assertEquals(1, result.cases().size());
        assertEquals(Optional.of("Sager"), record(result, "1").source().sheet());
    }

    @Test
    void locatesProblemsBySheetNameAndColumnLetters() throws IOException {
        List<String> header = new ArrayList<>(rows.header());
        header.remove("conviction");
        header.add(5, "conviction");
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            data.add(rows.valid("S" + i, 2 * i));
        }
        data.get(10).put("conviction", "jaa");
        data.get(10).put("conviction_type", "");
        Path file = write(dir, "located", CaseRows.table(header, data));

        LoadResult result = Cases.excel(file).load();

        Problem p = result.report().problems().getFirst();
        assertEquals(new Location(file.toString(), Optional.of("Sager"), 12, Optional.of("F")), p.location());
        assertEquals(file + ", Sager!F12 (q17 conviction): 'jaa' is not one of Yes, No", p.describe(Language.EN));
        assertEquals(file + ", Sager!F12 (spørgsmål 17): 'jaa' er ikke et af svarene: Ja, Nej", p.describe(Language.DA));
        assertEquals(new Location(file.toString(), Optional.of("Sager"), 12, Optional.empty()),
                result.report().rejectedRows().getFirst().location());
    }

    @Test
    void columnsBeyondZAreNamedWithTwoLetters() throws IOException {
        Map<String, String> bad = rows.valid("1", 0);
        bad.put("supervision_raised_cost", "måske");

        LoadResult result = load(List.of(bad));

        Problem p = result.report().problems().getFirst();
        assertEquals(Optional.of("AO"), p.location().column(), "column 41 of 5 fields and 36 questions");
    }

    @Test
    void skipsBlankRowsInsideTheTable() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Sager");
        List<List<String>> table = cases("1", "2");
        TableFormat.fill(sheet, 0, table.subList(0, 2));
        Row empty = sheet.createRow(2);
        empty.createCell(0).setCellValue("  ");
        TableFormat.fill(sheet, 4, table.subList(2, 3));

        LoadResult result = Cases.excel(save(workbook, "gaps.xlsx")).load();

        assertEquals(2, result.report().read());
        assertEquals(List.of(2L, 5L), result.cases().records().stream().map(r -> r.source().row()).toList());
    }
}
