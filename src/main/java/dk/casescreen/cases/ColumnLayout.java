package dk.casescreen.cases;

import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which column of a file holds which field or question, found from its heading row; the
 * headings that meant nothing are kept so they can be reported.
 */
final class ColumnLayout {

    private static final int HEADER_SEARCH_ROWS = 20;

    private final long headerRow;
    private final Map<String, Integer> fieldColumns = new HashMap<>();
    private final Map<String, Integer> questionColumns = new HashMap<>();
    private final List<Integer> unknownColumns = new ArrayList<>();
    private final List<String> unknownHeadings = new ArrayList<>();

    private ColumnLayout(long headerRow) {
        this.headerRow = headerRow;
    }

    /**
     * Reads rows until the heading row: the first non-blank row, among the first 20, in which
     * both the municipality and the case number have a column. Every cell passed is checked for
     * CPR numbers.
     */
    static ColumnLayout find(RowReader reader, HeaderResolver resolver) {
        int seen = 0;
        for (RawRow row = reader.next(); row != null; row = reader.next()) {
            if (row.isBlank()) {
                continue;
            }
            new CprGuard(reader).check(row);
            ColumnLayout layout = tryRow(reader, row, resolver);
            if (layout != null) {
                return layout;
            }
            if (++seen >= HEADER_SEARCH_ROWS) {
                break;
            }
        }
        throw new CaseLoadException(Rule.NO_HEADER.problem(reader.location(), null, null, HEADER_SEARCH_ROWS));
    }

    private static ColumnLayout tryRow(RowReader reader, RawRow row, HeaderResolver resolver) {
        ColumnLayout layout = new ColumnLayout(row.number());
        Map<String, Integer> seenTargets = new HashMap<>();
        Problem duplicate = null;
        for (int c = 0; c < row.cells().length; c++) {
            String heading = row.cell(c);
            if (CprDetector.isCprHeading(heading)) {
                throw new CaseLoadException(Rule.CPR_COLUMN.problem(
                        reader.location().atRow(row.number()).atColumn(reader.columnName(c)), null, null));
            }
            var target = resolver.resolve(heading);
            if (target.isEmpty()) {
                if (!dk.casescreen.sheet.Tokens.isBlank(heading)) {
                    layout.unknownColumns.add(c);
                    layout.unknownHeadings.add(heading.strip());
                }
                continue;
            }
            HeaderResolver.Target t = target.get();
            Integer earlier = seenTargets.putIfAbsent(t.describe(), c);
            if (earlier != null) {
                // only an error if this row turns out to be the heading row; a data or title row may repeat
                if (duplicate == null) {
                    duplicate = Rule.DUPLICATE_COLUMN.problem(reader.location().atRow(row.number()),
                            t.isQuestion() ? "q" + t.question().number() + " " + t.question().key() : null, null,
                            reader.columnName(earlier), reader.columnName(c), t.describe());
                }
                continue;
            }
            if (t.isQuestion()) {
                layout.questionColumns.put(t.question().key(), c);
            } else {
                layout.fieldColumns.put(t.fieldKey(), c);
            }
        }
        boolean isHeader = layout.fieldColumns.containsKey(dk.casescreen.sheet.RecordField.MUNICIPALITY)
                && layout.fieldColumns.containsKey(dk.casescreen.sheet.RecordField.CASE_NUMBER);
        if (isHeader && duplicate != null) {
            throw new CaseLoadException(duplicate);
        }
        return isHeader ? layout : null;
    }

    /**
     * Whether a row below the heading row is a second heading row (a sheet may carry both question
     * numbers and wording): at least two non-blank cells, each naming what its column already holds.
     */
    boolean isRepeatedHeading(RawRow row, HeaderResolver resolver) {
        int named = 0;
        for (int c = 0; c < row.cells().length; c++) {
            String cell = row.cell(c);
            if (dk.casescreen.sheet.Tokens.isBlank(cell)) {
                continue;
            }
            var target = resolver.resolve(cell);
            if (target.isEmpty()) {
                return false;
            }
            HeaderResolver.Target t = target.get();
            Integer expected = t.isQuestion() ? questionColumns.get(t.question().key()) : fieldColumns.get(t.fieldKey());
            if (expected == null || expected != c) {
                return false;
            }
            named++;
        }
        return named >= 2;
    }

    /** Whether every non-blank cell of the row is in the municipality column. */
    boolean holdsOnlyMunicipality(RawRow row) {
        Integer municipality = fieldColumns.get(dk.casescreen.sheet.RecordField.MUNICIPALITY);
        for (int c = 0; c < row.cells().length; c++) {
            if ((municipality == null || c != municipality) && !dk.casescreen.sheet.Tokens.isBlank(row.cell(c))) {
                return false;
            }
        }
        return true;
    }

    long headerRow() {
        return headerRow;
    }

    OptionalInt field(String key) {
        Integer c = fieldColumns.get(key);
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    OptionalInt question(Question q) {
        Integer c = questionColumns.get(q.key());
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    List<Integer> unknownColumns() {
        return unknownColumns;
    }

    List<String> unknownHeadings() {
        return unknownHeadings;
    }
}
