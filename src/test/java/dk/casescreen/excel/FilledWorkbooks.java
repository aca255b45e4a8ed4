package dk.casescreen.excel;

import dk.casescreen.Language;
import dk.casescreen.cases.Answer;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes fill-in workbooks and fills them in programmatically, the way a person would with the drop-down lists. */
final class FilledWorkbooks {

    /** One case to type in: case number and answers by question key. */
    record TypedCase(String caseNumber, Map<String, Answer> answers) {
    }

    private FilledWorkbooks() {
    }

    static Path template(Path dir, String name, ScreeningSheet sheet, TemplateOptions options) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            FillInWorkbook.write(sheet, Municipalities.danish(), options, out);
        }
        return file;
    }

    /**
     * Cases that together use every option of every question: case i answers each choice question with
     * option i mod (number of options); conditional questions are answered only where they apply.
     */
    static List<TypedCase> everyOption(ScreeningSheet sheet) {
        int count = sheet.questions().stream().mapToInt(q -> q.options().size()).max().orElse(1) * 2;
        List<TypedCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Answer> answers = new HashMap<>();
            for (Question q : sheet.questions()) {
                if (!q.type().isChoice()) {
                    answers.put(q.key(), new Answer.WholeNumber(q.min() + i));
                    continue;
                }
                if (q.condition().isPresent()) {
                    var c = q.condition().get();
                    if (!(answers.get(c.questionKey()) instanceof Answer.Choice(String parent) && c.holdsFor(parent))) {
                        answers.put(q.key(), Answer.NOT_APPLICABLE);
                        continue;
                    }
                }
                List<AnswerOption> options = q.options();
                // Parents of conditional questions alternate so that both branches occur with every child option.
                int index = q.isConditional() ? (i / 2) % options.size() : i % options.size();
                answers.put(q.key(), new Answer.Choice(options.get(index).code()));
            }
            cases.add(new TypedCase("T-" + (i + 1), answers));
        }
        return cases;
    }

    /** Types the cases into rows from {@code firstRow} (0-based) of the case sheet, labels in {@code language}. */
    static void fill(Path workbook, ScreeningSheet sheet, Language language, String municipality, List<TypedCase> cases,
                     int firstRow) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(workbook)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            XSSFSheet casesSheet = wb.getSheet(language == Language.DA ? "Sager" : "Cases");
            List<FillInWorkbook.Column> columns = FillInWorkbook.columns(sheet);
            for (int i = 0; i < cases.size(); i++) {
                TypedCase typed = cases.get(i);
                int r = firstRow + i;
                XSSFRow row = casesSheet.getRow(r) != null ? casesSheet.getRow(r) : casesSheet.createRow(r);
                for (int c = 0; c < columns.size(); c++) {
                    FillInWorkbook.Column column = columns.get(c);
                    if (column.question() == null) {
                        switch (column.fieldKey()) {
                            case "municipality" -> row.createCell(c).setCellValue(municipality);
                            case "case_number" -> row.createCell(c).setCellValue(typed.caseNumber());
                            case "screening_date" -> row.createCell(c).setCellValue(java.time.LocalDate.of(2022, 10, 3));
                            default -> {
                            }
                        }
                        continue;
                    }
                    Question q = column.question();
                    switch (typed.answers().get(q.key())) {
                        case Answer.Choice(String code) -> row.createCell(c).setCellValue(q.option(code).orElseThrow().label().in(language));
                        case Answer.WholeNumber(int v) -> row.createCell(c).setCellValue(v);
                        default -> {
                        }
                    }
                }
                Optional.ofNullable(row.getCell(2)).ifPresent(cell -> cell.setCellStyle(casesSheet.getColumnStyle(2)));
            }
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
    }
}
