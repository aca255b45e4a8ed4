package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.cases.Municipality;
import dk.casescreen.excel.TemplateOptions;
import dk.casescreen.request.FillInTemplate;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.sheet.SheetDefinitionException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casescreen template}: writes the Excel workbook a municipality fills in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the fill-in workbook (.xlsx) generated from the screening sheet: instructions, one row "
                + "per case with drop-down lists, validation and help on every heading.")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The workbook to write, e.g. screening.xlsx.")
    private Path out;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class,
            description = "Language of the workbook (default: da).")
    private Language language;

    @Option(names = "--municipality", paramLabel = "NAME", description = "Fill in this municipality on every row.")
    private String municipality;

    @Option(names = "--cases", defaultValue = "" + TemplateOptions.DEFAULT_ROWS, paramLabel = "N",
            description = "Prepared case rows (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--sheet-definition", paramLabel = "FILE",
            description = "A screening-sheet definition to use instead of a built-in one (overrides --sheet-version).")
    private Path sheetDefinition;

    @Option(names = "--sheet-version", paramLabel = "VERSION",
            description = "The built-in sheet version: 2.0.0 (the default, for screenings from 1 July 2024; "
                    + "q27/q28 retired) or 1.0.0 (the sheet of the 2022 screening).")
    private String sheetVersion;

    @Override
    public Integer call() {
        Municipalities registry = Municipalities.danish();
        Optional<String> name = Optional.empty();
        if (municipality != null) {
            Optional<Municipality> found = registry.find(municipality);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("casescreen template: '" + municipality + "' is not a Danish municipality");
                return ExitCodes.UNREADABLE;
            }
            name = Optional.of(found.get().name());
        }
        try {
            ScreeningSheet sheet = sheetDefinition != null ? ScreeningSheet.load(sheetDefinition)
                    : sheetVersion != null ? ScreeningSheet.builtIn(sheetVersion) : FillInTemplate.defaultSheet();
            TemplateOptions options = new TemplateOptions(language, name, rows);
            try (OutputStream stream = Files.newOutputStream(out)) {
                FillInTemplate.write(sheet, options, stream);
            }
            spec.commandLine().getOut().println(out);
            return ExitCodes.OK;
        } catch (SheetDefinitionException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("casescreen template: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("casescreen template: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }
}
