package dk.casescreen.report;

import dk.casescreen.report.TidyTable.Decimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads exported workbooks and CSV files back, as plain values comparable with the tables' model. */
final class ExportFiles {

    private ExportFiles() {
    }

    /** A model value as read back: numbers as Double, else String, Boolean or null. */
    static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Long l -> l.doubleValue();
            case Decimal d -> d.value();
            default -> value;
        };
    }

    /** A table's rows as plain values. */
    static List<List<Object>> plain(TidyTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (TidyTable.Row r : table.rows()) {
            rows.add(r.values().stream().map(ExportFiles::plain).toList());
        }
        return rows;
    }

    /** A workbook cell's value: Double, String, Boolean, or null when blank or missing. */
    static Object value(Cell c) {
        if (c == null) {
            return null;
        }
        return switch (c.getCellType()) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            case BLANK -> null;
            default -> throw new AssertionError("Unexpected cell type " + c.getCellType() + " at " + c.getAddress());
        };
    }

    /** The rows of a sheet below the heading row {@code headingRow}, {@code columns} wide. */
    static List<List<Object>> rows(Sheet sheet, int headingRow, int columns) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = headingRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                values.add(row == null ? null : value(row.getCell(c)));
            }
            rows.add(values);
        }
        return rows;
    }

    /** The headings of a sheet's row. */
    static List<String> headings(Sheet sheet, int row, int columns) {
        List<String> h = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Cell cell = sheet.getRow(row).getCell(c);
            h.add(cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue());
        }
        return h;
    }

    /** A CSV file's records (RFC 4180: quoted fields may hold commas, quotes and line breaks), the header first. */
    static List<List<String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef) {
            throw new AssertionError(file + " starts with a byte order mark");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (ch == '\n') {
                throw new AssertionError(file + ": a line ends in LF, not CRLF, at character " + i);
            } else {
                field.append(ch);
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new AssertionError(file + " does not end with a complete record");
        }
        return records;
    }
}
