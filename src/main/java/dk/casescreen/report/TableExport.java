package dk.casescreen.report;

import dk.casescreen.chart.Chart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a report for Excel, R and Power BI: key figures, the profile, the questions' denominators,
 * the hypotheses (verdicts, tests in long form, cost bands), the action opportunities (and, in the internal
 * edition, the own cases that have them) and the funnel plot. Each is one tidy table, written either as a
 * sheet of one workbook ({@link #writeWorkbook}) or as one CSV file ({@link #writeCsv}); both come from the
 * same tables, which take every count from the report's suppression plan: a count the shared report hides
 * is an empty cell here, with its status beside it. The columns are documented on the workbook's about
 * sheet, in {@code columns.csv} and in {@code data-schema/export-tables.schema.json}.
 */
public final class TableExport {

    private final ReportInput input;
    private final List<TidyTable> tables;
    private final TidyTable columns;
    private final List<String> notes;
    private final List<Chart> charts;

    private TableExport(ReportInput input, List<TidyTable> tables, TidyTable columns, List<String> notes, List<Chart> charts) {
        this.input = input;
        this.tables = tables;
        this.columns = columns;
        this.notes = notes;
        this.charts = charts;
    }

    /** The tables of a prepared report, in its language and edition. */
    public static TableExport of(ReportDocument document) {
        ReportContext ctx = document.context();
        ReportInput in = document.input();
        List<TidyTable> tables = ExportTables.tables(in, ctx);
        return new TableExport(in, tables, ExportTables.columns(in.language()), ExportTables.notes(in, ctx, tables), charts(in, ctx));
    }

    /** The report's charts in its order: the key profile questions, the money, each hypothesis, the funnel plot. */
    private static List<Chart> charts(ReportInput in, ReportContext ctx) {
        List<Chart> charts = new ArrayList<>(WhoSection.charts(in, ctx));
        CostCells.Numbers cost = CostCells.of(in, ctx);
        CostCharts.lorenz(ctx, cost).ifPresent(charts::add);
        CostCharts.perMunicipality(ctx, cost).ifPresent(charts::add);
        in.own().hypotheses().forEach(h -> charts.add(WhySection.chart(ctx, h)));
        VariationSection.chart(in, ctx).ifPresent(charts::add);
        FollowUpCells.of(in, ctx).filter(n -> n.comparison().comparable()).ifPresent(n -> {
            charts.add(FollowUpSection.flowChart(in, ctx, n));
            charts.add(FollowUpSection.changeChart(ctx, n));
        });
        return charts;
    }

    /** The names of the files {@link #writeCsv} writes: one per table and {@code columns.csv}, the data dictionary. */
    public static List<String> csvFiles() {
        List<String> names = new ArrayList<>();
        ExportTables.DEFINITIONS.forEach(d -> names.add(d.id() + ".csv"));
        names.add(ExportTables.COLUMNS.id() + ".csv");
        return names;
    }

    /**
     * Writes the workbook (.xlsx): an about sheet, one sheet per table, and a sheet with the report's charts
     * as native, editable Excel charts beside the numbers they draw. The stream is not closed.
     */
    public void writeWorkbook(OutputStream out) throws IOException {
        String title = notes.getFirst();
        TidyWorkbook.write(title, input.synthetic(), notes, columns, tables, charts, out);
    }

    /**
     * Writes one CSV file per table, and {@code columns.csv}, into {@code dir}; creates {@code dir} when its
     * parent folder exists. Every file is checked before any is written, and each is written to a temporary
     * name beside it (with the folder's usual permissions, so others who may read the folder may read the files)
     * and moved into place. Every table is written even when it has no rows (the case list in the
     * shared edition), so a shared export replaces an internal one completely.
     *
     * @throws NoSuchFileException        when neither the folder nor its parent exists
     * @throws NotDirectoryException      when {@code dir} is a file
     * @throws AccessDeniedException      when the folder cannot be written to
     * @throws FileAlreadyExistsException when a file exists and {@code force} is false
     */
    public void writeCsv(Path dir, boolean force) throws IOException {
        Path folder = dir.toAbsolutePath();
        if (!Files.exists(folder)) {
            Path parent = folder.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new NoSuchFileException(parent == null ? folder.toString() : parent.toString());
            }
            Files.createDirectory(folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        if (!Files.isWritable(folder)) {
            throw new AccessDeniedException(folder.toString());
        }
        if (!force) {
            for (String name : csvFiles()) {
                if (Files.exists(folder.resolve(name))) {
                    throw new FileAlreadyExistsException(folder.resolve(name).toString());
                }
            }
        }
        List<TidyTable> all = new ArrayList<>(tables);
        all.add(columns);
        for (TidyTable t : all) {
            Path file = folder.resolve(t.definition().id() + ".csv");
            Path partial = folder.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
            try {
                try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    TidyCsv.write(t, w);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    /** The data tables. */
    List<TidyTable> tables() {
        return tables;
    }

    /** The data dictionary. */
    TidyTable columns() {
        return columns;
    }

    /** The JSON Schema of the CSV files ({@code data-schema/export-tables.schema.json}). */
    static String schema() {
        List<TidyTable.Definition> all = new ArrayList<>(ExportTables.DEFINITIONS);
        all.add(ExportTables.COLUMNS);
        return TidySchema.json(all);
    }
}
