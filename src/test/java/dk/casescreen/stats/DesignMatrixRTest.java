package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The raw-data entry points against R (src/test/R/design.R, R 4.2.2): {@link DesignMatrix#modelMatrix}
 * is R's {@code model.matrix(~ terms, data)} (column names, complete cases, every cell, at 1e-9) and
 * {@link ContingencyTable#of(String[], String[])} is R's {@code table(x, y)} (levels in C-locale order, NA
 * left out), on the data set design.input.csv.
 */
class DesignMatrixRTest {

    private static final RReference R = RReference.load("design");
    private static final Table DATA = read();

    private static Table read() {
        // from a Reader: Tablesaw's charset detection for files needs icu4j, which the library leaves out
        try (var in = Files.newBufferedReader(Path.of("src/test/resources/r-reference/design.input.csv"))) {
            return Table.read().usingOptions(CsvReadOptions.builder(in).missingValueIndicator("NA")
                    .columnTypes(new ColumnType[] {ColumnType.STRING, ColumnType.STRING, ColumnType.DOUBLE,
                        ColumnType.BOOLEAN, ColumnType.STRING}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void modelMatrixMatchesR() {
        check("sex_region_age", "sex", "region", "age");
        check("region", "region");
        check("smoker_age", "smoker", "age");
        check("band_sex", "band", "sex");
    }

    private static void check(String rCase, String... terms) {
        Table x = DesignMatrix.modelMatrix(DATA, terms);
        assertEquals(List.of(R.text(rCase, "names").split("\\|")), x.columnNames(), rCase);
        assertEquals((int) R.value(rCase, "nrow"), x.rowCount(), rCase);
        for (int i = 0; i < x.rowCount(); i++) {
            for (int j = 0; j < x.columnCount(); j++) {
                R.assertClose(rCase, "x." + (i + 1) + "." + (j + 1), x.doubleColumn(j).get(i), 1e-9);
            }
        }
    }

    @Test
    void tableOfTwoLabelVectorsMatchesR() {
        checkTable("region_sex", labels("region"), labels("sex"));
        checkTable("band_smoker", labels("band"), labels("smoker"));
    }

    private static void checkTable(String rCase, String[] x, String[] y) {
        ContingencyTable t = ContingencyTable.of(x, y);
        assertEquals(List.of(R.text(rCase, "rows").split("\\|")), t.rowLabels(), rCase);
        assertEquals(List.of(R.text(rCase, "columns").split("\\|")), t.columnLabels(), rCase);
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                assertEquals(R.value(rCase, "n." + (i + 1) + "." + (j + 1)), t.count(i, j), rCase);
            }
        }
        long missing = 0;
        for (int k = 0; k < x.length; k++) {
            missing += x[k] == null || y[k] == null ? 1 : 0;
        }
        assertEquals(missing, t.excludedCases());
        assertEquals(x.length, t.n() + t.excludedCases());
    }

    private static String[] labels(String column) {
        var c = DATA.column(column);
        String[] out = new String[DATA.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.isMissing(i) ? null : c.getString(i).toUpperCase().equals("TRUE") ? "TRUE"
                    : c.getString(i).toUpperCase().equals("FALSE") ? "FALSE" : c.getString(i);
        }
        return out;
    }

    @Test
    void givenLevelsKeepTheirOrderAndEmptyLevels() {
        ContingencyTable t = ContingencyTable.of(new String[] {"b", "a", null, "b"}, new String[] {"y", "x", "x", "y"},
                List.of("b", "a", "c"), List.of("x", "y"));
        assertEquals(List.of("b", "a", "c"), t.rowLabels());
        assertEquals(0, t.rowTotals()[2]);
        assertEquals(1, t.rowExclusions().notAnswered());
        assertEquals("x[2] = 'z' is not one of the levels b, a", assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(new String[] {"a", "z"}, new String[] {"x", "y"}, List.of("b", "a"),
                        List.of("x", "y"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContingencyTable.of(new String[] {"a"}, new String[] {"x", "y"}));
    }

    @Test
    void builderNamesTheBadValue() {
        DesignMatrix.Builder b = DesignMatrix.builder(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.factor("sex", List.of("F", "M"), new String[] {"F", "m"}));
        assertEquals("Row 2 of sex: 'm' is not one of its levels F, M", e.getMessage());
        DesignMatrix d = DesignMatrix.builder(3).factor("g", List.of("a", "b"), new String[] {"a", "b", null})
                .numeric("v", new double[] {1, 2, 3}).binaryOutcome("g", "b").predictors("v").build();
        assertEquals(2, d.n());
        assertEquals(1, d.dropped());
        assertEquals(List.of(0, 1), Arrays.stream(d.outcome()).boxed().toList());
    }
}
