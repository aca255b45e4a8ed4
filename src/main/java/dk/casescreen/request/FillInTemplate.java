package dk.casescreen.request;

import dk.casescreen.Language;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.excel.FillInWorkbook;
import dk.casescreen.excel.TemplateOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** The fill-in workbook as {@code casescreen template} writes it; the app's template download is the same call. */
public final class FillInTemplate {

    private FillInTemplate() {
    }

    /** Writes the workbook of {@code sheet} with the 98 Danish municipalities in its list. */
    public static void write(ScreeningSheet sheet, TemplateOptions options, OutputStream out) throws IOException {
        FillInWorkbook.write(sheet, Municipalities.danish(), options, out);
    }

    /** Writes the workbook {@code casescreen template --lang} writes without other options: the newest sheet, no municipality filled in. */
    public static void write(Language language, OutputStream out) throws IOException {
        write(defaultSheet(), new TemplateOptions(language, Optional.empty(), TemplateOptions.DEFAULT_ROWS), out);
    }

    /** The sheet new workbooks are made from unless told otherwise: the newest built-in version. */
    public static ScreeningSheet defaultSheet() {
        return ScreeningSheet.latest();
    }
}
