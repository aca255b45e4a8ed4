package dk.casescreen.cli;

import dk.casescreen.reference.synth.PlantedCostEffect;
import dk.casescreen.reference.synth.PlantedEffect;
import dk.casescreen.reference.synth.RoundOptions;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code casescreen synth}: generates synthetic screening data calibrated to the published figures. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generates SYNTHETIC screening data (fictional municipalities, no real citizens) calibrated to "
                + "the published figures of the 2022 screening. The same options give byte-identical files.",
                "Writes cases.csv, municipalities.csv and LÆS-MIG.txt into the output folder; with --rounds, into one "
                + "folder per screening round (runde-1-2022-10-03, ...), the citizens linked by municipality and case number."})
final class SynthCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--seed", defaultValue = "" + SyntheticOptions.REFERENCE_SEED, description = "Seed (default: ${DEFAULT-VALUE}, the built-in reference).")
    private long seed;

    @Option(names = "--cases", defaultValue = "683", description = "Screened cases, 2 mio. kr. or more (default: ${DEFAULT-VALUE}).")
    private int cases;

    @Option(names = "--municipalities", defaultValue = "47", description = "Fictional municipalities, 1-99 (default: ${DEFAULT-VALUE}).")
    private int municipalities;

    @Option(names = "--comparison", defaultValue = "0", paramLabel = "N", description = "Comparison cases below 2 mio. kr. to add (default: ${DEFAULT-VALUE}).")
    private int comparison;

    @Option(names = "--effect", paramLabel = "QUESTION=CODE[,CODE]:OR",
            description = "Plant an effect on the cost band, e.g. provider_type=private:2.0 (repeatable).")
    private List<String> effects = new ArrayList<>();

    @Option(names = "--cost-effect", paramLabel = "QUESTION=CODE[,CODE]:RATIO",
            description = "Plant an effect on the annual cost: the exposed cases' cost is multiplied by RATIO (1-3) and "
                    + "their band follows, e.g. provider_type=private:1.3 (repeatable).")
    private List<String> costEffects = new ArrayList<>();

    @Option(names = "--rounds", paramLabel = "N",
            description = "Generate N >= 2 linked screening rounds, one folder each (default: one round).")
    private Integer rounds;

    @Option(names = "--interval-months", paramLabel = "M",
            description = "Months between the rounds, at least 1 (default: 12; needs --rounds).")
    private Integer intervalMonths;

    @Option(names = "--progression", paramLabel = "QUESTION=CODE[,CODE]:OR",
            description = "Plant an effect on becoming dearer between rounds, e.g. use_of_force=yes:2.0 (repeatable; needs --rounds).")
    private List<String> progression = new ArrayList<>();

    @Option(names = "--out", defaultValue = "synthetic", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        SyntheticOptions options;
        RoundOptions roundOptions = null;
        try {
            List<PlantedEffect> planted = effects.stream().map(PlantedEffect::parse).toList();
            options = new SyntheticOptions(seed, cases, municipalities, comparison, planted,
                    costEffects.stream().map(PlantedCostEffect::parse).toList());
            if (rounds == null && (intervalMonths != null || !progression.isEmpty())) {
                throw new IllegalArgumentException("--interval-months and --progression need --rounds");
            }
            if (rounds != null) {
                roundOptions = RoundOptions.defaults().withRounds(rounds)
                        .withIntervalMonths(intervalMonths == null ? RoundOptions.DEFAULTS.intervalMonths() : intervalMonths)
                        .withProgression(progression.stream().map(PlantedEffect::parse).toList());
            }
        } catch (IllegalArgumentException e) {
            return usage(e);
        }
        return roundOptions == null ? single(sheet, options) : rounds(sheet, options, roundOptions);
    }

    private Integer single(ScreeningSheet sheet, SyntheticOptions options) {
        SyntheticDataSet data;
        try {
            data = new SyntheticGenerator(sheet).generate(options);
        } catch (IllegalArgumentException e) {
            return usage(e);
        }
        try {
            Path written = SyntheticFiles.write(data, sheet, out);
            spec.commandLine().getOut().println("Syntetiske data / synthetic data: " + data.records().size()
                    + " sager/cases -> " + written);
            return ExitCodes.OK;
        } catch (IOException e) {
            return cannotWrite(e);
        }
    }

    private Integer rounds(ScreeningSheet sheet, SyntheticOptions options, RoundOptions roundOptions) {
        List<SyntheticDataSet> data;
        try {
            data = new SyntheticGenerator(sheet).generateRounds(options, roundOptions);
        } catch (IllegalArgumentException e) {
            return usage(e);
        }
        try {
            List<Path> folders = SyntheticFiles.writeRounds(data, roundOptions, sheet, out);
            for (int r = 0; r < folders.size(); r++) {
                spec.commandLine().getOut().println("Syntetiske data / synthetic data, runde/round " + (r + 1) + ": "
                        + data.get(r).records().size() + " sager/cases -> " + folders.get(r).resolve(SyntheticFiles.CASES));
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            return cannotWrite(e);
        }
    }

    private Integer usage(IllegalArgumentException e) {
        spec.commandLine().getErr().println("casescreen synth: " + e.getMessage());
        return ExitCodes.UNREADABLE;
    }

    private Integer cannotWrite(IOException e) {
        spec.commandLine().getErr().println("casescreen synth: cannot write " + out + ": " + e.getMessage());
        return ExitCodes.UNREADABLE;
    }
}
