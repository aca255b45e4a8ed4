package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.Concentration;
import dk.casescreen.stats.ModelFit;
import dk.casescreen.stats.Models;
import dk.casescreen.stats.Resampling;
import dk.casescreen.stats.TestResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostAnalysisTest {

    private static final ReferenceData REFERENCE = ReferenceData.builtIn();
    private static final CaseTable CASES = REFERENCE.cases();
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults(CASES.sheet()).withPopulations(REFERENCE.populations());
    private static final CostAnalysis COST = CostAnalysis.of(CASES, OPTIONS);

    private static List<CaseRecord> screenedRecords(CaseTable cases) {
        return cases.records().stream()
                .filter(r -> !HypothesisEngine.BELOW_TWO_MIO.equals(r.code(HypothesisEngine.OUTCOME).orElse(null))).toList();
    }

    @Test
    void theTotalIsTheExactSumOfTheInputAmountsOverallAndPerMunicipality() {
        List<CaseRecord> screened = screenedRecords(CASES);
        BigDecimal sum = screened.stream().flatMap(r -> r.annualCost().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
        long withCost = screened.stream().filter(r -> r.annualCost().isPresent()).count();
        assertTrue(withCost > 100, "the reference data carry annual costs");
        assertEquals(0, sum.compareTo(COST.overall().total()), COST.overall().total() + " vs " + sum);
        assertEquals(screened.size(), COST.overall().cases());
        assertEquals(withCost, COST.overall().count());
        assertEquals(screened.size() - withCost, COST.overall().missing());
        BigDecimal perMunicipality = COST.byMunicipality().values().stream().map(CostSummary::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(perMunicipality));
        for (Map.Entry<String, CostSummary> e : COST.byMunicipality().entrySet()) {
            BigDecimal own = screened.stream().filter(r -> r.municipalityCode().equals(e.getKey()))
                    .flatMap(r -> r.annualCost().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, own.compareTo(e.getValue().total()), e.getKey());
        }
    }

    @Test
    void theCountsByAnswerSumToTheCasesWithACostThatAnsweredWithAnOption() {
        List<CaseRecord> screened = screenedRecords(CASES);
        for (Question q : CASES.sheet().questions()) {
            if (!q.type().isChoice()) {
                assertTrue(COST.byAnswer(q.key()).isEmpty(), q.key());
                continue;
            }
            long expected = screened.stream().filter(r -> r.annualCost().isPresent()
                    && r.answer(q.key()) instanceof Answer.Choice(String code) && q.codes().contains(code)).count();
            List<CostSummary> groups = COST.byAnswer(q.key());
            assertEquals(q.codes(), groups.stream().map(CostSummary::group).toList());
            assertEquals(expected, groups.stream().mapToLong(CostSummary::count).sum(), q.key());
            BigDecimal total = screened.stream().filter(r -> r.annualCost().isPresent()
                    && r.answer(q.key()) instanceof Answer.Choice(String code) && q.codes().contains(code))
                    .map(r -> r.annualCost().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, total.compareTo(groups.stream().map(CostSummary::total).reduce(BigDecimal.ZERO, BigDecimal::add)), q.key());
        }
    }

    @Test
    void aGroupsIntervalIsResamplingsBcaIntervalOfItsAmountsInAscendingOrder() {
        CostSummary group = COST.byAnswer().stream().filter(s -> s.count() >= 20 && s.count() <= CostStatistics.LARGE)
                .findFirst().orElseThrow();
        double[] amounts = screenedRecords(CASES).stream().filter(r -> r.annualCost().isPresent()
                        && group.group().equals(r.code(group.scope()).orElse(null)))
                .mapToDouble(r -> r.annualCost().get().doubleValue()).sorted().toArray();
        TestResult expected = Resampling.meanInterval(amounts, 2000, 14, 0.95);
        assertEquals(expected.estimate(), group.estimate(), 1e-9 * expected.estimate());
        assertEquals(expected.confLow(), group.confLow(), 0);
        assertEquals(expected.confHigh(), group.confHigh(), 0);
        assertTrue(group.method().contains("BCa") && group.method().contains("seed 14"), group.method());
        assertTrue(group.confLow() < group.estimate() && group.estimate() < group.confHigh());
    }

    @Test
    void quartilesAreRsType7AndSmallGroupsHaveNoIntervalWithTheReason() {
        // R: quantile(c(1, 2, 3, 4, 10)) gives 2, 3, 4 at 25 %, 50 %, 75 %; quantile(c(1, 2, 3, 4)) gives 1.75, 2.5, 3.25
        CostSummary five = CostProfiles.summary("s", "g", 5, new double[] {1, 2, 3, 4, 10}, BigDecimal.valueOf(20));
        assertEquals(List.of(2.0, 3.0, 4.0), List.of(five.q1(), five.median(), five.q3()));
        CostSummary four = CostProfiles.summary("s", "g", 4, new double[] {1, 2, 3, 4}, BigDecimal.TEN);
        assertEquals(List.of(1.75, 2.5, 3.25), List.of(four.q1(), four.median(), four.q3()));
        CostSummary two = CostProfiles.summary("s", "g", 3, new double[] {1, 2}, BigDecimal.valueOf(3));
        assertEquals(1.5, two.estimate());
        assertTrue(Double.isNaN(two.confLow()) && Double.isNaN(two.confHigh()));
        assertTrue(two.method().contains("fewer than 3"), two.method());
        assertEquals(1, two.missing());
    }

    @Test
    void largeGroupsGetTheTIntervalAndTheJackknifeGiniInterval() {
        double[] x = new double[CostStatistics.LARGE + 1];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = 2e6 * Math.exp(random.nextGaussian());
        }
        TestResult mean = CostStatistics.meanInterval(x);
        double m = Arrays.stream(x).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
        double t = org.apache.commons.statistics.distribution.TDistribution.of(x.length - 1).inverseCumulativeProbability(0.975);
        assertEquals(m - t * sd / Math.sqrt(x.length), mean.confLow(), 1e-9 * m);
        assertTrue(mean.method().contains("t interval"), mean.method());
        TestResult gini = CostStatistics.giniInterval(x);
        assertEquals(Concentration.gini(x), gini.estimate(), 1e-12);
        // the O(n) leave-one-out values against the direct ones
        double[] loo = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] without = new double[x.length - 1];
            System.arraycopy(x, 0, without, 0, i);
            System.arraycopy(x, i + 1, without, i, x.length - 1 - i);
            loo[i] = Concentration.gini(without);
        }
        double lm = Arrays.stream(loo).average().orElseThrow();
        double se = Math.sqrt((x.length - 1.0) / x.length * Arrays.stream(loo).map(g -> (g - lm) * (g - lm)).sum());
        assertEquals(gini.estimate() - 1.959963984540054 * se, gini.confLow(), 1e-9);
        assertTrue(gini.method().contains("jackknife"), gini.method());
    }

    @Test
    void aCostRatioIsTheGammaFitOfTheSameDesignBuiltByHand() {
        CaseTable screened = CASES.rows(i -> !HypothesisEngine.BELOW_TWO_MIO.equals(CASES.column(HypothesisEngine.OUTCOME).code(i)));
        HypothesisSpec spec = OPTIONS.hypotheses().stream().filter(s -> !s.confounders().isEmpty()).findFirst().orElseThrow();
        int[] exposure = Exposures.of(spec, CASES.sheet(), screened);
        List<double[]> rows = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        for (String key : spec.confounders()) {
            levels.add(CaseDesign.levels(CASES.sheet().require(key)));
        }
        List<String[]> codes = new ArrayList<>();
        for (int i = 0; i < screened.size(); i++) {
            if (screened.annualCost(i).isEmpty() || exposure[i] == Exposures.UNKNOWN) {
                continue;
            }
            String[] c = new String[spec.confounders().size()];
            boolean complete = true;
            for (int k = 0; k < c.length; k++) {
                c[k] = screened.column(spec.confounders().get(k)).code(i);
                complete &= c[k] != null && levels.get(k).contains(c[k]);
            }
            if (complete) {
                codes.add(c);
                y.add(screened.annualCost(i).get().doubleValue());
                rows.add(new double[] {exposure[i] == Exposures.EXPOSED ? 1 : 0});
            }
        }
        // treatment coding with the first level present as reference, levels nobody has dropped
        List<String> names = new ArrayList<>(List.of("exposure"));
        List<double[]> x = new ArrayList<>(rows);
        for (int k = 0; k < levels.size(); k++) {
            final int kk = k;
            List<String> present = levels.get(k).stream().filter(l -> codes.stream().anyMatch(c -> c[kk].equals(l))).toList();
            for (String level : present.subList(1, present.size())) {
                names.add(spec.confounders().get(k) + level);
                for (int i = 0; i < x.size(); i++) {
                    double[] old = x.get(i);
                    double[] grown = Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = codes.get(i)[k].equals(level) ? 1 : 0;
                    x.set(i, grown);
                }
            }
        }
        ModelFit fit = Models.gamma(y.stream().mapToDouble(Double::doubleValue).toArray(), x.toArray(double[][]::new), names);
        CostRatio ratio = COST.hypothesis(spec.id()).orElseThrow();
        assertTrue(ratio.skipped().isEmpty(), ratio.toString());
        double expected = fit.coefficient("exposure").ratio();
        assertEquals(expected, ratio.estimate(), 1e-9 * expected);
        assertEquals(fit.coefficient("exposure").confLow(), ratio.confLow(), 1e-9 * expected);
        assertEquals(fit.coefficient("exposure").pValue(), ratio.pValue(), 1e-9);
        assertEquals(y.size(), ratio.n());
        double unexposed = 0;
        int count = 0;
        for (int i = 0; i < y.size(); i++) {
            if (rows.get(i)[0] == 0) {
                unexposed += y.get(i);
                count++;
            }
        }
        double base = unexposed / count;
        assertEquals((expected - 1) * base, ratio.difference(), 1e-6 * base);
        assertEquals((ratio.confHigh() - 1) * base, ratio.differenceConfHigh(), 1e-6 * base);
    }

    @Test
    void theCostRatiosAreHolmAdjustedAcrossTheHypotheses() {
        double[] p = COST.ratios().stream().mapToDouble(CostRatio::pValue).toArray();
        double[] holm = dk.casescreen.stats.Multiplicity.holm(p);
        for (int i = 0; i < p.length; i++) {
            assertEquals(holm[i], COST.ratios().get(i).pAdjusted(), 0, COST.ratios().get(i).hypothesis());
        }
        assertEquals(OPTIONS.hypotheses().size(), COST.ratios().size());
    }

    @Test
    void aRatioWithTooFewCasesInAnArmIsSkippedWithTheReason() {
        CaseTable few = CASES.rows(i -> i < 30);
        CostAnalysis c = CostAnalysis.of(few, OPTIONS);
        assertTrue(c.ratios().stream().anyMatch(r -> r.skipped().isPresent()
                && r.skipped().get().contains("fewer than 5") && Double.isNaN(r.estimate())), c.ratios().toString());
    }

    @Test
    void missingCostsAreImputedByTheBandMeanAndCountedPerMunicipality() {
        String municipality = CASES.municipalityCode(0);
        List<CaseRecord> changed = new ArrayList<>();
        int removed = 0;
        for (CaseRecord r : CASES.records()) {
            boolean drop = r.municipalityCode().equals(municipality) && r.annualCost().isPresent() && removed < 3
                    && !HypothesisEngine.BELOW_TWO_MIO.equals(r.code(HypothesisEngine.OUTCOME).orElse(null));
            removed += drop ? 1 : 0;
            changed.add(drop ? new CaseRecord(r.municipalityCode(), r.caseNumber(), r.screeningDate(), Optional.empty(),
                    r.remark(), r.answers(), r.source()) : r);
        }
        CaseTable table = new CaseTable(CASES.sheet(), changed);
        CostAnalysis c = CostAnalysis.of(table, OPTIONS);
        List<CaseRecord> screened = screenedRecords(table);
        Map<String, double[]> band = new HashMap<>();
        for (CaseRecord r : screened) {
            r.annualCost().ifPresent(v -> {
                double[] s = band.computeIfAbsent(r.code(HypothesisEngine.OUTCOME).orElse(null), k -> new double[2]);
                s[0] += v.doubleValue();
                s[1]++;
            });
        }
        double expected = 0;
        long missing = 0;
        long cases = 0;
        for (CaseRecord r : screened) {
            if (!r.municipalityCode().equals(municipality)) {
                continue;
            }
            cases++;
            if (r.annualCost().isPresent()) {
                expected += r.annualCost().get().doubleValue();
            } else {
                double[] s = band.get(r.code(HypothesisEngine.OUTCOME).orElse(null));
                expected += s[0] / s[1];
                missing++;
            }
        }
        MunicipalityCost own = c.perPopulation().stream().filter(m -> m.municipalityCode().equals(municipality))
                .findFirst().orElseThrow();
        assertTrue(missing >= 3);
        assertEquals(missing, own.imputed());
        assertEquals(cases, own.cases());
        assertEquals(expected, own.total(), 1e-9 * expected);
        long population = REFERENCE.populations().stream().filter(p -> p.municipality().code().equals(municipality))
                .findFirst().orElseThrow().aged18to66();
        assertEquals(expected / population * 1000, own.estimate(), 1e-9 * own.estimate());
        assertTrue(own.confLow() < own.estimate() && own.estimate() < own.confHigh(), own.toString());
        for (int i = 0; i < c.perPopulation().size(); i++) {
            assertEquals(i + 1, c.perPopulation().get(i).rank());
            if (i > 0) {
                assertTrue(c.perPopulation().get(i - 1).estimate() >= c.perPopulation().get(i).estimate());
            }
        }
        assertTrue(CostAnalysis.of(CASES, OPTIONS.withoutPopulations()).perPopulation().isEmpty());
    }

    @Test
    void eachOpportunitysSumIsTheCostOfTheScreenedCasesWhereItApplies() {
        List<CaseRecord> screened = screenedRecords(CASES);
        assertEquals(OPTIONS.opportunities().size(), COST.opportunities().size());
        boolean someMoney = false;
        for (OpportunityDefinition d : OPTIONS.opportunities()) {
            List<CaseRecord> applies = screened.stream().filter(d::holdsFor).toList();
            BigDecimal sum = applies.stream().flatMap(r -> r.annualCost().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
            OpportunityCost o = COST.opportunity(d.id()).orElseThrow();
            assertEquals(applies.size(), o.count(), d.id());
            assertEquals(applies.stream().filter(r -> r.annualCost().isPresent()).count(), o.withCost(), d.id());
            assertEquals(0, sum.compareTo(o.total()), d.id());
            someMoney |= o.total().signum() > 0;
        }
        assertTrue(someMoney);
    }

    @Test
    void theConcentrationReadsOffTheLorenzCurveOfTheCosts() {
        double[] amounts = screenedRecords(CASES).stream().flatMap(r -> r.annualCost().stream())
                .mapToDouble(BigDecimal::doubleValue).sorted().toArray();
        CostConcentration k = COST.concentration().orElseThrow();
        assertEquals(Concentration.topShare(amounts, 0.1), k.top10Share(), 1e-12);
        assertEquals(Concentration.topShare(amounts, 0.2), k.top20Share(), 1e-12);
        TestResult gini = Concentration.giniInterval(amounts, 2000, 14, 0.95);
        assertEquals(gini.estimate(), k.gini(), 1e-12);
        assertEquals(gini.confLow(), k.confLow(), 0);
        assertEquals(amounts.length > 100 ? 101 : amounts.length + 1, k.lorenz().size());
        assertEquals(Concentration.lorenz(amounts).at(0.5), k.lorenz().get(amounts.length > 100 ? 50 : 0).amountShare(),
                amounts.length > 100 ? 1e-12 : 1);
    }

    @Test
    void theAnalysisCarriesTheCostAndItsTablesAreTidy() {
        Analysis a = Analyses.synthetic();
        assertEquals(COST.overall().total(), a.cost().overall().total());
        assertEquals(a.hypotheses().size(), a.cost().ratios().size());
        assertTrue(a.cost().asTable().columnNames().containsAll(List.of("scope", "group", "count", "total", "estimate",
                "conf.low", "conf.high", "median")));
        assertEquals(1 + a.cost().byMunicipality().size() + a.cost().byAnswer().size(), a.cost().asTable().rowCount());
        assertTrue(a.cost().ratiosTable().columnNames().containsAll(List.of("hypothesis", "estimate", "p.value", "p.adjusted")));
        assertFalse(a.cost().byAnswer("target_group").isEmpty());
    }
}
