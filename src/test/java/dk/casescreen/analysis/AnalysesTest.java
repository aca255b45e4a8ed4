package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.report.AnalysisJson;
import dk.casescreen.report.AnalysisText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Analyses.run} takes the origin from the cases: the built-in synthetic data say so however they are passed. */
class AnalysesTest {

    @Test
    void runOnTheBuiltInSyntheticDataReportsThemSynthetic() {
        ReferenceData reference = ReferenceData.builtIn();
        CaseTable loaded = reference.cases();
        CaseTable rebuilt = new CaseTable(loaded.sheet(), List.copyOf(loaded.records()));
        CaseTable generated = new CaseTable(loaded.sheet(), new SyntheticGenerator(loaded.sheet())
                .generate(SyntheticOptions.defaults().withSeed(3).withMunicipalities(8).withCases(120)).records());
        for (CaseTable cases : List.of(loaded, rebuilt, generated)) {
            Analysis a = Analyses.run(cases, AnalysisOptions.defaults(cases.sheet()));
            assertEquals(DataOrigin.SYNTHETIC, a.origin());
            assertTrue(a.synthetic());
            assertTrue(AnalysisJson.render(a).contains("\"synthetic\" : true"), "the JSON says so");
            assertTrue(AnalysisText.render(a, Language.EN).startsWith("SYNTHETIC DATA"), "the text says so");
        }
        assertTrue(Analyses.synthetic().synthetic());
    }
}
