package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.report.ReportDocument;
import dk.casescreen.report.ReportInput;
import dk.casescreen.report.TableExport;
import dk.casescreen.request.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casescreen export}: the report's tables as an Excel workbook and/or tidy CSV files for R and Power BI. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every table of the report as a sheet of an Excel workbook (--out) and/or as tidy CSV files (--csv).",
                "Same inputs and editions as report: counts the shared edition hides are empty cells with their status beside them.",
                "CSV: UTF-8, comma-separated, dot decimals, one file per table plus columns.csv (the data dictionary)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    private ReportOptions options;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "The workbook to write; its folder must exist.")
    private Path out;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "The folder to write the CSV files to; created if its parent folder exists.")
    private Path csv;

    @Option(names = "--force", description = "Replace the workbook or CSV files if they exist.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Language language = options.language();
        try {
            if (out == null && csv == null) {
                throw new IllegalArgumentException(language == Language.DA ? "angiv --out FIL.xlsx og/eller --csv MAPPE"
                        : "give --out FILE.xlsx and/or --csv DIR");
            }
            if (out != null) {
                OutputFile.check(out, force, language);
            }
            if (csv != null) {
                checkCsv(csv, force, language);
            }
            ReportInput input = options.input("export", err);
            TableExport export = TableExport.of(ReportDocument.prepare(input));
            if (out != null) {
                OutputFile.write(out, force, language, export::writeWorkbook);
                spec.commandLine().getOut().println(out);
            }
            if (csv != null) {
                export.writeCsv(csv, force);
                spec.commandLine().getOut().println(csv);
            }
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            return options.fail("export", translate(e, language), err);
        }
    }

    /** Checks before any work that the CSV folder can be made or written to, and that no file would be replaced without --force. */
    private static void checkCsv(Path dir, boolean force, Language language) throws OutputFile.OutputException {
        boolean da = language == Language.DA;
        Path folder = dir.toAbsolutePath();
        if (!Files.exists(folder)) {
            Path parent = folder.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new OutputFile.OutputException((da ? "mappen findes ikke: " : "the folder does not exist: ") + (parent == null ? dir : parent));
            }
            if (!Files.isWritable(parent)) {
                throw new OutputFile.OutputException((da ? "der kan ikke skrives i mappen: " : "cannot write in the folder: ") + parent);
            }
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new OutputFile.OutputException((da ? "er en fil, ikke en mappe: " : "is a file, not a folder: ") + dir);
        }
        for (String name : TableExport.csvFiles()) {
            OutputFile.check(dir.resolve(name), force, language);
        }
    }

    /** The library's file errors as the command's one-line messages naming the path. */
    private static Exception translate(Exception e, Language language) {
        boolean da = language == Language.DA;
        return switch (e) {
            case FileAlreadyExistsException f -> new OutputFile.OutputException((da ? "filen findes allerede (brug --force for at erstatte den): "
                    : "the file exists already (use --force to replace it): ") + f.getFile());
            case NoSuchFileException n -> new OutputFile.OutputException((da ? "mappen findes ikke: " : "the folder does not exist: ") + n.getFile());
            case NotDirectoryException n -> new OutputFile.OutputException((da ? "er en fil, ikke en mappe: " : "is a file, not a folder: ") + n.getFile());
            case AccessDeniedException a -> new OutputFile.OutputException((da ? "der kan ikke skrives: " : "cannot write: ") + a.getFile());
            default -> e;
        };
    }
}
