package dk.casescreen.jupyter;

import dk.casescreen.cases.DataOrigin;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.RecordField;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table, its first rows. A table of cases (with the sheet known) shows the questions'
 * wording for their keys, the answers' labels for their codes and municipalities' names for their
 * codes.
 */
final class TableView {

    /** Rows shown unless asked for more. */
    static final int DEFAULT_ROWS = 20;

    private static final List<String> SOURCE_COLUMNS = List.of("source_file", "source_sheet", "source_row");

    private final Labels l;

    TableView(Labels labels) {
        this.l = labels;
    }

    NotebookOutput table(Table table, int maxRows, DataOrigin origin, Optional<ScreeningSheet> sheet) {
        Html.Page page = new Html.Page(table.name() + " (" + l.f().integer(table.rowCount()) + l.t(" rækker, ", " rows, ")
                + table.columnCount() + l.t(" kolonner)", " columns)"), origin, l);
        List<String> headers = new ArrayList<>();
        for (String name : table.columnNames()) {
            headers.add(header(name, sheet));
        }
        Grid grid = new Grid(headers);
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            if (table.column(c) instanceof NumericColumn<?>) {
                numeric.add(c);
            }
        }
        grid.numeric(numeric.stream().mapToInt(Integer::intValue).toArray());
        int shown = Math.min(maxRows, table.rowCount());
        for (int r = 0; r < shown; r++) {
            List<String> cells = new ArrayList<>();
            for (Column<?> column : table.columns()) {
                cells.add(cell(column, r, sheet));
            }
            grid.row(cells);
        }
        page.grid(grid);
        if (shown < table.rowCount()) {
            page.note(l.t("Viser ", "Showing ") + shown + l.t(" af ", " of ") + l.f().integer(table.rowCount()) + l.t(" rækker.", " rows."));
        }
        return page.build();
    }

    /** The origin a table shows by itself: synthetic when a municipality column holds a fictional municipality's code. */
    static DataOrigin originOf(Table table) {
        if (!table.columnNames().contains(RecordField.MUNICIPALITY)) {
            return DataOrigin.OBSERVED;
        }
        Column<?> column = table.column(RecordField.MUNICIPALITY);
        for (int r = 0; r < column.size(); r++) {
            if (!column.isMissing(r) && DataOrigin.ofMunicipalityCode(column.getString(r)).isSynthetic()) {
                return DataOrigin.SYNTHETIC;
            }
        }
        return DataOrigin.OBSERVED;
    }

    private String header(String name, Optional<ScreeningSheet> sheet) {
        if (sheet.isEmpty()) {
            return name;
        }
        Optional<Question> q = sheet.get().question(name);
        if (q.isPresent()) {
            return new ProfileView(l).title(q.get());
        }
        if (sheet.get().fields().stream().anyMatch(f -> f.key().equals(name))) {
            return l.t(sheet.get().field(name).label());
        }
        return switch (name) {
            case "source_file" -> l.t("Fil", "File");
            case "source_sheet" -> l.t("Ark", "Sheet");
            case "source_row" -> l.t("Række", "Row");
            default -> name;
        };
    }

    private String cell(Column<?> column, int row, Optional<ScreeningSheet> sheet) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?> n) {
            double v = n.getDouble(row);
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? l.f().integer((long) v) : l.f().decimal(v, 3);
        }
        String value = column.getString(row);
        if (sheet.isPresent()) {
            if (column.name().equals(RecordField.MUNICIPALITY)) {
                return l.municipality(value);
            }
            Optional<Question> q = sheet.get().question(column.name());
            if (q.isPresent()) {
                return new ProfileView(l).label(q.get(), value);
            }
        }
        return value;
    }
}
