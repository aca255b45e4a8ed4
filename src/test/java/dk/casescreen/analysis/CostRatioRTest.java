package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.RReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * One hypothesis's cost ratio through the whole analysis path against R: the screened cases of the
 * built-in synthetic reference data with an annual cost and a known exposure (cost, exposure, the
 * confounders' answer codes, empty for a missing or "Ved ikke" answer) are written to
 * {@code src/test/resources/r-reference/cost-ratio.input.csv} with the confounders' levels in sheet order
 * ({@code ./mvnw test -Dtest=CostRatioRTest -Dcasescreen.writeRInput=true}); {@code src/test/R/cost-ratio.R}
 * fits {@code glm(cost ~ exposure + confounders, family = Gamma(link = "log"))} on the complete cases.
 * The test fails when the data the analysis sees differ from the committed input.
 */
class CostRatioRTest {

    private static final ReferenceData REFERENCE = ReferenceData.builtIn();
    private static final CaseTable CASES = REFERENCE.cases();
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults(CASES.sheet());
    private static final Path INPUT = Path.of("src/test/resources/r-reference/cost-ratio.input.csv");

    /** The hypothesis checked: the one with the most confounders (the first of them). */
    private static HypothesisSpec spec() {
        HypothesisSpec best = OPTIONS.hypotheses().getFirst();
        for (HypothesisSpec s : OPTIONS.hypotheses()) {
            if (s.confounders().size() > best.confounders().size()) {
                best = s;
            }
        }
        return best;
    }

    private static List<String> input() {
        HypothesisSpec spec = spec();
        var band = CASES.column(HypothesisEngine.OUTCOME);
        CaseTable screened = CASES.rows(i -> !HypothesisEngine.BELOW_TWO_MIO.equals(band.code(i)));
        int[] exposure = Exposures.of(spec, CASES.sheet(), screened);
        List<String> lines = new ArrayList<>();
        lines.add("hypothesis," + spec.id());
        for (String key : spec.confounders()) {
            lines.add("levels:" + key + "," + String.join(";", CaseDesign.levels(CASES.sheet().require(key))));
        }
        lines.add("cost,exposure," + String.join(",", spec.confounders()));
        for (int i = 0; i < screened.size(); i++) {
            if (screened.annualCost(i).isEmpty() || exposure[i] == Exposures.UNKNOWN) {
                continue;
            }
            StringBuilder line = new StringBuilder(screened.annualCost(i).get().toPlainString())
                    .append(',').append(exposure[i] == Exposures.EXPOSED ? 1 : 0);
            for (String key : spec.confounders()) {
                Question q = CASES.sheet().require(key);
                String code = screened.column(key).code(i);
                line.append(',').append(code == null || q.isDontKnow(code) ? "" : code);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    @EnabledIfSystemProperty(named = "casescreen.writeRInput", matches = "true")
    void write() throws IOException {
        Files.write(INPUT, input());
    }

    @Test
    void theCostRatioOfTheAnalysisMatchesRsGlmGammaOnTheSameCases() throws IOException {
        assertEquals(Files.readAllLines(INPUT), input(), "the cases the analysis sees are those R saw");
        RReference r = RReference.load("cost-ratio");
        CostRatio ratio = CostAnalysis.of(CASES, OPTIONS).hypothesis(spec().id()).orElseThrow();
        assertTrue(ratio.skipped().isEmpty(), ratio.toString());
        String id = spec().id();
        assertEquals(r.value(id, "nobs"), ratio.n(), 0);
        for (String q : List.of("ratio", "conf.low", "conf.high", "p.value", "unexposed.mean", "difference",
                "difference.conf.low", "difference.conf.high")) {
            double expected = r.value(id, q);
            double actual = switch (q) {
                case "ratio" -> ratio.estimate();
                case "conf.low" -> ratio.confLow();
                case "conf.high" -> ratio.confHigh();
                case "p.value" -> ratio.pValue();
                case "unexposed.mean" -> ratio.unexposedMean();
                case "difference" -> ratio.difference();
                case "difference.conf.low" -> ratio.differenceConfLow();
                default -> ratio.differenceConfHigh();
            };
            assertEquals(expected, actual, 1e-6 * Math.abs(expected), q);
        }
    }
}
