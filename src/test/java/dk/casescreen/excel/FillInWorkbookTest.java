package dk.casescreen.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.Rule;
import dk.casescreen.cases.TemplateInfo;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FillInWorkbookTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void workbookHasInstructionsCasesHiddenListsAndVeryHiddenVersion(@TempDir Path dir) throws Exception {
        Path file = FilledWorkbooks.template(dir, "s.xlsx", SHEET, new TemplateOptions(Language.DA, Optional.empty(), 50));
        try (XSSFWorkbook wb = open(file)) {
            assertEquals(List.of("Vejledning", "Sager", "Lister", "casescreen"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            assertEquals(SheetVisibility.VISIBLE, wb.getSheetVisibility(1));
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(2));
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(3));
            String instructions = wb.getSheet("Vejledning").getRow(0).getCell(0).getStringCellValue();
            assertTrue(instructions.contains("dyre enkeltsager"));
            StringBuilder all = new StringBuilder();
            wb.getSheet("Vejledning").forEach(r -> all.append(r.getCell(0).getStringCellValue()).append('\n'));
            assertTrue(all.toString().contains("2 mio. kr."), "scope");
            assertTrue(all.toString().contains("\"Ved ikke\" er et svar"), "Ved ikke vs blank");
            assertTrue(all.toString().contains("Aldrig CPR-numre"), "never CPR");
            XSSFSheet cases = wb.getSheet("Sager");
            assertEquals(2, cases.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(2, cases.getPaneInformation().getVerticalSplitLeftColumn());
            assertEquals("Kommune", cases.getRow(1).getCell(0).getStringCellValue());
            assertEquals("17. Har borgeren en dom?", cases.getRow(1).getCell(4 + 16).getStringCellValue());
            for (int c = 0; c < 4 + 36 + 1; c++) {
                assertTrue(cases.getRow(1).getCell(c).getCellComment() != null, "help on column " + c);
            }
            assertTrue(cases.getRow(1).getCell(1).getCellComment().getString().getString().contains("Aldrig CPR"));
            assertTrue(cases.getRow(1).getCell(4 + 12).getCellComment().getString().getString().contains("Besvares kun, hvis spørgsmål 12 = Ja"));
            assertEquals("1.0.0", wb.getSheet("casescreen").getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void everyChoiceQuestionHasADropDownFromTheHiddenListsAndAgeIsAWholeNumber(@TempDir Path dir) throws Exception {
        Path file = FilledWorkbooks.template(dir, "s.xlsx", SHEET, new TemplateOptions(Language.DA, Optional.empty(), 50));
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet cases = wb.getSheet("Sager");
            Set<String> lists = new HashSet<>();
            boolean age = false;
            for (DataValidation v : cases.getDataValidations()) {
                DataValidationConstraint c = v.getValidationConstraint();
                assertEquals(2, v.getRegions().getCellRangeAddress(0).getFirstRow());
                assertEquals(51, v.getRegions().getCellRangeAddress(0).getLastRow());
                if (c.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                    lists.add(c.getFormula1());
                } else if (c.getValidationType() == DataValidationConstraint.ValidationType.INTEGER) {
                    age = v.getRegions().getCellRangeAddress(0).getFirstColumn() == 5
                            && c.getFormula1().equals("18") && c.getFormula2().equals("120");
                }
            }
            for (Question q : SHEET.questions()) {
                if (q.type().isChoice()) {
                    assertTrue(lists.contains("liste_" + q.key()), q.key());
                    var name = wb.getName("liste_" + q.key());
                    assertTrue(name.getRefersToFormula().startsWith("'Lister'!"), name.getRefersToFormula());
                }
            }
            assertTrue(lists.contains("liste_municipality"));
            assertTrue(age, "age validation 18-120 on column F");
            assertEquals(3, cases.getSheetConditionalFormatting().getNumConditionalFormattings(), "the three conditional questions");
            XSSFSheet listSheet = wb.getSheet("Lister");
            Set<String> conviction = new HashSet<>();
            int col = -1;
            for (int c = 0; c < listSheet.getRow(0).getLastCellNum(); c++) {
                if (listSheet.getRow(0).getCell(c).getStringCellValue().equals("conviction")) {
                    col = c;
                }
            }
            for (int r = 1; r <= 2; r++) {
                conviction.add(listSheet.getRow(r).getCell(col).getStringCellValue());
            }
            assertEquals(Set.of("Ja", "Nej"), conviction);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void filledWorkbookLoadsBackIntoExactlyTheRecordsWritten(Language language, @TempDir Path dir) throws Exception {
        Path file = FilledWorkbooks.template(dir, "s.xlsx", SHEET, new TemplateOptions(language, Optional.of("Aarhus"), 40));
        List<FilledWorkbooks.TypedCase> typed = FilledWorkbooks.everyOption(SHEET);
        FilledWorkbooks.fill(file, SHEET, language, "Aarhus", typed, FillInWorkbook.FIRST_DATA_ROW);
        LoadResult loaded = Cases.excel(file).load();
        assertEquals(0, loaded.report().errorCount(), () -> loaded.report().problems().toString());
        assertEquals(typed.size(), loaded.report().read(), "the prepared rows holding only the municipality are not cases");
        List<CaseRecord> records = loaded.cases().records();
        for (int i = 0; i < typed.size(); i++) {
            assertEquals(typed.get(i).caseNumber(), records.get(i).caseNumber());
            assertEquals("751", records.get(i).municipalityCode());
            assertEquals(typed.get(i).answers(), records.get(i).answers(), "case " + i);
            assertEquals(java.time.LocalDate.of(2022, 10, 3), records.get(i).screeningDate().orElseThrow());
        }
        for (Question q : SHEET.questions()) {
            for (AnswerOption o : q.options()) {
                assertTrue(records.stream().anyMatch(r -> r.code(q.key()).filter(o.code()::equals).isPresent()),
                        q.key() + "/" + o.code() + " never round-tripped");
            }
        }
        TemplateInfo info = loaded.report().files().getFirst().template().orElseThrow();
        assertEquals(SHEET.version(), info.sheetVersion());
        assertEquals(language.name().toLowerCase(java.util.Locale.ROOT), info.language());
    }

    @Test
    void aFilledWorkbookCanBeReopenedAndExtended(@TempDir Path dir) throws Exception {
        Path file = FilledWorkbooks.template(dir, "s.xlsx", SHEET, new TemplateOptions(Language.DA, Optional.empty(), 30));
        List<FilledWorkbooks.TypedCase> typed = FilledWorkbooks.everyOption(SHEET);
        FilledWorkbooks.fill(file, SHEET, Language.DA, "Silkeborg", typed.subList(0, 5), FillInWorkbook.FIRST_DATA_ROW);
        assertEquals(5, Cases.excel(file).load().report().accepted());
        FilledWorkbooks.fill(file, SHEET, Language.DA, "Silkeborg", typed.subList(5, 8), FillInWorkbook.FIRST_DATA_ROW + 5);
        LoadResult extended = Cases.excel(file).load();
        assertEquals(8, extended.report().accepted());
        assertEquals(0, extended.report().errorCount());
    }

    @Test
    void anotherSheetVersionGivesAnotherWorkbookAndTheLoaderNoticesTheDifference(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("data-schema/screening-sheet.json"))
                .replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"")
                .replace("{\"code\": \"private\", \"label\": {\"da\": \"Privat\", \"en\": \"Private\"}}",
                        "{\"code\": \"private\", \"label\": {\"da\": \"Privat\", \"en\": \"Private\"}}, "
                                + "{\"code\": \"self_owned\", \"label\": {\"da\": \"Selvejende\", \"en\": \"Self-governing\"}}");
        assertTrue(json.contains("Selvejende"), "test setup: option added");
        Path definition = dir.resolve("sheet-1.1.json");
        Files.writeString(definition, json);
        ScreeningSheet newer = ScreeningSheet.load(definition);
        Path file = FilledWorkbooks.template(dir, "new.xlsx", newer, new TemplateOptions(Language.DA, Optional.empty(), 10));
        try (XSSFWorkbook wb = open(file)) {
            boolean listed = false;
            for (var row : wb.getSheet("Lister")) {
                for (var cell : row) {
                    listed |= cell.getStringCellValue().equals("Selvejende");
                }
            }
            assertTrue(listed, "the new option is in the drop-down list");
            assertTrue(wb.getSheet("Sager").getRow(0).getCell(0).getStringCellValue().contains("1.1.0"));
        }
        FilledWorkbooks.fill(file, newer, Language.DA, "Aarhus", FilledWorkbooks.everyOption(newer).subList(0, 2),
                FillInWorkbook.FIRST_DATA_ROW);
        LoadResult withNewer = Cases.excel(file).screeningSheet(newer).load();
        assertTrue(withNewer.report().problems().stream().noneMatch(p -> p.rule() == Rule.TEMPLATE_VERSION));
        LoadResult withBuiltIn = Cases.excel(file).load();
        assertTrue(withBuiltIn.report().problems().stream().anyMatch(p -> p.rule() == Rule.TEMPLATE_VERSION
                && p.message().en().contains("version 1.1.0")), withBuiltIn.report().problems().toString());
    }

    @Test
    void aWorkbookOfSheet200LeavesOutTheRetiredQuestionsAndItsVersionSheetBeatsTheDates(@TempDir Path dir) throws Exception {
        ScreeningSheet v2 = ScreeningSheet.builtIn("2.0.0");
        assertEquals(36 + 5 - 2, FillInWorkbook.columns(v2).size());
        assertTrue(FillInWorkbook.columns(v2).stream().noneMatch(c -> c.question() != null && c.question().isRetired()));
        assertEquals(36 + 5, FillInWorkbook.columns(SHEET).size());
        Path file = FilledWorkbooks.template(dir, "v2.xlsx", v2, new TemplateOptions(Language.DA, Optional.empty(), 20));
        try (XSSFWorkbook wb = open(file)) {
            String instructions = "";
            for (var row : wb.getSheet("Vejledning")) {
                for (var cell : row) {
                    instructions += cell.getStringCellValue() + "\n";
                }
            }
            assertTrue(instructions.contains("svarene på de 34 spørgsmål"), instructions);
            assertTrue(instructions.contains("Spørgsmål 27 (Har en særlig plads i psykiatrien været afprøvet?) er udgået fra 2024-07-01"),
                    instructions);
        }
        // the filled rows are dated 3 October 2022, which alone would mean 1.0.0
        FilledWorkbooks.fill(file, v2, Language.DA, "Aarhus", FilledWorkbooks.everyOption(v2).subList(0, 4),
                FillInWorkbook.FIRST_DATA_ROW);
        LoadResult loaded = Cases.excel(file).load();
        assertEquals("2.0.0", loaded.cases().sheet().version());
        assertEquals(4, loaded.report().accepted());
        assertTrue(loaded.report().problems().isEmpty(), loaded.report().problems().toString());
        // a 1.0.0 workbook filled the same way stays 1.0.0
        Path old = FilledWorkbooks.template(dir, "v1.xlsx", SHEET, new TemplateOptions(Language.DA, Optional.empty(), 20));
        FilledWorkbooks.fill(old, SHEET, Language.DA, "Aarhus", FilledWorkbooks.everyOption(SHEET).subList(0, 4),
                FillInWorkbook.FIRST_DATA_ROW);
        assertEquals("1.0.0", Cases.excel(old).load().cases().sheet().version());
    }

    @Test
    void newWorkbooksAreOfSheet200UnlessAnotherVersionIsAskedFor(@TempDir Path dir) throws Exception {
        Path made = dir.resolve("default.xlsx");
        assertEquals(0, dk.casescreen.cli.CliRunner.exit("template", "--out", made.toString()));
        Path asked = dir.resolve("old.xlsx");
        assertEquals(0, dk.casescreen.cli.CliRunner.exit("template", "--out", asked.toString(), "--sheet-version", "1.0.0"));
        assertTrue(dk.casescreen.cli.CliRunner.exit("template", "--out", dir.resolve("x.xlsx").toString(),
                "--sheet-version", "9.9.9") != 0, "an unknown version is refused");
        for (var expected : java.util.Map.of(made, "2.0.0", asked, "1.0.0").entrySet()) {
            try (XSSFWorkbook wb = open(expected.getKey())) {
                var info = wb.getSheet(dk.casescreen.cases.TemplateInfo.SHEET_NAME);
                assertEquals(dk.casescreen.cases.TemplateInfo.SHEET_VERSION_KEY, info.getRow(1).getCell(0).getStringCellValue());
                assertEquals(expected.getValue(), info.getRow(1).getCell(1).getStringCellValue());
            }
        }
    }

    @Test
    void anEmptyTemplateHoldsNoCases(@TempDir Path dir) throws Exception {
        Path file = FilledWorkbooks.template(dir, "s.xlsx", SHEET, new TemplateOptions(Language.EN, Optional.of("Odense"), 100));
        LoadResult loaded = Cases.excel(file).load();
        assertEquals(0, loaded.report().read());
        assertFalse(loaded.report().problems().stream().anyMatch(p -> p.severity() == dk.casescreen.cases.Severity.ERROR));
    }
}
