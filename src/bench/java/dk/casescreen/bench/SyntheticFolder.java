package dk.casescreen.bench;

import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A temporary folder with the SYNTHETIC data set of bench/run (seed 1, 99 fictional municipalities): the cases
 * CSV ({@link SyntheticFiles#CASES}) and the municipalities with their populations, for the benchmarks that
 * read files.
 */
public final class SyntheticFolder {

    private SyntheticFolder() {
    }

    /** Writes a data set of {@code cases} cases to a new temporary folder; returns the folder. */
    public static Path write(int cases) throws IOException {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        Path folder = Files.createTempDirectory("casescreen-bench");
        SyntheticFiles.write(new SyntheticGenerator(sheet).generate(new SyntheticOptions(1, cases, 99, 0, List.of())),
                sheet, folder);
        return folder;
    }

    /** Removes a folder {@link #write} made, with its files. */
    public static void remove(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }
}
