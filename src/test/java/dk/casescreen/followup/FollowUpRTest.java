package dk.casescreen.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Location;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.RReference;
import dk.casescreen.stats.TestResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One comparison of two rounds, end to end, against R (src/test/R/followup.R on the fixed synthetic pair in
 * followup.input.csv, written by {@link FollowUpRInput}): the paired tests and their Holm adjustment, the
 * predictors (glm, Wald interval) and theirs, the band change with Wilson intervals, Cohen's kappa of the
 * cost trend and the cost change. Tolerance 1e-9 relative, 1e-6 for the logistic regressions: both fit by
 * iteratively reweighted least squares, stopped by different rules, and R's standard errors come from the
 * weights of its last iteration, not of the converged estimate, so the Wald limits differ by about 4e-8
 * relative while the odds ratios agree to 1e-9.
 */
class FollowUpRTest {

    private static final double TOLERANCE = 1e-9;
    private static final double GLM_TOLERANCE = 1e-6;
    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final RReference R = RReference.load("followup");
    private static RoundComparison comparison;
    private static int citizens;

    @BeforeAll
    static void compare() throws IOException {
        List<String> lines = Files.readAllLines(FollowUpRInput.FILE, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        assertEquals(FollowUpRInput.HEADER, header, "the columns of followup.input.csv");
        List<CaseRecord> first = new ArrayList<>();
        List<CaseRecord> second = new ArrayList<>();
        List<String> bands = SHEET.require("cost_band").codes();
        List<String> groups = SHEET.require("target_group").codes();
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), v[c]);
            }
            assertEquals(bands.size(), Integer.parseInt(row.get("bands")), line);
            assertEquals(bands.indexOf(row.get("band_1")) + 1, Integer.parseInt(row.get("band_pos_1")), line);
            assertEquals(bands.indexOf(row.get("band_2")) + 1, Integer.parseInt(row.get("band_pos_2")), line);
            assertEquals(groups.indexOf(row.get("target_group")) + 1, Integer.parseInt(row.get("target_group_pos")), line);
            first.add(record(row, 1, Rounds.FIRST, Map.of("target_group", row.get("target_group"),
                    "cost_trend", row.get("cost_trend"))));
            second.add(record(row, 2, Rounds.SECOND, Map.of("target_group", row.get("target_group"))));
        }
        citizens = first.size();
        comparison = FollowUp.of(List.of(new CaseTable(SHEET, first), new CaseTable(SHEET, second)),
                FollowUpOptions.defaults().withReplicates(100)).comparisons().getFirst();
    }

    private static CaseRecord record(Map<String, String> row, int round, java.time.LocalDate date, Map<String, String> more) {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("cost_band", new Answer.Choice(row.get("band_" + round)));
        for (String q : FollowUpRInput.QUESTIONS) {
            answers.put(q, answer(row.get(q + "_" + round)));
        }
        more.forEach((key, code) -> answers.put(key, answer(code)));
        String cost = row.get("cost_" + round);
        return new CaseRecord(row.get("municipality"), row.get("case_number"), Optional.of(date),
                cost.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(cost)), Optional.empty(), answers,
                new Location("followup.input.csv", Optional.empty(), round, Optional.empty()));
    }

    private static Answer answer(String code) {
        return code.isEmpty() ? Answer.NOT_ANSWERED : new Answer.Choice(code);
    }

    @Test
    void everyExportedCitizenIsLinked() {
        assertTrue(citizens > 300, "citizens " + citizens);
        assertEquals(citizens, comparison.linked());
        assertEquals(0, comparison.onlyFirst().count());
        assertEquals(0, comparison.onlySecond());
    }

    @Test
    void pairedTestsAndTheirHolmAdjustmentMatchR() {
        int compared = 0;
        for (PairedTest t : comparison.tests()) {
            if (R.has(t.id(), "p")) {
                TestResult r = t.result();
                R.assertClose(t.id(), "statistic", r.statistic(), TOLERANCE);
                R.assertClose(t.id(), "df", r.df(), TOLERANCE);
                R.assertClose(t.id(), "p", r.pValue(), TOLERANCE);
                R.assertClose(t.id(), "p_adjusted", t.pAdjusted(), TOLERANCE);
                compared++;
            } else {
                // Not exported: no citizen answered it, so it has no p-value and is outside the family, as in R.
                assertTrue(Double.isNaN(t.pValue()) && Double.isNaN(t.pAdjusted()), t.id() + " " + t.pValue());
            }
        }
        assertEquals(3 + FollowUpRInput.QUESTIONS.size(), compared);
    }

    @Test
    void predictorsAndTheirHolmAdjustmentMatchRsGlm() {
        int compared = 0;
        int fitted = 0;
        for (Predictor p : comparison.predictors()) {
            String id = "predictor_" + p.question();
            if (!R.has(id, "p")) {
                assertTrue(p.skipped().isPresent() && Double.isNaN(p.pAdjusted()), p.question());
                continue;
            }
            R.assertClose(id, "n", p.n(), TOLERANCE);
            R.assertClose(id, "exposed", p.exposed(), TOLERANCE);
            R.assertClose(id, "dearer", p.dearer(), TOLERANCE);
            R.assertClose(id, "estimate", p.estimate(), GLM_TOLERANCE);
            R.assertClose(id, "conf_low", p.confLow(), GLM_TOLERANCE);
            R.assertClose(id, "conf_high", p.confHigh(), GLM_TOLERANCE);
            R.assertClose(id, "p", p.pValue(), GLM_TOLERANCE);
            R.assertClose(id, "p_adjusted", p.pAdjusted(), GLM_TOLERANCE);
            assertEquals(Double.isNaN(R.value(id, "p")), p.skipped().isPresent(), p.question());
            fitted += p.skipped().isEmpty() ? 1 : 0;
            compared++;
        }
        assertEquals(FollowUpRInput.QUESTIONS.size(), compared);
        assertTrue(fitted >= 5 && fitted < compared, "fitted " + fitted + " of " + compared + ": the check covers a skipped question too");
    }

    @Test
    void bandChangeKappaAndCostChangeMatchR() {
        for (ChangeShare s : comparison.bandChange().shares()) {
            String id = "band_change_" + s.direction().code();
            R.assertClose(id, "count", s.count(), TOLERANCE);
            R.assertClose(id, "n", s.n(), TOLERANCE);
            R.assertClose(id, "estimate", s.estimate(), TOLERANCE);
            R.assertClose(id, "conf_low", s.confLow(), TOLERANCE);
            R.assertClose(id, "conf_high", s.confHigh(), TOLERANCE);
        }
        TestResult kappa = comparison.selfReport().orElseThrow().kappa();
        R.assertClose("kappa", "estimate", kappa.estimate(), TOLERANCE);
        R.assertClose("kappa", "statistic", kappa.statistic(), TOLERANCE);
        R.assertClose("kappa", "p", kappa.pValue(), TOLERANCE);
        R.assertClose("kappa", "conf_low", kappa.confLow(), TOLERANCE);
        R.assertClose("kappa", "conf_high", kappa.confHigh(), TOLERANCE);
        CostChange cost = comparison.annualCostChange().orElseThrow();
        R.assertClose("cost_change", "n", cost.n(), TOLERANCE);
        R.assertClose("cost_change", "median", cost.median(), TOLERANCE);
        R.assertClose("cost_change", "total", cost.total(), TOLERANCE);
    }
}
