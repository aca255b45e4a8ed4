package dk.casescreen.cli;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.DecisionRule;
import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.analysis.Profiles;
import dk.casescreen.cases.CaseLoadException;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.report.AnalysisJson;
import dk.casescreen.report.AnalysisText;
import dk.casescreen.request.InputFiles;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casescreen analyze}: profile, hypotheses, action opportunities and funnel plot of case files. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses case files (or, without files, the built-in SYNTHETIC reference data): who the citizens "
                + "are, the ten hypotheses tested, action opportunities and, with populations, the funnel plot.",
                "Prints a summary; --json writes the whole result."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|FOLDER", description = "Case files or folders (none: the reference data).")
    private List<Path> inputs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    private RoundOption round;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the analysis as JSON to FILE ('-' for standard output).")
    private String json;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = LanguageConverter.class,
            description = "Language of the summary (default: da).")
    private Language language;

    @Option(names = "--hypotheses", paramLabel = "FILE", description = "Add the hypotheses in FILE to the built-in ones (repeatable).")
    private List<Path> extraHypotheses = new ArrayList<>();

    @Option(names = "--adjust", defaultValue = "holm", paramLabel = "holm|bh", description = "Multiplicity adjustment (default: holm).")
    private String adjust;

    @Option(names = "--populations", paramLabel = "FILE",
            description = "Inhabitants aged 18–66 for the funnel plot: a FOLK1A export from Statistics Denmark, "
                    + "or code;name;region;aged_18_66.")
    private Path populations;

    @Option(names = "--municipalities", paramLabel = "FILE",
            description = "Also accept the municipalities in FILE (code;name;region;aged_18_66); also used as populations.")
    private Path municipalities;


    @Option(names = "--benchmark", paramLabel = "FILE",
            description = "Compare with the pooled benchmark in FILE (made by casescreen benchmark) instead of the published figures.")
    private Path benchmark;

    @Override
    public Integer call() {
        try {
            ScreeningSheet sheet = ScreeningSheet.builtIn();
            DecisionRule rule = switch (adjust.toLowerCase(java.util.Locale.ROOT)) {
                case "holm" -> DecisionRule.DEFAULT.withAdjustment(DecisionRule.Adjustment.HOLM);
                case "bh", "fdr", "benjamini-hochberg" -> DecisionRule.DEFAULT
                        .withAdjustment(DecisionRule.Adjustment.BENJAMINI_HOCHBERG);
                default -> throw new IllegalArgumentException("--adjust must be holm or bh, not " + adjust);
            };
            List<HypothesisSpec> specs = InputFiles.hypotheses(sheet, extraHypotheses);
            CaseTable cases;
            Optional<List<MunicipalityPopulation>> pops = Optional.empty();
            if (inputs.isEmpty()) {
                ReferenceData reference = ReferenceData.builtIn();
                cases = reference.cases();
                pops = Optional.of(reference.populations());
            } else {
                var loader = round.apply(Cases.files(inputs).municipalities(InputFiles.registry(municipalities)));
                if (municipalities != null) {
                    pops = Optional.of(PopulationsCsv.readFile(municipalities));
                }
                LoadResult loaded = loader.load();
                if (loaded.report().errorCount() > 0) {
                    spec.commandLine().getErr().println("casescreen analyze: " + loaded.report().rejected()
                            + " rows rejected (run casescreen validate to see why); analysing the "
                            + loaded.report().accepted() + " valid rows");
                }
                cases = loaded.cases();
                List<dk.casescreen.cases.ScreeningRound> dated = dk.casescreen.report.ReportBuilder.datedRounds(cases);
                if (dated.size() >= 2) {
                    // one citizen screened in several rounds must not be counted twice: analyse the latest round
                    cases = cases.inRound(dated.getLast());
                    spec.commandLine().getErr().println("casescreen analyze: " + (language == Language.DA
                            ? "data holder " + dated.size() + " screeningsrunder; analyserer den seneste ("
                            + dated.getLast().describe(language) + "). Se udviklingen mellem runderne med casescreen followup."
                            : "the data hold " + dated.size() + " screening rounds; analysing the latest ("
                            + dated.getLast().describe(language) + "). See the change between rounds with casescreen followup."));
                }
            }
            if (populations != null) {
                pops = Optional.of(InputFiles.populations(populations));
            }
            AnalysisOptions options = AnalysisOptions.defaults(sheet).withHypotheses(specs).withRule(rule);
            if (benchmark != null) {
                dk.casescreen.analysis.Benchmark b = dk.casescreen.analysis.BenchmarkJson.read(benchmark, sheet);
                options = options.withReference(dk.casescreen.analysis.Reference.benchmark(b));
                for (dk.casescreen.Text note : b.notes()) {
                    spec.commandLine().getErr().println("casescreen analyze: " + note.in(language));
                }
            }
            Analysis analysis = Analyses.run(cases, pops.map(options::withPopulations).orElse(options));
            if (json != null) {
                String text = AnalysisJson.render(analysis);
                if (json.equals("-")) {
                    spec.commandLine().getOut().print(text);
                    return ExitCodes.OK;
                }
                Files.writeString(Path.of(json), text, StandardCharsets.UTF_8);
            }
            spec.commandLine().getOut().print(AnalysisText.render(analysis, language));
            return ExitCodes.OK;
        } catch (dk.casescreen.analysis.BenchmarkException e) {
            spec.commandLine().getErr().println("casescreen analyze: " + e.describe(language));
            return ExitCodes.UNREADABLE;
        } catch (CaseLoadException e) {
            spec.commandLine().getErr().println("casescreen analyze: " + e.describe(language));
            return ExitCodes.UNREADABLE;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("casescreen analyze: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("casescreen analyze: cannot write " + json + ": " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
    }

}
