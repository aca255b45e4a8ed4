package dk.casescreen.reference.synth;

import dk.casescreen.cases.CaseRecordsCsv;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a synthetic data set to a folder: {@code cases.csv} (as Danish Excel writes CSV),
 * {@code municipalities.csv} (the fictional municipalities and their populations aged 18–66) and
 * {@code LÆS-MIG.txt}, which says that the data are synthetic and how they were made.
 */
public final class SyntheticFiles {

    /** The case file's name. */
    public static final String CASES = "cases.csv";
    /** The populations file's name. */
    public static final String MUNICIPALITIES = "municipalities.csv";
    /** The notice's name. */
    public static final String NOTICE = "LÆS-MIG.txt";

    private SyntheticFiles() {
    }

    /** Writes the three files into {@code folder}, creating it if needed, and returns the case file. */
    public static Path write(SyntheticDataSet data, ScreeningSheet sheet, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path cases = folder.resolve(CASES);
        try (Writer out = Files.newBufferedWriter(cases, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CaseRecordsCsv.write(data.records(), sheet, data.municipalities(), out);
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(MUNICIPALITIES), StandardCharsets.UTF_8)) {
            PopulationsCsv.write(data.populations(), out);
        }
        Files.writeString(folder.resolve(NOTICE), notice(data.options()), StandardCharsets.UTF_8);
        return cases;
    }

    /**
     * Writes linked rounds, one folder per round under {@code out}, named so that they sort in date order
     * ({@code runde-1-2022-10-03}, {@code runde-2-2023-10-03}, …; the number is zero-padded from 10 rounds),
     * each with the three files of {@link #write}; the notice also names the round and the transition model.
     *
     * @param rounds  the rounds as {@link SyntheticGenerator#generateRounds} gave them
     * @param options the round options they were generated with
     * @return the round folders, in date order
     * @throws IllegalArgumentException when the number of data sets is not {@code options.rounds()}
     */
    public static List<Path> writeRounds(List<SyntheticDataSet> rounds, RoundOptions options, ScreeningSheet sheet,
                                         Path out) throws IOException {
        if (rounds.size() != options.rounds()) {
            throw new IllegalArgumentException(rounds.size() + " data sets for " + options.rounds() + " rounds");
        }
        List<Path> folders = new ArrayList<>();
        for (int r = 1; r <= rounds.size(); r++) {
            Path folder = out.resolve(roundFolder(options, r));
            write(rounds.get(r - 1), sheet, folder);
            Files.writeString(folder.resolve(NOTICE), roundNotice(rounds.get(r - 1), options, r), StandardCharsets.UTF_8);
            folders.add(folder);
        }
        return folders;
    }

    /** The folder name of round {@code round}: {@code runde-N-YYYY-MM-DD}, N zero-padded to the width of the last round. */
    public static String roundFolder(RoundOptions options, int round) {
        int width = String.valueOf(options.rounds()).length();
        return "runde-" + ("%0" + width + "d").formatted(round) + "-" + options.screeningStart(round);
    }

    /** The notice text, in Danish and English. */
    static String notice(SyntheticOptions o) {
        return String.join("\r\n", lines(o, o.cases() + " sager/cases")) + "\r\n";
    }

    private static String roundNotice(SyntheticDataSet data, RoundOptions r, int round) {
        List<String> lines = new ArrayList<>(lines(data.options(), data.options().cases() + " sager/cases i runde 1/in round 1"));
        String progression = r.progression().isEmpty() ? "ingen / none" : describe(r.progression());
        lines.addAll(List.of(
                "Screeningsrunde " + round + " af " + r.rounds() + " / screening round " + round + " of " + r.rounds()
                        + ": " + data.records().size() + " sager/cases fra/from " + r.screeningStart(round) + ";",
                "  " + r.intervalMonths() + " måneder mellem runderne / months between rounds; plantet udvikling / planted progression: "
                        + progression + ";",
                "  sammenligningssager kun i runde 1 / comparison cases in round 1 only;",
                "  overgangsmodellen / the transition model: docs/synthetic-reference.md, \"Screening rounds\"",
                ""));
        return String.join("\r\n", lines);
    }

    private static List<String> lines(SyntheticOptions o, String cases) {
        String effects = o.effects().isEmpty() ? "ingen / none" : describe(o.effects());
        List<String> lines = new ArrayList<>(List.of(
                "SYNTETISKE DATA - ingen rigtige borgere, kommunerne er fiktive.",
                "SYNTHETIC DATA - no real citizens; the municipalities are fictional.",
                "",
                "Lavet af casescreen synth / made by casescreen synth:",
                "  seed " + o.seed() + ", " + cases + ", " + o.municipalities() + " kommuner/municipalities, "
                        + o.comparisonCases() + " sammenligningssager under 2 mio. kr./comparison cases below 2 mio. kr.",
                "  plantede effekter / planted effects: " + effects,
                "Kalibreret til de offentliggjorte tal fra screeningen i 2022 / calibrated to the published 2022 figures:",
                "  casescreen calibration"));
        if (!o.costEffects().isEmpty()) {
            lines.add(7, "  plantede udgiftseffekter (forhold i gennemsnitlig udgift) / planted cost effects (ratio of mean cost): "
                    + o.costEffects().stream().map(e -> e.questionKey() + "=" + String.join(",", e.codes().stream().sorted()
                            .toList()) + ":" + e.ratio()).collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static String describe(List<PlantedEffect> effects) {
        return effects.stream()
                .map(e -> e.questionKey() + "=" + String.join(",", e.codes().stream().sorted().toList()) + ":" + e.oddsRatio())
                .collect(Collectors.joining(", "));
    }
}
