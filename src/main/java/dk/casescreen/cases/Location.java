package dk.casescreen.cases;

import java.util.Optional;

/**
 * Where a value came from: file, worksheet (Excel only), row and column.
 *
 * @param file   the file name as given by the user (never resolved to an absolute path)
 * @param sheet  the worksheet, for Excel files
 * @param row    the 1-based row (CSV and Excel: the line or row number a spreadsheet shows;
 *               JSON: the record's 1-based position in the array), or 0 for the whole file
 * @param column the column as a spreadsheet names it ("F" in Excel, "6" in CSV, the property
 *               name in JSON), or empty for a whole row
 */
public record Location(String file, Optional<String> sheet, long row, Optional<String> column) {

    /** A location naming a whole file. */
    public static Location ofFile(String file) {
        return new Location(file, Optional.empty(), 0, Optional.empty());
    }

    /** This location narrowed to a row. */
    public Location atRow(long newRow) {
        return new Location(file, sheet, newRow, Optional.empty());
    }

    /** This location narrowed to a column of its row. */
    public Location atColumn(String newColumn) {
        return new Location(file, sheet, row, Optional.of(newColumn));
    }

    /**
     * Describes the location the way a spreadsheet user finds it: {@code cases.xlsx, Sager!F12},
     * {@code cases.csv, row 12, column 6}. A file or sheet name that looks like a CPR number is
     * masked, and control characters are escaped ({@link dk.casescreen.Privacy#display}).
     */
    public String describe(dk.casescreen.Language language) {
        boolean da = language == dk.casescreen.Language.DA;
        // each part is masked on its own: a column named like a CPR number must not hide behind the row number after it
        StringBuilder s = new StringBuilder(shown(file, language));
        Optional<String> shownSheet = sheet.map(name -> shown(name, language));
        Optional<String> shownColumn = column.map(name -> shown(name, language));
        if (shownSheet.isPresent() && row > 0 && shownColumn.isPresent()) {
            return s.append(", ").append(shownSheet.get()).append('!').append(shownColumn.get()).append(row).toString();
        }
        shownSheet.ifPresent(name -> s.append(", ").append(da ? "ark " : "sheet ").append(name));
        if (row > 0) {
            s.append(", ").append(da ? "række " : "row ").append(row);
        }
        shownColumn.ifPresent(c -> s.append(", ").append(da ? "kolonne " : "column ").append(c));
        return s.toString();
    }

    private static String shown(String part, dk.casescreen.Language language) {
        // a JSON property name or a heading of thousands of characters is shown by its beginning and length
        return dk.casescreen.Privacy.display(LongValues.isLong(part) ? LongValues.shown(part).in(language) : part);
    }
}
