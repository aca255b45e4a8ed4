package dk.casescreen.report;

import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Decimal;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a tidy table as CSV the way R ({@code readr::read_csv}) and Power BI read it without options:
 * UTF-8 without byte order mark, a header row of the column ids, comma-separated, fields quoted only when
 * they hold a comma, a quote or a line break (RFC 4180), lines ending in CRLF, a dot as decimal mark and
 * no thousands separator, numbers unrounded, {@code true}/{@code false}, and an empty field for a missing
 * value.
 */
final class TidyCsv {

    private TidyCsv() {
    }

    static void write(TidyTable table, Writer out) throws IOException {
        List<Column> columns = table.definition().columns();
        for (int c = 0; c < columns.size(); c++) {
            out.write((c == 0 ? "" : ",") + field(columns.get(c).id()));
        }
        out.write("\r\n");
        for (TidyTable.Row row : table.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                out.write((c == 0 ? "" : ",") + field(row.values().get(c)));
            }
            out.write("\r\n");
        }
    }

    /** One value as a CSV field. */
    static String field(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                    ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
            case Boolean b -> b.toString();
            case Long l -> l.toString();
            case Double d -> number(d);
            case Decimal d -> number(d.value());
            default -> throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as CSV");
        };
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
