package dk.casescreen.jupyter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A table of text cells that renders as an HTML table and as aligned plain text. */
final class Grid {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final Set<Integer> numeric = new HashSet<>();
    private String caption;

    Grid(String... headers) {
        this.headers = List.of(headers);
    }

    Grid(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** Sets the table's caption (shown above it). */
    Grid caption(String text) {
        this.caption = text;
        return this;
    }

    /** The caption, or null. */
    String caption() {
        return caption;
    }

    /** Marks columns (0-based) as numbers: right-aligned. */
    Grid numeric(int... columns) {
        Arrays.stream(columns).forEach(numeric::add);
        return this;
    }

    /** Adds a row; missing cells are blank, null is blank. */
    Grid row(String... cells) {
        return row(Arrays.asList(cells));
    }

    /** Adds a row. */
    Grid row(List<String> cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            row.add(cell == null ? "" : cell);
        }
        rows.add(row);
        return this;
    }

    int size() {
        return rows.size();
    }

    String html() {
        StringBuilder out = new StringBuilder("<table class=\"casescreen-table\">\n");
        if (caption != null) {
            out.append("<caption style=\"text-align:left;font-weight:bold\">").append(Html.escape(caption)).append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (int c = 0; c < headers.size(); c++) {
            out.append("<th style=\"text-align:").append(numeric.contains(c) ? "right" : "left").append("\">")
                    .append(Html.escape(headers.get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append("<td style=\"text-align:").append(numeric.contains(c) ? "right" : "left").append("\">")
                        .append(Html.escape(row.get(c)).replace("\n", "<br>")).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    String text() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).lines().mapToInt(String::length).max().orElse(0));
            }
            if (c < widths.length - 1) {
                widths[c] = Math.min(widths[c], 60);
            }
        }
        StringBuilder out = new StringBuilder();
        if (caption != null) {
            out.append(caption).append('\n');
        }
        line(out, headers, widths);
        for (int c = 0; c < widths.length; c++) {
            out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.append('\n');
        for (List<String> row : rows) {
            line(out, row.stream().map(s -> s.replace('\n', ' ')).toList(), widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            if (cell.length() > widths[c] && c < widths.length - 1) {
                cell = cell.substring(0, widths[c] - 1) + "…";
            }
            String pad = " ".repeat(Math.max(0, widths[c] - cell.length()));
            line.append(c == 0 ? "" : "  ").append(numeric.contains(c) ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
