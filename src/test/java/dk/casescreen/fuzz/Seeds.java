package dk.casescreen.fuzz;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseRecordsCsv;
import dk.casescreen.cases.CaseRecordsJson;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.excel.FillInWorkbook;
import dk.casescreen.excel.TemplateOptions;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

/**
 * The three files every mutant starts from, made in the test and never committed: the same
 * {@value #CASES} synthetic cases (fictional municipalities, no real citizens) as a Danish Excel CSV,
 * as the fill-in workbook of the {@code template} command with the cases typed in, and as canonical
 * JSON records.
 *
 * @param csv  the CSV text (semicolons, no byte order mark)
 * @param xlsx the fill-in workbook
 * @param json the JSON text (an object whose {@code cases} array holds the records)
 */
record Seeds(String csv, byte[] xlsx, String json) {

    /** The number of cases in each seed. */
    static final int CASES = 40;
    /** The worksheet of the fill-in workbook that holds the cases. */
    static final String CASE_SHEET = "Sager";
    /** The 0-based row of the fill-in workbook's headings. */
    static final int HEADING_ROW = 1;

    /** Makes the seeds from the synthetic generator with a fixed seed. */
    static Seeds make() throws IOException {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        SyntheticDataSet data = new SyntheticGenerator(sheet).generate(new SyntheticOptions(17, CASES, 6, 0, List.of()));
        StringWriter csv = new StringWriter();
        CaseRecordsCsv.write(data.records(), sheet, data.municipalities(), csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        FillInWorkbook.write(sheet, data.municipalities(), new TemplateOptions(Language.DA, Optional.empty(), 60),
                data.records(), xlsx);
        StringWriter json = new StringWriter();
        CaseRecordsJson.write(new CaseTable(sheet, data.records()), json);
        return new Seeds(csv.toString(), xlsx.toByteArray(), json.toString());
    }
}
