package dk.casescreen.cases;

import java.nio.file.Path;
import java.util.List;

/**
 * Entry point for loading case records. Each method returns a {@link CaseLoader} to configure
 * and {@link CaseLoader#load() load}:
 *
 * <pre>{@code
 * LoadResult result = Cases.csv(Path.of("sager.csv")).load();
 * CaseTable cases = result.cases();
 * ValidationReport report = result.report();
 * }</pre>
 */
public final class Cases {

    private Cases() {
    }

    /** Case records from a CSV file (semicolon, comma or tab separated; UTF-8 or Windows-1252). */
    public static CaseLoader csv(Path file) {
        return new CaseLoader(List.of(file), FileFormat.CSV);
    }

    /** Case records from an Excel workbook (.xlsx), one row per case. */
    public static CaseLoader excel(Path file) {
        return new CaseLoader(List.of(file), FileFormat.EXCEL);
    }

    /** Case records from a JSON file: an array of records, or an object with the array {@code "cases"}. */
    public static CaseLoader json(Path file) {
        return new CaseLoader(List.of(file), FileFormat.JSON);
    }

    /** Case records from every .csv, .xlsx and .json file in a folder, in name order. */
    public static CaseLoader folder(Path folder) {
        return new CaseLoader(List.of(folder), null);
    }

    /** Case records from files and folders; each file's format is told by its extension. */
    public static CaseLoader files(List<Path> filesOrFolders) {
        return new CaseLoader(filesOrFolders, null);
    }
}
