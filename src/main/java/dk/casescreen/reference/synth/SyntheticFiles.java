package dk.casescreen.reference.synth;

import dk.casescreen.cases.CaseRecordsCsv;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The notice text, in Danish and English. */
    static String notice(SyntheticOptions o) {
        String effects = o.effects().isEmpty() ? "ingen / none" : o.effects().stream()
                .map(e -> e.questionKey() + "=" + String.join(",", e.codes().stream().sorted().toList()) + ":" + e.oddsRatio())
                .collect(Collectors.joining(", "));
        return String.join("\r\n", List.of(
                "SYNTETISKE DATA - ingen rigtige borgere, kommunerne er fiktive.",
                "SYNTHETIC DATA - no real citizens; the municipalities are fictional.",
                "",
                "Lavet af casescreen synth / made by casescreen synth:",
                "  seed " + o.seed() + ", " + o.cases() + " sager/cases, " + o.municipalities() + " kommuner/municipalities, "
                        + o.comparisonCases() + " sammenligningssager under 2 mio. kr./comparison cases below 2 mio. kr.",
                "  plantede effekter / planted effects: " + effects,
                "Kalibreret til de offentliggjorte tal fra screeningen i 2022 / calibrated to the published 2022 figures:",
                "  casescreen calibration",
                "")) ;
    }
}
