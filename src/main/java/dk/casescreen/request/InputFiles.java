package dk.casescreen.request;

import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.analysis.HypothesisSpecs;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.reference.Folk1a;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading the inputs the commands and the app share: extra municipalities, populations, extra hypotheses. */
public final class InputFiles {

    private InputFiles() {
    }

    /** The 98 Danish municipalities, plus those listed in {@code file} (code;name;region;aged_18_66) if given. */
    public static Municipalities registry(Path file) {
        return file == null ? Municipalities.known() : Municipalities.known().with(Municipalities.of(
                PopulationsCsv.readFile(file).stream().map(MunicipalityPopulation::municipality).toList()));
    }

    /** Populations from a FOLK1A export or a code;name;region;aged_18_66 file. */
    public static List<MunicipalityPopulation> populations(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        return text.contains(PopulationsCsv.HEADING) ? PopulationsCsv.readFile(file) : Folk1a.read(file).populations();
    }

    /** The built-in hypotheses (the slide's ten and the extra H11) followed by those in the given files. */
    public static List<HypothesisSpec> hypotheses(ScreeningSheet sheet, List<Path> extra) {
        List<HypothesisSpec> specs = HypothesisSpecs.builtIn(sheet);
        for (Path file : extra) {
            specs = HypothesisSpecs.concat(specs, HypothesisSpecs.load(file, sheet));
        }
        return specs;
    }
}
