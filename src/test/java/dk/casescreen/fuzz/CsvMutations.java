package dk.casescreen.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Mutations of a CSV file's text, row by row and cell by cell: duplicated and deleted rows and
 * columns, huge cells, too many columns, formula cells, stray quotes, control characters, other line
 * ends and separators. Rows are split at line feeds and cells at semicolons, quotes or not: a
 * mutation need not respect the format it mutates.
 */
final class CsvMutations {

    /** Cell values a spreadsheet would take for a formula (CSV injection). */
    static final List<String> FORMULAS = List.of("=1+1", "+cmd", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://example.invalid\";\"klik\")");

    /** Every mutation, in the order the fuzz test cycles through them. */
    static final List<TextDraft.Named> ALL = List.of(
            new TextDraft.Named("duplicate row", CsvMutations::duplicateRow),
            new TextDraft.Named("delete row", CsvMutations::deleteRow),
            new TextDraft.Named("duplicate column", CsvMutations::duplicateColumn),
            new TextDraft.Named("delete column", CsvMutations::deleteColumn),
            new TextDraft.Named("amount and 32,000 spaces", (d, rng) -> setCell(d, rng, "2500000" + " ".repeat(32_000), "amount and 32,000 spaces")),
            new TextDraft.Named("cell of 40,000 characters", (d, rng) -> setCell(d, rng, "Ja" + "x".repeat(39_998), "cell of 40,000 characters")),
            new TextDraft.Named("16,385 columns", CsvMutations::tooManyColumns),
            new TextDraft.Named("formula cell", (d, rng) -> {
                String f = FORMULAS.get(rng.nextInt(FORMULAS.size()));
                setCell(d, rng, f, "formula " + f);
            }),
            new TextDraft.Named("stray quote", CsvMutations::strayQuote),
            new TextDraft.Named("control characters", CsvMutations::controlCharacters),
            new TextDraft.Named("other line ends", CsvMutations::lineEnds),
            new TextDraft.Named("other separator", CsvMutations::separator),
            new TextDraft.Named("first lines only", CsvMutations::firstLinesOnly),
            new TextDraft.Named("many blank rows", CsvMutations::blankRows));

    private CsvMutations() {
    }

    static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    /** A row index, never the empty piece after the last line feed when there is more than one piece. */
    static int anyRow(List<String> lines, RandomGenerator rng) {
        return rng.nextInt(Math.max(1, lines.size() - 1));
    }

    /** A data row when there is one, else the heading row. */
    static int dataRow(List<String> lines, RandomGenerator rng) {
        return lines.size() > 2 ? 1 + rng.nextInt(lines.size() - 2) : 0;
    }

    static void duplicateRow(TextDraft d, RandomGenerator rng) {
        List<String> lines = lines(d.text);
        int r = anyRow(lines, rng);
        int to = anyRow(lines, rng) + 1;
        lines.add(Math.min(to, lines.size()), lines.get(r));
        d.text = String.join("\n", lines);
        d.step("row " + (r + 1) + " again before row " + (to + 1));
    }

    static void deleteRow(TextDraft d, RandomGenerator rng) {
        List<String> lines = lines(d.text);
        int r = anyRow(lines, rng);
        lines.remove(r);
        d.text = String.join("\n", lines);
        d.step("delete row " + (r + 1));
    }

    static void duplicateColumn(TextDraft d, RandomGenerator rng) {
        List<String> lines = lines(d.text);
        int c = rng.nextInt(Math.max(1, lines.getFirst().split(";", -1).length));
        for (int r = 0; r < lines.size(); r++) {
            List<String> cells = new ArrayList<>(Arrays.asList(lines.get(r).split(";", -1)));
            if (c < cells.size() && !lines.get(r).isEmpty()) {
                cells.add(c + 1, cells.get(c));
                lines.set(r, String.join(";", cells));
            }
        }
        d.text = String.join("\n", lines);
        d.step("column " + (c + 1) + " again");
    }

    static void deleteColumn(TextDraft d, RandomGenerator rng) {
        List<String> lines = lines(d.text);
        int c = rng.nextInt(Math.max(1, lines.getFirst().split(";", -1).length));
        for (int r = 0; r < lines.size(); r++) {
            List<String> cells = new ArrayList<>(Arrays.asList(lines.get(r).split(";", -1)));
            if (c < cells.size()) {
                cells.remove(c);
                lines.set(r, String.join(";", cells));
            }
        }
        d.text = String.join("\n", lines);
        d.step("delete column " + (c + 1));
    }

    /** Sets one cell of a data row (or of the heading row when {@code heading}) to {@code value}. */
    static String setCell(TextDraft d, RandomGenerator rng, String value, String what, boolean heading) {
        List<String> lines = lines(d.text);
        int r = heading ? 0 : dataRow(lines, rng);
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(r).split(";", -1)));
        int c = rng.nextInt(cells.size());
        String old = cells.set(c, value);
        lines.set(r, String.join(";", cells));
        d.text = String.join("\n", lines);
        String where = "row " + (r + 1) + " column " + (c + 1);
        d.step(what + " at " + where);
        return where + (heading ? " (heading " + Names.shortly(old, 20) + ")" : "");
    }

    private static void setCell(TextDraft d, RandomGenerator rng, String value, String what) {
        setCell(d, rng, value, what, false);
    }

    static void tooManyColumns(TextDraft d, RandomGenerator rng) {
        List<String> lines = lines(d.text);
        int r = anyRow(lines, rng);
        lines.set(r, lines.get(r) + ";Ja".repeat(16_385));
        d.text = String.join("\n", lines);
        d.step("16,385 more columns in row " + (r + 1));
    }

    static void strayQuote(TextDraft d, RandomGenerator rng) {
        String[] forms = {"\"", "\"Ja", "Ja\"", "\"\"\"", "\"Ja\"x"};
        String form = forms[rng.nextInt(forms.length)];
        setCell(d, rng, form, "stray quote " + form);
    }

    static void controlCharacters(TextDraft d, RandomGenerator rng) {
        String[] forms = {"\u0000", "\u001b[2J\u001b[31m", "Ja\rNej", "\u2028", "\ufeff", "\u0007\u0008", "\ud800"};
        String form = forms[rng.nextInt(forms.length)];
        setCell(d, rng, form, "control characters " + Names.visible(form));
    }

    static void lineEnds(TextDraft d, RandomGenerator rng) {
        String[] forms = {"\r", "\r\n", "\r\r\n", "\n\n"};
        String form = forms[rng.nextInt(forms.length)];
        d.text = d.text.replace("\r\n", "\n").replace("\n", form);
        d.step("line ends " + Names.visible(form));
    }

    static void separator(TextDraft d, RandomGenerator rng) {
        String[] forms = {",", "\t", "|", ";;"};
        String form = forms[rng.nextInt(forms.length)];
        d.text = d.text.replace(";", form);
        d.step("separator " + Names.visible(form));
    }

    static void firstLinesOnly(TextDraft d, RandomGenerator rng) {
        List<String> lines = lines(d.text);
        int keep = rng.nextInt(3);
        d.text = String.join("\n", lines.subList(0, Math.min(keep, lines.size())));
        d.step("first " + keep + " lines only");
    }

    static void blankRows(TextDraft d, RandomGenerator rng) {
        List<String> lines = lines(d.text);
        int r = dataRow(lines, rng);
        String blank = rng.nextBoolean() ? "" : ";".repeat(40);
        lines.add(r, (blank + "\n").repeat(5_000));
        d.text = String.join("\n", lines);
        d.step("5,000 blank rows before row " + (r + 1));
    }
}
