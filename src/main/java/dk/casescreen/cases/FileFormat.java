package dk.casescreen.cases;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats case records are read from, told by the file name's extension. */
enum FileFormat {
    /** Comma-, semicolon- or tab-separated text. */
    CSV,
    /** An Excel workbook. */
    EXCEL,
    /** A JSON array of records. */
    JSON;

    static Optional<FileFormat> of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return Optional.of(EXCEL);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
