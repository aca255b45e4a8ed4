package dk.casescreen.cases;

import dk.casescreen.cases.Municipalities;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.RecordField;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes case records as a CSV file the way Danish Excel does (semicolon separator, decimal comma,
 * CRLF line ends; the caller writes the UTF-8 byte-order mark if the file is for Excel): a heading
 * row of field labels and "N. wording" for each question, then one row per case with Danish answer
 * labels. The file loads back through {@link Cases#csv(java.nio.file.Path)} into the same records.
 */
public final class CaseRecordsCsv {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private CaseRecordsCsv() {
    }

    /** Writes the records; municipalities are written by name when the registry knows them. */
    public static void write(List<CaseRecord> records, ScreeningSheet sheet, Municipalities municipalities, Writer out) {
        try {
            List<String> heading = new ArrayList<>();
            heading.add(sheet.field(RecordField.MUNICIPALITY).label().da());
            heading.add(sheet.field(RecordField.CASE_NUMBER).label().da());
            heading.add(sheet.field(RecordField.SCREENING_DATE).label().da());
            heading.add(sheet.field(RecordField.ANNUAL_COST).label().da());
            for (Question q : sheet.questions()) {
                heading.add(q.number() + ". " + q.text().da());
            }
            heading.add(sheet.field(RecordField.REMARK).label().da());
            line(out, heading);
            for (CaseRecord r : records) {
                List<String> cells = new ArrayList<>();
                cells.add(municipalities.find(r.municipalityCode()).map(m -> m.name()).orElse(r.municipalityCode()));
                cells.add(r.caseNumber());
                cells.add(r.screeningDate().map(DANISH_DATE::format).orElse(""));
                cells.add(r.annualCost().map(c -> c.toPlainString().replace('.', ',')).orElse(""));
                for (Question q : sheet.questions()) {
                    cells.add(switch (r.answer(q.key())) {
                        case Answer.Choice(String code) -> q.option(code).orElseThrow().label().da();
                        case Answer.WholeNumber(int value) -> Integer.toString(value);
                        case Answer.NotAnswered ignored -> "";
                        case Answer.NotApplicable ignored -> "";
                    });
                }
                cells.add(r.remark().orElse(""));
                line(out, cells);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String quote(String cell) {
        boolean needs = cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
