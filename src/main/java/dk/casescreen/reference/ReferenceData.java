package dk.casescreen.reference;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The built-in reference data set: SYNTHETIC screening data of 683 cases from 47 fictional
 * municipalities, generated with a fixed seed ({@code casescreen synth} with its defaults) and
 * calibrated to the published figures of the 2022 screening, whose real cases are not public. It
 * ships inside the jar and is loaded through the ordinary loader, so it is validated like any file.
 *
 * @param load        the loaded cases and their validation report
 * @param populations the fictional municipalities and their populations aged 18–66
 */
public record ReferenceData(LoadResult load, List<MunicipalityPopulation> populations) {

    /** The label every output built on the reference data carries. */
    public static final String SYNTHETIC_LABEL_DA = "Syntetiske data";
    /** The label in English. */
    public static final String SYNTHETIC_LABEL_EN = "Synthetic data";
    /** The name the reference case file goes by in locations and messages. */
    public static final String CASES_NAME = "casescreen-reference/cases.csv";

    private static final String FOLDER = "/dk/casescreen/reference/synthetic/";

    /** Creates the record; the list is copied. */
    public ReferenceData {
        populations = List.copyOf(populations);
    }

    /** Loads the built-in reference data against the built-in sheet. */
    public static ReferenceData builtIn() {
        return load(ScreeningSheet.builtIn());
    }

    /** Loads the built-in reference data against {@code sheet}. */
    public static ReferenceData load(ScreeningSheet sheet) {
        List<MunicipalityPopulation> populations;
        try (InputStream in = resource("municipalities.csv")) {
            populations = PopulationsCsv.readUnchecked(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "municipalities.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Municipalities registry = Municipalities.of(populations.stream().map(MunicipalityPopulation::municipality).toList());
        Path copy = null;
        try (InputStream in = resource("cases.csv")) {
            copy = Files.createTempFile("casescreen-reference", ".csv");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            LoadResult load = Cases.csv(copy).named(CASES_NAME).screeningSheet(sheet).municipalities(registry).load();
            return new ReferenceData(load, populations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary copy of data that ships in the jar
                }
            }
        }
    }

    /** The reference cases. */
    public CaseTable cases() {
        return load.cases();
    }

    /** The fictional municipalities as a registry. */
    public Municipalities municipalities() {
        return Municipalities.of(populations.stream().map(MunicipalityPopulation::municipality).toList());
    }

    /** Opens one of the reference files shipped in the jar (cases.csv, municipalities.csv, LÆS-MIG.txt). */
    public static InputStream resource(String name) {
        InputStream in = ReferenceData.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("The reference data file " + name + " is missing from the jar");
        }
        return in;
    }
}
