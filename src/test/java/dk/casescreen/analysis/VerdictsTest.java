package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.reference.ReferenceData;
import dk.casescreen.stats.Coefficient;
import dk.casescreen.stats.Intervals;
import dk.casescreen.stats.TestResult;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The symmetric decision rule: "not supported" needs the same family-wise inference as "supported". */
class VerdictsTest {

    private static final DecisionRule RULE = DecisionRule.DEFAULT;
    private static final int FAMILY = 11;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private static Effect effect(Coefficient c) {
        return new Effect("test", c.oddsRatio(), c.confLow(), c.confHigh(), c.confLevel(), c.pValue(), 683, 100, List.of());
    }

    private static Optional<SimultaneousInterval> simultaneous(Coefficient c) {
        Coefficient s = c.withConfLevel(RULE.simultaneousLevel(FAMILY));
        return Optional.of(new SimultaneousInterval(s.confLow(), s.confHigh(), s.confLevel(), FAMILY));
    }

    private static final Prevalence COMMON = Prevalence.of(200, 683);
    private static final SimultaneousInterval COMMON_SIMULTANEOUS =
            HypothesisEngine.simultaneousPrevalence(200, 683, RULE.simultaneousLevel(FAMILY), FAMILY);

    @Test
    void theDefaultRuleIsTheOneDeclaredInHypothesesJson() {
        assertEquals(new DecisionRule(0.05, DecisionRule.Adjustment.HOLM, 1.5, 0.05, 0.8), DecisionRule.DEFAULT);
        assertEquals(1 - 0.05 / 11, RULE.simultaneousLevel(11), 1e-15);
    }

    @Test
    void anEffectRuledOutOnlyByTheUnadjustedIntervalIsInconclusive() {
        // OR 1.0 with se such that the unadjusted 95% upper limit is 1.4 < 1.5; adjusted for 11 hypotheses it is not
        double se = Math.log(1.4) / NORMAL.inverseCumulativeProbability(0.975);
        Coefficient c = Coefficient.logOdds("exposure", 0, se, 0.95);
        Optional<SimultaneousInterval> s = simultaneous(c);
        assertTrue(c.confHigh() < RULE.smallestEffectOfInterest(), "the old rule would have said 'not supported'");
        assertTrue(s.orElseThrow().confHigh() >= RULE.smallestEffectOfInterest(), s.toString());
        VerdictReason reason = Verdicts.reason(COMMON, COMMON_SIMULTANEOUS, Optional.of(effect(c)), s, 1.0, RULE);
        assertEquals(VerdictReason.CANNOT_TELL, reason);
        assertEquals(Verdict.INCONCLUSIVE, Verdicts.verdict(reason));
    }

    @Test
    void anEffectRuledOutByTheAdjustedIntervalIsNotSupported() {
        double se = Math.log(1.2) / NORMAL.inverseCumulativeProbability(0.975);
        Coefficient c = Coefficient.logOdds("exposure", 0, se, 0.95);
        Optional<SimultaneousInterval> s = simultaneous(c);
        assertTrue(s.orElseThrow().confHigh() < RULE.smallestEffectOfInterest(), s.toString());
        VerdictReason reason = Verdicts.reason(COMMON, COMMON_SIMULTANEOUS, Optional.of(effect(c)), s, 1.0, RULE);
        assertEquals(VerdictReason.IMPORTANT_EFFECT_RULED_OUT, reason);
        assertEquals(Verdict.NOT_SUPPORTED, Verdicts.verdict(reason));
    }

    @Test
    void theOppositeDirectionNeedsTheAdjustedPValue() {
        Coefficient c = Coefficient.logOdds("exposure", Math.log(0.6), 0.2, 0.95);
        Optional<SimultaneousInterval> s = simultaneous(c);
        assertEquals(VerdictReason.LOWER_BAND_WITH_EXPOSURE,
                Verdicts.reason(COMMON, COMMON_SIMULTANEOUS, Optional.of(effect(c)), s, 0.01, RULE));
        assertEquals(VerdictReason.HIGHER_BAND_WITH_EXPOSURE, Verdicts.reason(COMMON, COMMON_SIMULTANEOUS,
                Optional.of(effect(Coefficient.logOdds("exposure", Math.log(1.8), 0.2, 0.95))),
                simultaneous(Coefficient.logOdds("exposure", Math.log(1.8), 0.2, 0.95)), 0.01, RULE));
    }

    @Test
    void anExposureRareOnlyByTheUnadjustedIntervalIsNotTooRare() {
        // 20 of 683 = 2.9%: the 95% upper limit is below 5%, the simultaneous one for 11 hypotheses is not
        int count = 20;
        Prevalence p = Prevalence.of(count, 683);
        SimultaneousInterval s = HypothesisEngine.simultaneousPrevalence(count, 683, RULE.simultaneousLevel(FAMILY), FAMILY);
        assertTrue(p.confHigh() < RULE.rarePrevalence(), p.toString());
        assertTrue(s.confHigh() >= RULE.rarePrevalence(), s.toString());
        Coefficient wide = Coefficient.logOdds("exposure", 0, 0.5, 0.95);
        assertEquals(VerdictReason.CANNOT_TELL, Verdicts.reason(p, s, Optional.of(effect(wide)), simultaneous(wide), 1.0, RULE));
        // 11 of 683 (the slide's 1.6%) is too rare by the adjusted interval as well
        SimultaneousInterval rare = HypothesisEngine.simultaneousPrevalence(11, 683, RULE.simultaneousLevel(FAMILY), FAMILY);
        assertEquals(VerdictReason.EXPOSURE_TOO_RARE,
                Verdicts.reason(Prevalence.of(11, 683), rare, Optional.of(effect(wide)), simultaneous(wide), 1.0, RULE));
    }

    @Test
    void theResultsCarryTheBonferroniIntervalsComputedFromTheWaldCoefficient() {
        List<HypothesisResult> results = HypothesisEngine.run(ReferenceData.builtIn().cases(),
                HypothesisSpecs.builtIn(ReferenceData.builtIn().cases().sheet()), RULE);
        int m = results.size();
        double z95 = NORMAL.inverseCumulativeProbability(0.975);
        double zm = NORMAL.inverseCumulativeProbability(1 - RULE.alpha() / (2 * m));
        for (HypothesisResult r : results) {
            assertEquals(m, r.family().size());
            assertEquals(1 - RULE.alpha() / m, r.simultaneousPrevalence().confLevel(), 1e-15);
            TestResult wilson = Intervals.wilson(r.prevalence().count(), r.prevalence().n(), 1 - RULE.alpha() / m);
            assertEquals(wilson.confHigh(), r.simultaneousPrevalence().confHigh(), 1e-15);
            assertTrue(r.simultaneousPrevalence().confHigh() >= r.prevalence().confHigh(), r.spec().id());
            assertEquals(r.effect().isPresent(), r.simultaneousEffect().isPresent());
            r.effect().ifPresent(e -> {
                // beta and se recovered from the R-checked 95% Wald interval, then the interval at 1 - alpha / 2m
                double beta = Math.log(e.estimate());
                double se = (Math.log(e.confHigh()) - Math.log(e.confLow())) / (2 * z95);
                SimultaneousInterval s = r.simultaneousEffect().orElseThrow();
                assertEquals(Math.exp(beta - zm * se), s.confLow(), 1e-9 * Math.exp(beta - zm * se), r.spec().id());
                assertEquals(Math.exp(beta + zm * se), s.confHigh(), 1e-9 * Math.exp(beta + zm * se), r.spec().id());
                assertTrue(s.confLow() < e.confLow() && s.confHigh() > e.confHigh(), r.spec().id());
            });
            assertEquals(Verdicts.reason(r.prevalence(), r.simultaneousPrevalence(), r.effect(), r.simultaneousEffect(),
                    r.pAdjusted(), RULE), r.reason());
        }
    }
}
