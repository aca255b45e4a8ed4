package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CprDetectorTest {

    @Test
    void recognisesBothWrittenFormsWhenTheDateIsValid() {
        assertTrue(CprDetector.looksLikeCpr("010190-1234"));
        assertTrue(CprDetector.looksLikeCpr("0101901234"));
        assertTrue(CprDetector.looksLikeCpr("010190 1234"));
        assertTrue(CprDetector.looksLikeCpr("borger 311299-4321 flyttede"));
        assertTrue(CprDetector.looksLikeCpr("290200-1234"), "29 February 2000");
    }

    @Test
    void ignoresNumbersThatAreNotDatesOrAreLonger() {
        assertFalse(CprDetector.looksLikeCpr("9999999999"));
        assertFalse(CprDetector.looksLikeCpr("310490-1234"), "31 April");
        assertFalse(CprDetector.looksLikeCpr("011390-1234"), "month 13");
        assertFalse(CprDetector.looksLikeCpr("00101901234"), "eleven digits");
        assertFalse(CprDetector.looksLikeCpr("2500000"));
        assertFalse(CprDetector.looksLikeCpr("S-0001"));
        assertFalse(CprDetector.looksLikeCpr(null));
    }

    @Test
    void recognisesHeadingsForCprColumns() {
        for (String heading : new String[] {"CPR", "cpr-nr.", "CPR nummer", "Personnummer", "cpr_no"}) {
            assertTrue(CprDetector.isCprHeading(heading), heading);
        }
        assertFalse(CprDetector.isCprHeading("Sag nr."));
        assertFalse(CprDetector.isCprHeading("Bemærkning om CPR"));
    }

    @Test
    void aCprNumberTypedIntoAnExcelNumberCellLosesItsZeroAndIsStillCaught(@TempDir Path dir) throws Exception {
        Path file = workbookWithNumericCaseNumber(dir, 101901234d);
        CaseLoadException e = assertThrows(CaseLoadException.class, () -> Cases.excel(file).load());
        assertEquals(Rule.CPR_NUMBER, e.problem().rule());
        assertEquals("B", e.problem().location().column().orElseThrow());
        assertFalse(e.describe(Language.DA).contains("101901234"));
    }

    @Test
    void aNineDigitNumberThatIsNoDateWithAZeroLoads(@TempDir Path dir) throws Exception {
        Path file = workbookWithNumericCaseNumber(dir, 991901234d);
        assertEquals(1, Cases.excel(file).load().report().accepted());
    }

    private static Path workbookWithNumericCaseNumber(Path dir, double caseNumber) throws Exception {
        Path file = dir.resolve("cases.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Sager");
            XSSFRow heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("Kommune");
            heading.createCell(1).setCellValue("Sag nr.");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Aarhus");
            row.createCell(1).setCellValue(caseNumber);
            wb.write(out);
        }
        return file;
    }
}
