package dk.casescreen.jupyter;

import dk.casescreen.analysis.CrossTabs;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.ContingencyTable;
import java.util.ArrayList;
import java.util.List;

/** A cross-tabulation of two questions: counts with row shares, totals, and the cases left out by reason. */
final class CrossTabView {

    private final Labels l;

    CrossTabView(Labels labels) {
        this.l = labels;
    }

    NotebookOutput crossTab(CaseTable cases, String rowKey, String columnKey) {
        ContingencyTable table = CrossTabs.of(cases, rowKey, columnKey, true).withoutEmptyRowsAndColumns();
        ProfileView names = new ProfileView(l);
        Question rows = cases.sheet().require(rowKey);
        Question columns = cases.sheet().require(columnKey);
        Html.Page page = new Html.Page(names.title(rows) + l.t(" efter ", " by ") + names.title(columns), cases.origin(), l);
        List<String> headers = new ArrayList<>();
        headers.add("");
        table.columnLabels().forEach(code -> headers.add(names.label(columns, code)));
        headers.add(l.t("I alt", "Total") + l.tag(cases.origin()));
        Grid grid = new Grid(headers);
        int[] numeric = new int[table.columns() + 1];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = c + 1;
        }
        grid.numeric(numeric);
        long[] rowTotals = table.rowTotals();
        for (int r = 0; r < table.rows(); r++) {
            List<String> cells = new ArrayList<>();
            cells.add(names.label(rows, table.rowLabels().get(r)));
            for (int c = 0; c < table.columns(); c++) {
                long count = table.count(r, c);
                cells.add(l.f().integer(count) + " (" + l.f().percent(rowTotals[r] == 0 ? Double.NaN : (double) count / rowTotals[r]) + ")");
            }
            cells.add(l.f().integer(rowTotals[r]));
            grid.row(cells);
        }
        List<String> totals = new ArrayList<>();
        totals.add(l.t("I alt", "Total"));
        for (long t : table.columnTotals()) {
            totals.add(l.f().integer(t) + " (" + l.f().percent(table.n() == 0 ? Double.NaN : (double) t / table.n()) + ")");
        }
        totals.add(l.f().integer(table.n()));
        grid.row(totals);
        page.grid(grid);
        page.note(l.t("Antal (andel af rækken). \"Ved ikke\" er med som svar; ", "Count (share of the row). \"Don't know\" is kept as an answer; ")
                + l.f().integer(table.excludedCases()) + l.t(" sager uden svar eller hvor spørgsmålet ikke var relevant er udeladt.",
                " cases not answering or not concerned are left out."));
        return page.build();
    }
}
