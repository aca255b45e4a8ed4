package dk.casescreen.sheet;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates data-schema/case-record.schema.json (sheet 1.0.0) and case-record-2.0.0.schema.json
 * from the built-in sheets: run after changing a sheet.
 */
final class SchemaWriter {

    private SchemaWriter() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("data-schema/case-record.schema.json"), CaseRecordSchema.generate(ScreeningSheet.builtIn()));
        Files.writeString(Path.of("data-schema/case-record-2.0.0.schema.json"),
                CaseRecordSchema.generate(ScreeningSheet.builtIn("2.0.0")));
    }
}
