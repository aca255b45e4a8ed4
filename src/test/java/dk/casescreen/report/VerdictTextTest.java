package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.VerdictReason;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.PlantedEffect;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verdicts describe association, never cause, and name the adjusted interval and the family. */
class VerdictTextTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();

    /** The reference data, and data with a planted effect, so that every reason that can occur is rendered. */
    private static List<HypothesisResult> results() {
        List<HypothesisResult> all = new ArrayList<>(Analyses.synthetic().hypotheses());
        CaseTable planted = new CaseTable(SHEET, new SyntheticGenerator(SHEET).generate(new SyntheticOptions(101, 683, 47, 0,
                List.of(PlantedEffect.parse("provider_type=private:3.0"), PlantedEffect.parse("conviction=yes:0.4")))).records());
        Analysis a = Analyses.run(planted, AnalysisOptions.defaults(SHEET));
        all.addAll(a.hypotheses());
        return all;
    }

    @Test
    void verdictsDescribeAssociationNeverCause() {
        List<HypothesisResult> results = results();
        Set<VerdictReason> seen = EnumSet.noneOf(VerdictReason.class);
        VerdictText da = new VerdictText(Language.DA);
        VerdictText en = new VerdictText(Language.EN);
        for (HypothesisResult r : results) {
            seen.add(r.reason());
            String danish = da.verdict(r.verdict()) + " " + da.reason(r, Analyses.defaults(SHEET).rule());
            String english = (en.verdict(r.verdict()) + " " + en.reason(r, Analyses.defaults(SHEET).rule())).toLowerCase(Locale.ROOT);
            assertFalse(danish.contains("skyldes"), danish);
            for (String causal : List.of("drives", "causes", "because", "due to")) {
                assertFalse(english.contains(causal), english);
            }
            if (r.effect().isPresent()) {
                assertTrue(danish.contains("justeret for 11 hypoteser"), danish);
                assertTrue(english.contains("adjusted for 11 hypotheses"), english);
            }
        }
        assertTrue(seen.containsAll(EnumSet.of(VerdictReason.HIGHER_BAND_WITH_EXPOSURE, VerdictReason.EXPOSURE_TOO_RARE,
                VerdictReason.CANNOT_TELL)), "the sentences tested include " + seen);
        HypothesisResult supported = results.stream().filter(r -> r.reason() == VerdictReason.HIGHER_BAND_WITH_EXPOSURE)
                .findFirst().orElseThrow();
        assertTrue(da.reason(supported, Analyses.defaults(SHEET).rule()).contains("hænger sammen med et højere udgiftsniveau"));
        assertTrue(en.reason(supported, Analyses.defaults(SHEET).rule()).contains("is associated with a higher cost level")
                || en.reason(supported, Analyses.defaults(SHEET).rule()).contains("are associated with a higher cost level"));
    }

    @Test
    void theSnapshotNoteSaysWhatTheScreeningIsInBothLanguages() {
        String da = VerdictText.snapshotNote(Language.DA);
        String en = VerdictText.snapshotNote(Language.EN);
        assertTrue(da.contains("øjebliksbillede") && da.contains("selv udvalgte") && da.contains("2 mio. kr.")
                && da.contains("sammenhænge") && !da.contains("skyldes"), da);
        assertTrue(en.contains("snapshot") && en.contains("itself selected") && en.contains("2 mio. kr.")
                && en.contains("associations"), en);
        String rule = new VerdictText(Language.DA).ruleNote(Analyses.defaults(SHEET).rule(), 11);
        assertTrue(rule.contains("symmetrisk") && rule.contains("11 hypoteser") && rule.contains("99,5 %"), rule);
    }
}
