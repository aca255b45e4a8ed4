package dk.casescreen.jupyter;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A Tablesaw table, its first rows. */
final class TableView {

    /** Rows shown unless asked for more. */
    static final int DEFAULT_ROWS = 20;

    private final Labels l;

    TableView(Labels labels) {
        this.l = labels;
    }

    NotebookOutput table(Table table, int maxRows, boolean synthetic) {
        Html.Page page = new Html.Page(table.name() + " (" + l.f().integer(table.rowCount()) + l.t(" rækker, ", " rows, ")
                + table.columnCount() + l.t(" kolonner)", " columns)"), synthetic, l);
        Grid grid = new Grid(table.columnNames());
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
                cells.add(cell(column, r));
            }
            grid.row(cells);
        }
        page.grid(grid);
        if (shown < table.rowCount()) {
            page.note(l.t("Viser ", "Showing ") + shown + l.t(" af ", " of ") + l.f().integer(table.rowCount()) + l.t(" rækker.", " rows."));
        }
        return page.build();
    }

    private String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?> n) {
            double v = n.getDouble(row);
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? l.f().integer((long) v) : l.f().decimal(v, 3);
        }
        return column.getString(row);
    }
}
