package dk.casescreen.app;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.excel.FillInWorkbook;
import dk.casescreen.excel.TemplateOptions;
import dk.casescreen.reference.ReferenceData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Filled-in workbooks for the app's tests: the fill-in workbook with the SYNTHETIC cases of the fictional
 * municipality with the most cases in the built-in reference data (as {@code casescreen demo} picks it),
 * and the same with mistakes typed into two cells.
 */
final class Workbooks {

    /** The value typed into E3 of the workbook with mistakes: distinctive, so that a test can look for it. */
    static final String PLANTED_VALUE = "QZXPLANTED4711";

    private static final ReferenceData REFERENCE = ReferenceData.builtIn();

    private Workbooks() {
    }

    /** The code of the fictional municipality with the most cases. */
    static String municipalityCode() {
        Map<String, Long> counts = REFERENCE.cases().records().stream()
                .collect(Collectors.groupingBy(CaseRecord::municipalityCode, Collectors.counting()));
        // the most cases, the lowest code among equals
        Comparator<Map.Entry<String, Long>> order = Map.Entry.comparingByValue();
        order = order.thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return counts.entrySet().stream().max(order).orElseThrow().getKey();
    }

    /** The workbook filled in without mistakes. */
    static Path clean(Path file) throws Exception {
        String code = municipalityCode();
        List<CaseRecord> records = REFERENCE.cases().records().stream().filter(r -> r.municipalityCode().equals(code)).toList();
        String name = REFERENCE.municipalities().find(code).orElseThrow().name();
        try (OutputStream out = Files.newOutputStream(file)) {
            FillInWorkbook.write(REFERENCE.cases().sheet(), REFERENCE.municipalities(),
                    new TemplateOptions(Language.DA, Optional.of(name), records.size() + 10), records, out);
        }
        return file;
    }

    /** The workbook with {@link #PLANTED_VALUE} in E3 (the first question of the first case) and a word in the date cell C4. */
    static Path withMistakes(Path file) throws Exception {
        clean(file);
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            XSSFSheet sheet = wb.getSheet("Sager");
            sheet.getRow(2).getCell(4, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(PLANTED_VALUE);
            sheet.getRow(3).getCell(2, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("igår");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
