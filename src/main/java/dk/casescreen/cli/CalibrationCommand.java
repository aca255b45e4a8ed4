package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.Calibration;
import dk.casescreen.reference.CalibrationText;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casescreen calibration}: the synthetic data next to the published figures. */
@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = "Prints the calibration table: every published figure next to the share in the SYNTHETIC "
                + "data with its 95%% interval. Without options: the built-in reference data.")
final class CalibrationCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--seed", description = "Generate with this seed instead of using the built-in reference.")
    private Long seed;

    @Option(names = "--cases", defaultValue = "683", description = "Cases to generate with --seed (default: ${DEFAULT-VALUE}).")
    private int cases;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class, description = "Language (default: da).")
    private Language language;

    @Override
    public Integer call() {
        CaseTable table;
        String what;
        if (seed == null) {
            table = ReferenceData.builtIn().cases();
            what = language == Language.DA ? "indbygget reference" : "built-in reference";
        } else {
            ScreeningSheet sheet = ScreeningSheet.builtIn();
            var data = new SyntheticGenerator(sheet).generate(new SyntheticOptions(seed, cases, 47, 0, List.of()));
            table = new CaseTable(sheet, data.records());
            what = "seed " + seed + ", " + cases + (language == Language.DA ? " sager" : " cases");
        }
        spec.commandLine().getOut().print(CalibrationText.render(Calibration.table(table), what, language));
        return ExitCodes.OK;
    }
}
