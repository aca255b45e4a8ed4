package dk.casescreen.sheet;

import java.nio.file.Files;
import java.nio.file.Path;

/** Regenerates data-schema/case-record.schema.json from the built-in sheet: run after changing the sheet. */
final class SchemaWriter {

    private SchemaWriter() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("data-schema/case-record.schema.json"), CaseRecordSchema.generate(ScreeningSheet.builtIn()));
    }
}
