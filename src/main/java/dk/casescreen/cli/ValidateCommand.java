package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadMode;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.ValidationJson;
import dk.casescreen.cases.ValidationText;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.request.OutputFile;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.sheet.SheetDefinitionException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;

/** {@code casescreen validate}: checks filled-in screening files and prints every problem, located. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks case files (.xlsx, .csv, .json, or folders of them) against the screening sheet.",
                "Exit codes: 0 clean, 1 problems found, 2 unreadable input."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "Files or folders to check.")
    private List<Path> inputs;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class, description = "Language of the report (default: da).")
    private Language language;

    @Option(names = "--json", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
            description = "Write the report as JSON to FILE, or to standard output without FILE.")
    private String json;

    @Option(names = "--strict", description = "Reject a whole file when any of its rows has an error.")
    private boolean strict;

    @Option(names = "--allow-warnings", description = "Exit 0 when there are warnings but no errors.")
    private boolean allowWarnings;

    @Option(names = "--worksheet", paramLabel = "NAME", description = "The worksheet to read in Excel files.")
    private String worksheet;

    @Option(names = "--municipalities", paramLabel = "FILE",
            description = "Also accept the municipalities in FILE (code;name;region;aged_18_66), e.g. the fictional ones of synthetic data.")
    private Path municipalities;

    @picocli.CommandLine.Mixin
    private RoundOption round;

    @Option(names = "--sheet-definition", paramLabel = "FILE",
            description = "A screening-sheet definition to use instead of the built-in one.")
    private Path sheetDefinition;

    @Override
    public Integer call() {
        boolean toFile = json != null && !json.equals("-");
        if (toFile) {
            try {
                OutputFile.check(Path.of(json), true, language);
            } catch (OutputFile.OutputException | InvalidPathException e) {
                spec.commandLine().getErr().println("casescreen: " + (language == Language.DA ? "kan ikke skrive " : "cannot write ")
                        + json + ": " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
        }
        LoadResult result;
        try {
            var loader = round.apply(Cases.files(inputs).mode(strict ? LoadMode.STRICT : LoadMode.LENIENT));
            if (sheetDefinition != null) {
                loader.screeningSheet(ScreeningSheet.load(sheetDefinition));
            }
            if (worksheet != null) {
                loader.sheet(worksheet);
            }
            if (municipalities != null) {
                loader.municipalities(Municipalities.known().with(Municipalities.of(PopulationsCsv.readFile(municipalities)
                        .stream().map(MunicipalityPopulation::municipality).toList())));
            }
            result = loader.load();
        } catch (CaseLoadException e) {
            spec.commandLine().getErr().println("casescreen: " + e.describe(language));
            if (json != null) {
                writeJson(out -> ValidationJson.writeFatal(e.problem(), out), w -> ValidationJson.writeFatal(e.problem(), w));
            }
            return ExitCodes.UNREADABLE;
        } catch (SheetDefinitionException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("casescreen: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        if (json != null) {
            LoadResult loaded = result;
            if (!writeJson(out -> ValidationJson.write(loaded.report(), out), w -> ValidationJson.write(loaded.report(), w))) {
                return ExitCodes.UNREADABLE;
            }
        }
        if (json == null || !json.equals("-")) {
            PrintWriter out = spec.commandLine().getOut();
            ValidationText.write(result, language, out);
            out.flush();
        }
        boolean errors = result.report().errorCount() > 0;
        boolean warnings = result.report().warningCount() > 0;
        return errors || (warnings && !allowWarnings) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /**
     * Streams the JSON document to standard output ({@code --json -}) or to the file, which is written
     * beside itself and moved into place only when complete ({@link OutputFile#write}), so that an
     * error or running out of memory never leaves half a report under the user's name.
     */
    private boolean writeJson(Consumer<OutputStream> toFile, Consumer<Writer> toStandardOutput) {
        if (json.equals("-")) {
            PrintWriter out = spec.commandLine().getOut();
            toStandardOutput.accept(out);
            out.flush();
            return true;
        }
        try {
            OutputFile.write(Path.of(json), true, language, toFile::accept);
            return true;
        } catch (IOException | UncheckedIOException | JacksonException e) {
            spec.commandLine().getErr().println("casescreen: " + (language == Language.DA ? "kan ikke skrive " : "cannot write ")
                    + json + ": " + e.getMessage());
            return false;
        }
    }
}
