package dk.casescreen.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a table (a header row, then data rows, every cell as text) as a file of one format, the
 * way users hand them in: CSV as Danish Excel saves it (semicolons, UTF-8 with a byte-order
 * mark), an .xlsx workbook with the table on worksheet "Sager" from cell A1, and JSON as an array
 * of objects keyed by the headings.
 */
enum TableFormat {
    /** Semicolon-separated UTF-8 with a byte-order mark. */
    CSV(".csv"),
    /** An .xlsx workbook written by POI, worksheet "Sager". */
    EXCEL(".xlsx"),
    /** A JSON array of objects. */
    JSON(".json");

    /** The worksheet name the Excel writer uses. */
    static final String SHEET = "Sager";

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    /** Writes {@code rows} as {@code dir/stem.ext} and returns the path. */
    Path write(Path dir, String stem, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(stem + extension);
        switch (this) {
            case CSV -> writeCsv(file, rows, ';', StandardCharsets.UTF_8, true, "\n");
            case EXCEL -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    fill(workbook.createSheet(SHEET), 0, rows);
                    save(workbook, file);
                }
            }
            case JSON -> writeJson(file, rows);
        }
        return file;
    }

    /** The loader of this format for {@code file}. */
    CaseLoader loader(Path file) {
        return switch (this) {
            case CSV -> Cases.csv(file);
            case EXCEL -> Cases.excel(file);
            case JSON -> Cases.json(file);
        };
    }

    /** The row number a location gives for the data row at {@code index} (0-based) of a written table. */
    long rowOf(int index) {
        return this == JSON ? index + 1 : index + 2;
    }

    /**
     * Writes CSV with the given separator, encoding, byte-order mark and line end; cells holding
     * the separator, a quote or a line break are quoted, quotes doubled.
     */
    static void writeCsv(Path file, List<List<String>> rows, char separator, Charset charset, boolean bom,
                         String lineEnd) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append(separator);
                }
                String cell = row.get(c);
                boolean quote = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                        || cell.indexOf('\r') >= 0;
                text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append(lineEnd);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.toString().getBytes(charset));
        }
    }

    /** Writes the table into {@code sheet} from row {@code firstRow} (0-based), as text cells; blank cells are left out. */
    static void fill(Sheet sheet, int firstRow, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(firstRow + r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
    }

    /** Saves a workbook to {@code file}. */
    static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** Writes the table as a JSON array of objects, every cell as a JSON string. */
    static void writeJson(Path file, List<List<String>> rows) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ArrayNode array = mapper.createArrayNode();
        List<String> header = rows.getFirst();
        for (List<String> row : rows.subList(1, rows.size())) {
            ObjectNode object = array.addObject();
            for (int c = 0; c < header.size(); c++) {
                object.put(header.get(c), row.get(c));
            }
        }
        Files.writeString(file, mapper.writeValueAsString(array), StandardCharsets.UTF_8);
    }
}
