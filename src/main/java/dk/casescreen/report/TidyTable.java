package dk.casescreen.report;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the export in tidy form: a definition (name, sheet title, description and typed, documented
 * columns) and rows of plain values, one observation per row. The workbook, the CSV files and the schema
 * are all written from this one model, so no table is written twice.
 *
 * <p>Each number remembers the published counts it rests on, so that a test can check that no number of
 * the export rests on a suppressed count.
 */
final class TidyTable {

    /** What a column holds; decides the cell type and number format in the workbook and the JSON Schema type. */
    enum Type {
        /** Free text in the export's language. */
        TEXT,
        /** A stable code (same in both languages). */
        CODE,
        /** A whole number (a count of cases or persons). */
        INTEGER,
        /** A number with the column's decimals (a rate, an odds ratio, a p-value). */
        NUMBER,
        /** A share between 0 and 1, shown as a percentage. */
        SHARE,
        /** true or false. */
        BOOLEAN,
        /** A {@link Status} code. */
        STATUS
    }

    /** Whether a number is shown, and if not, why. */
    enum Status {
        /** Shown. */
        SHOWN("shown"),
        /** Suppressed: a count of 1 to threshold − 1 persons ("&lt;5" in the report). */
        PRIMARY("suppressed_primary"),
        /** Suppressed so that a small count cannot be worked out ("·" in the report). */
        SECONDARY("suppressed_secondary"),
        /** Not published for this row: not computed, not defined, or not in the report for this group. */
        NOT_AVAILABLE("not_available");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** The code written in the status columns. */
        String code() {
            return code;
        }

        static Status of(CellStatus s) {
            return switch (s) {
                case SHOWN -> SHOWN;
                case PRIMARY -> PRIMARY;
                case SECONDARY -> SECONDARY;
            };
        }
    }

    /**
     * A column.
     *
     * @param id          the CSV header and schema property: lower snake case, the same in both languages
     * @param title       the heading in the workbook
     * @param description what it holds, for the about sheet and the schema
     * @param type        what kind of value
     * @param decimals    for {@link Type#NUMBER}: the decimals the workbook shows (the value itself is not rounded)
     * @param nullable    whether a cell may be empty
     * @param values      for {@link Type#CODE}: the allowed codes (empty when open)
     */
    record Column(String id, Text title, Text description, Type type, int decimals, boolean nullable, List<String> values) {

        Column {
            values = List.copyOf(values);
        }

        static Column text(String id, Text title, Text description, boolean nullable) {
            return new Column(id, title, description, Type.TEXT, 0, nullable, List.of());
        }

        static Column code(String id, Text title, Text description, boolean nullable, String... values) {
            return new Column(id, title, description, Type.CODE, 0, nullable, List.of(values));
        }

        static Column integer(String id, Text title, Text description) {
            return new Column(id, title, description, Type.INTEGER, 0, true, List.of());
        }

        static Column number(String id, Text title, Text description, int decimals) {
            return new Column(id, title, description, Type.NUMBER, decimals, true, List.of());
        }

        static Column share(String id, Text title, Text description) {
            return new Column(id, title, description, Type.SHARE, 0, true, List.of());
        }

        static Column bool(String id, Text title, Text description) {
            return new Column(id, title, description, Type.BOOLEAN, 0, false, List.of());
        }

        static Column status(String id, Text title, Text description) {
            return new Column(id, title, description, Type.STATUS, 0, false, List.of());
        }
    }

    /**
     * What a table is.
     *
     * @param id          the CSV file name without ".csv" and the schema definition's name
     * @param sheet       the workbook sheet's name (short: the synthetic label is added to it)
     * @param description what one row is
     * @param columns     the columns in order
     */
    record Definition(String id, Text sheet, Text description, List<Column> columns) {

        Definition {
            columns = List.copyOf(columns);
            for (int i = 0; i < columns.size(); i++) {
                for (int j = i + 1; j < columns.size(); j++) {
                    if (columns.get(i).id().equals(columns.get(j).id())) {
                        throw new IllegalArgumentException("Column " + columns.get(i).id() + " twice in " + id);
                    }
                }
            }
        }

        int index(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).id().equals(column)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("No column " + column + " in table " + id);
        }
    }

    /**
     * A number shown with its own decimals, in a column whose rows hold different measures.
     *
     * @param value    the value
     * @param decimals the decimals the workbook shows
     * @param percent  whether the workbook shows it as a percentage (the value is a share between 0 and 1)
     */
    record Decimal(double value, int decimals, boolean percent) {
    }

    /**
     * A row: the values in column order (null for an empty cell; String, Boolean, Long, Double or
     * {@link Decimal}) and, per column, the published counts a number rests on.
     */
    record Row(List<Object> values, List<List<CellRef>> sources) {
    }

    private final Definition definition;
    private final Language language;
    private final List<Row> rows = new ArrayList<>();
    private boolean syntheticSource;

    TidyTable(Definition definition, Language language) {
        this.definition = definition;
        this.language = language;
    }

    Definition definition() {
        return definition;
    }

    Language language() {
        return language;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The sheet name in the table's language, with the synthetic label when a row is synthetic. */
    String sheetName() {
        String name = definition.sheet().in(language);
        return synthetic() ? name + (language == Language.DA ? " (SYNTETISK)" : " (SYNTHETIC)") : name;
    }

    /** Marks a table as made from synthetic data even when it has no rows (an empty table of a synthetic report). */
    TidyTable fromSynthetic(boolean synthetic) {
        syntheticSource = synthetic;
        return this;
    }

    /** Whether the table is from synthetic data: marked so, or any row is marked synthetic (in a column named "synthetic"). */
    boolean synthetic() {
        int at = definition.columns().stream().map(Column::id).toList().indexOf("synthetic");
        return syntheticSource || at >= 0 && rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.values().get(at)));
    }

    /** Starts a row; {@link RowBuilder#add()} adds it when every column is set. */
    RowBuilder row() {
        return new RowBuilder();
    }

    /** Sets the columns of one row by id, checking each value against its column's type. */
    final class RowBuilder {

        private final Object[] values = new Object[definition.columns().size()];
        private final boolean[] set = new boolean[values.length];
        private final Map<Integer, List<CellRef>> sources = new LinkedHashMap<>();

        private RowBuilder() {
        }

        private RowBuilder put(String column, Object given, Type... allowed) {
            Object value = given instanceof String s && s.isEmpty() ? null : given;
            int i = definition.index(column);
            Column c = definition.columns().get(i);
            if (set[i]) {
                throw new IllegalStateException("Column " + column + " set twice in a row of " + definition.id());
            }
            if (!Arrays.asList(allowed).contains(c.type())) {
                throw new IllegalArgumentException("Column " + column + " of " + definition.id() + " is " + c.type());
            }
            if (value == null && !c.nullable()) {
                throw new IllegalArgumentException("Column " + column + " of " + definition.id() + " may not be empty");
            }
            if (value instanceof String s && c.type() == Type.CODE && !c.values().isEmpty() && !c.values().contains(s)) {
                throw new IllegalArgumentException("'" + s + "' is not a code of column " + column + " of " + definition.id());
            }
            values[i] = value;
            set[i] = true;
            return this;
        }

        /** A text or code, or empty (null or ""; a CSV file cannot tell them apart). */
        RowBuilder text(String column, String value) {
            return put(column, value, Type.TEXT, Type.CODE);
        }

        /** true or false. */
        RowBuilder bool(String column, boolean value) {
            return put(column, value, Type.BOOLEAN);
        }

        /** A whole number that is public (a population, a question number): no published count behind it. */
        RowBuilder integer(String column, Long value) {
            return put(column, value, Type.INTEGER);
        }

        /** A status of its own. */
        RowBuilder status(String column, Status status) {
            return put(column, status.code(), Type.STATUS);
        }

        /**
         * A published count into {@code column} and its status into {@code column + "_status"}: the number when
         * shown, an empty cell when suppressed.
         */
        RowBuilder count(String column, ReportCells.Cell cell) {
            if (cell == null) {
                put(column, null, Type.INTEGER);
                return put(column + "_status", Status.NOT_AVAILABLE.code(), Type.STATUS);
            }
            put(column, cell.shown() ? cell.count() : null, Type.INTEGER);
            sources.put(definition.index(column), List.of(cell.ref()));
            return put(column + "_status", Status.of(cell.status()).code(), Type.STATUS);
        }

        /** The share {@code count / n}, empty when either is suppressed or absent, or {@code n} is 0. */
        RowBuilder share(String column, ReportCells.Cell count, ReportCells.Cell n) {
            if (count == null || n == null || !count.shown() || !n.shown() || n.count() == 0) {
                return put(column, null, Type.SHARE);
            }
            sources.put(definition.index(column), List.of(count.ref(), n.ref()));
            return put(column, (double) count.count() / n.count(), Type.SHARE);
        }

        /**
         * A number resting on the given published counts (none for public figures); empty when NaN or
         * infinite. The caller shows it only when every count behind it may be shown.
         */
        RowBuilder number(String column, Double value, Collection<CellRef> resting) {
            Double v = value == null || !Double.isFinite(value) ? null : value;
            if (v != null && !resting.isEmpty()) {
                sources.put(definition.index(column), List.copyOf(resting));
            }
            return put(column, v, Type.NUMBER, Type.SHARE);
        }

        /**
         * A number shown with its own decimals, as a percentage when {@code percent} (in a column of mixed
         * measures); empty when null, NaN or infinite.
         */
        RowBuilder decimal(String column, Double value, int decimals, boolean percent, Collection<CellRef> resting) {
            if (value == null || !Double.isFinite(value)) {
                return put(column, null, Type.NUMBER);
            }
            if (!resting.isEmpty()) {
                sources.put(definition.index(column), List.copyOf(resting));
            }
            return put(column, new Decimal(value, decimals, percent), Type.NUMBER);
        }

        /** Adds the row. */
        void add() {
            for (int i = 0; i < set.length; i++) {
                if (!set[i]) {
                    throw new IllegalStateException("Column " + definition.columns().get(i).id() + " not set in a row of " + definition.id());
                }
            }
            List<List<CellRef>> perColumn = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                perColumn.add(sources.getOrDefault(i, List.of()));
            }
            rows.add(new Row(java.util.Collections.unmodifiableList(Arrays.asList(values.clone())), List.copyOf(perColumn)));
        }
    }

    @Override
    public String toString() {
        return definition.id() + " (" + rows.size() + " rows)";
    }
}
