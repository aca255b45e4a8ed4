package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The loader contract for CSV (semicolon-separated UTF-8 with a byte-order mark, as Danish Excel
 * saves it), plus what only CSV has: other separators, Windows-1252, Danish amounts, quoting and
 * line ends.
 */
class CsvLoaderTest extends CaseLoaderContract {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    protected Path write(Path directory, String stem, List<List<String>> table) throws IOException {
        return TableFormat.CSV.write(directory, stem, table);
    }

    @Override
    protected CaseLoader loader(Path file) {
        return Cases.csv(file);
    }

    @Override
    protected long rowOf(int index) {
        return index + 2;
    }

    @Override
    protected Optional<String> worksheet() {
        return Optional.empty();
    }

    @Override
    protected String columnOf(int index, String heading) {
        return Integer.toString(index + 1);
    }

    private List<List<String>> twoCases() {
        return rows.table(List.of(rows.valid("1", 0), rows.valid("2", 1)));
    }

    private LoadResult loadCsv(List<List<String>> table, char separator, Charset charset, boolean bom, String lineEnd)
            throws IOException {
        Path file = dir.resolve("written.csv");
        TableFormat.writeCsv(file, table, separator, charset, bom, lineEnd);
        return Cases.csv(file).load();
    }

    @Test
    void readsCommaSeparatedFiles() throws IOException {
        LoadResult semicolons = loadCsv(twoCases(), ';', StandardCharsets.UTF_8, true, "\n");
        LoadResult commas = loadCsv(twoCases(), ',', StandardCharsets.UTF_8, false, "\n");

        assertEquals(List.of(), commas.report().problems());
        assertEquals(essences(semicolons), essences(commas));
    }

    @Test
    void readsTabSeparatedFiles() throws IOException {
        LoadResult semicolons = loadCsv(twoCases(), ';', StandardCharsets.UTF_8, true, "\n");
        LoadResult tabs = loadCsv(twoCases(), '\t', StandardCharsets.UTF_8, false, "\n");

        assertEquals(List.of(), tabs.report().problems());
        assertEquals(essences(semicolons), essences(tabs));
    }

    @Test
    void readsDanishLettersInWindows1252() throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(CaseRows.REMARK, "Bør flytte; pårørende ønsker ændring – Århus");
        row.put("gender", "Kvinde");
        row.put("cost_trend", "Uændret");
        row.put("function_trend", "Uændret");
        row.put("target_group", "Øvrige");
        row.put("welfare_technology", "Ved ikke");

        LoadResult result = loadCsv(rows.table(List.of(row)), ';', WINDOWS_1252, false, "\r\n");

        assertEquals(List.of(), result.report().problems(), "the Danish headings Årlig udgift and Bemærkning are read too");
        CaseRecord r = record(result, "1");
        assertEquals(Optional.of("Bør flytte; pårørende ønsker ændring – Århus"), r.remark());
        assertEquals(new Answer.Choice("female"), r.answer("gender"));
        assertEquals(new Answer.Choice("unchanged"), r.answer("cost_trend"));
        assertEquals(new Answer.Choice("unchanged"), r.answer("function_trend"));
        assertEquals(new Answer.Choice("other"), r.answer("target_group"));
    }

    @Test
    void readsDanishLettersInUtf8WithoutByteOrderMark() throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(CaseRows.REMARK, "pårørende");
        row.put("cost_trend", "Uændret");

        LoadResult result = loadCsv(rows.table(List.of(row)), ';', StandardCharsets.UTF_8, false, "\n");

        assertEquals(Optional.of("pårørende"), record(result, "1").remark());
        assertEquals(new Answer.Choice("unchanged"), record(result, "1").answer("cost_trend"));
    }

    @Test
    void readsDanishAmountsWithThousandsDotsAndDecimalComma() throws IOException {
        Map<String, String> danish = rows.valid("1", 0);
        danish.put(CaseRows.COST, "2.345.678,50");
        Map<String, String> withKr = rows.valid("2", 0);
        withKr.put(CaseRows.COST, "2 345 678,50 kr.");
        Map<String, String> plain = rows.valid("3", 0);
        plain.put(CaseRows.COST, "2345678.50");

        List.of(danish, withKr, plain).forEach(r -> r.put("cost_band", "band_2_0_2_5"));
        LoadResult result = load(List.of(danish, withKr, plain));

        assertEquals(List.of(), result.report().problems());
        for (String caseNumber : List.of("1", "2", "3")) {
            assertEquals(Optional.of(new BigDecimal("2345678.50")), record(result, caseNumber).annualCost(), caseNumber);
        }
        assertEquals(2345678.50, result.cases().table().doubleColumn("annual_cost").getDouble(0), 1e-9);
    }

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put(CaseRows.REMARK, "Første linje; med semikolon\nanden linje med \"citat\"");
        Map<String, String> next = rows.valid("2", 1);

        Path file = write(dir, "quoted", rows.table(List.of(row, next)));
        assertTrue(Files.readString(file).contains("\"Første linje; med semikolon\nanden linje med \"\"citat\"\"\""));
        LoadResult result = Cases.csv(file).load();

        assertEquals(List.of(), result.report().problems());
        assertEquals(Optional.of("Første linje; med semikolon\nanden linje med \"citat\""), record(result, "1").remark());
        assertEquals(new Answer.Choice("yes"), record(result, "1").answer("supplementary_tariff"),
                "the columns after the quoted field stay in place");
        assertEquals(3, record(result, "2").source().row(), "rows are counted as a spreadsheet shows them, not as lines");
    }

    @Test
    void readsWindowsLineEnds() throws IOException {
        Map<String, String> row = rows.valid("1", 0);
        row.put("supplementary_tariff", "Ved ikke");

        LoadResult lf = loadCsv(rows.table(List.of(row, rows.valid("2", 1))), ';', StandardCharsets.UTF_8, true, "\n");
        LoadResult crlf = loadCsv(rows.table(List.of(row, rows.valid("2", 1))), ';', StandardCharsets.UTF_8, true, "\r\n");

        assertEquals(List.of(), crlf.report().problems(), "no carriage return sticks to the last cell");
        assertEquals(essences(lf), essences(crlf));
        assertEquals(new Answer.Choice("dont_know"), record(crlf, "1").answer("supplementary_tariff"));
        assertEquals(List.of(2L, 3L), crlf.cases().records().stream().map(r -> r.source().row()).toList());
    }

    @Test
    void locatesProblemsByLineAndColumnNumber() throws IOException {
        Map<String, String> bad = rows.valid("B", 0);
        bad.put("conviction", "jaa");

        LoadResult result = load(List.of(rows.valid("G", 1), bad));

        Problem p = result.report().problems().getFirst();
        assertEquals(3, p.location().row());
        assertEquals(Optional.of(Integer.toString(new ArrayList<>(rows.header()).indexOf("conviction") + 1)),
                p.location().column());
    }
}
