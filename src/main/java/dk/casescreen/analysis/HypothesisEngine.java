package dk.casescreen.analysis;

import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.Coefficient;
import dk.casescreen.stats.Intervals;
import dk.casescreen.stats.ModelFit;
import dk.casescreen.stats.ModelFitException;
import dk.casescreen.stats.Models;
import dk.casescreen.stats.Multiplicity;
import dk.casescreen.stats.RankTests;
import dk.casescreen.stats.TestResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tests a family of hypotheses on a case table (docs/hypotheses.md): prevalence of each exposure,
 * rank test and adjusted proportional-odds odds ratio of the cost band among the screened cases,
 * above-versus-below odds ratio where comparison cases exist, p-values adjusted across the family,
 * simultaneous (Bonferroni) intervals for the odds ratio and the prevalence at the family's level,
 * minimum detectable effect, and a verdict. Pure: the same table, specs and rule give the same result.
 */
public final class HypothesisEngine {

    /** The outcome question. */
    public static final String OUTCOME = "cost_band";
    /** The cost band of comparison cases below 2 mio. kr. */
    public static final String BELOW_TWO_MIO = "band_under_2_0";
    private static final int MINIMUM_COMPARISON_CASES = 10;
    private static final int BELOW = -2;

    private HypothesisEngine() {
    }

    /**
     * Tests every hypothesis of the family: {@code specs} are the family, so a hypothesis run alone is
     * adjusted for a family of one ({@link HypothesisResult#family()} says which). The specs are first
     * checked against the sheet of {@code cases}. A model that cannot be fitted is a result with its
     * reason ({@link HypothesisResult#failure()}, {@link HypothesisResult#aboveBelowFailure()}); any other
     * error is thrown.
     *
     * @throws IllegalArgumentException when a spec names a question or answer code the sheet does not
     *                                  have (naming it and the valid codes), or two specs share an id
     */
    public static List<HypothesisResult> run(CaseTable cases, List<HypothesisSpec> specs, DecisionRule rule) {
        ScreeningSheet sheet = cases.sheet();
        Set<String> ids = new HashSet<>();
        for (HypothesisSpec spec : specs) {
            if (!ids.add(spec.id())) {
                throw new IllegalArgumentException("The hypothesis id " + spec.id() + " is used twice");
            }
            spec.checkAgainst(sheet);
        }
        Question outcome = sheet.require(OUTCOME);
        List<String> screenedLevels = outcome.codes().stream().filter(c -> !c.equals(BELOW_TWO_MIO)).toList();
        // each case's position among the screened levels, BELOW for a comparison case, -1 for neither
        AnswerColumn band = cases.column(OUTCOME);
        int[] level = new int[cases.size()];
        int screenedCount = 0;
        int belowCount = 0;
        for (int i = 0; i < level.length; i++) {
            String code = band.code(i);
            level[i] = code == null ? -1 : code.equals(BELOW_TWO_MIO) ? BELOW : screenedLevels.indexOf(code);
            screenedCount += level[i] >= 0 ? 1 : 0;
            belowCount += level[i] == BELOW ? 1 : 0;
        }
        int[] screened = new int[screenedCount];
        int[] below = new int[belowCount];
        for (int i = 0, s = 0, b = 0; i < level.length; i++) {
            if (level[i] >= 0) {
                screened[s++] = i;
            } else if (level[i] == BELOW) {
                below[b++] = i;
            }
        }
        HypothesisFamily members = new HypothesisFamily(specs.stream().filter(s -> !retired(s, sheet))
                .map(HypothesisSpec::id).toList(), rule.adjustment());
        int family = members.size();
        // the hypotheses are independent: fitted in parallel, gathered in the order given
        List<Partial> partials = InOrder.map(specs, cases.size(), spec -> retired(spec, sheet)
                ? notRelevant(spec, screenedLevels, rule, Math.max(1, family))
                : partial(spec, cases, screened, below, level, screenedLevels, rule, Math.max(1, family)));
        double[] p = partials.stream().mapToDouble(x -> x.effect.map(Effect::pValue).orElse(Double.NaN)).toArray();
        double[] adjusted = rule.adjustment() == DecisionRule.Adjustment.HOLM ? Multiplicity.holm(p)
                : Multiplicity.benjaminiHochberg(p);
        List<HypothesisResult> results = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            Partial x = partials.get(i);
            if (retired(x.spec, sheet)) {
                results.add(new HypothesisResult(x.spec, x.prevalence, x.association, x.effect, x.aboveBelow, Double.NaN,
                        Double.NaN, Verdict.NOT_RELEVANT, VerdictReason.QUESTIONS_RETIRED, x.failure, x.aboveBelowFailure,
                        x.bandCounts, x.simultaneousEffect, x.simultaneousPrevalence, members));
                continue;
            }
            VerdictReason reason = Verdicts.reason(x.prevalence, x.simultaneousPrevalence, x.effect, x.simultaneousEffect,
                    adjusted[i], rule);
            results.add(new HypothesisResult(x.spec, x.prevalence, x.association, x.effect, x.aboveBelow, adjusted[i],
                    x.mde, Verdicts.verdict(reason), reason, x.failure, x.aboveBelowFailure, x.bandCounts,
                    x.simultaneousEffect, x.simultaneousPrevalence, members));
        }
        return results;
    }

    private record Partial(HypothesisSpec spec, Prevalence prevalence, Optional<TestResult> association,
                           Optional<Effect> effect, Optional<Effect> aboveBelow, double mde, Optional<String> failure,
                           Optional<String> aboveBelowFailure, BandCounts bandCounts, Optional<SimultaneousInterval> simultaneousEffect,
                           SimultaneousInterval simultaneousPrevalence) {
    }

    private static Partial partial(HypothesisSpec spec, CaseTable cases, int[] screened, int[] below, int[] level,
                                   List<String> levels, DecisionRule rule, int family) {
        ScreeningSheet sheet = cases.sheet();
        int[] exposure = Exposures.of(spec, sheet, cases);
        long exposed = 0;
        long known = 0;
        double[] bandExposed = new double[screened.length];
        double[] bandUnexposed = new double[screened.length];
        long[] countsExposed = new long[levels.size()];
        long[] countsUnexposed = new long[levels.size()];
        for (int r : screened) {
            if (exposure[r] == Exposures.UNKNOWN) {
                continue;
            }
            int band = level[r];
            if (exposure[r] == Exposures.EXPOSED) {
                bandExposed[(int) exposed++] = band;
                countsExposed[band]++;
            } else {
                bandUnexposed[(int) (known - exposed)] = band;
                countsUnexposed[band]++;
            }
            known++;
        }
        Prevalence prevalence = Prevalence.of(exposed, known);
        double simultaneous = rule.simultaneousLevel(family);
        SimultaneousInterval simultaneousPrevalence = simultaneousPrevalence(exposed, known, simultaneous, family);
        Optional<TestResult> association = exposed == 0 || known == exposed ? Optional.empty()
                : Optional.of(RankTests.mannWhitney(Arrays.copyOf(bandExposed, (int) exposed),
                        Arrays.copyOf(bandUnexposed, (int) (known - exposed))));
        ExposureDesign design = ExposureDesign.of(spec, sheet, cases, screened, exposure, levels, r -> level[r]);
        Optional<Effect> effect = Optional.empty();
        Optional<SimultaneousInterval> simultaneousEffect = Optional.empty();
        Optional<String> failure = Optional.empty();
        double mde = Double.NaN;
        try {
            // the design itself (no copy of its columns), as proportionalOdds(outcome, x, names, levels, DEFAULT)
            ModelFit fit = Models.proportionalOdds(design.model());
            effect = Optional.of(effect(fit, design, "proportional-odds odds ratio of a higher cost band, adjusted for "
                    + String.join(", ", spec.confounders())));
            // the same Wald interval at the family's level: exp(beta ± z(1 - alpha / 2m) se)
            Coefficient adjusted = fit.coefficient(ExposureDesign.EXPOSURE).withConfLevel(simultaneous);
            simultaneousEffect = Optional.of(new SimultaneousInterval(adjusted.confLow(), adjusted.confHigh(), simultaneous,
                    family));
            mde = MinimumDetectableEffect.oddsRatio(design.n(), design.exposedShare(), design.outcomeShares(),
                    rule.alpha() / family, rule.power());
        } catch (ModelFitException e) {
            failure = Optional.of(e.getMessage());
        }
        Optional<Effect> aboveBelow = Optional.empty();
        Optional<String> aboveBelowFailure = Optional.empty();
        if (below.length >= MINIMUM_COMPARISON_CASES) {
            int[] both = Arrays.copyOf(screened, screened.length + below.length);
            System.arraycopy(below, 0, both, screened.length, below.length);
            ExposureDesign ab = ExposureDesign.of(spec, sheet, cases, both, exposure, List.of("below", "above"),
                    r -> level[r] == BELOW ? 0 : 1);
            try {
                // the design itself when it has both outcomes, as logistic(outcome, x, names) would fit it
                ModelFit fit = ab.outcomeLevels().size() == 2 ? Models.logistic(ab.model())
                        : Models.logistic(ab.outcome(), ab.x(), ab.names());
                aboveBelow = Optional.of(effect(fit, ab, "odds ratio of a cost above rather than below 2 mio. kr., adjusted for "
                        + String.join(", ", spec.confounders())));
            } catch (ModelFitException e) {
                aboveBelowFailure = Optional.of(e.getMessage());
            }
        }
        return new Partial(spec, prevalence, association, effect, aboveBelow, mde, failure, aboveBelowFailure,
                new BandCounts(levels, countsExposed, countsUnexposed), simultaneousEffect, simultaneousPrevalence);
    }

    /** The prevalence's Wilson interval at the family's level (R: {@code prop.test(x, n, correct = FALSE, conf.level)}). */
    static SimultaneousInterval simultaneousPrevalence(long exposed, long known, double level, int family) {
        if (known == 0) {
            return new SimultaneousInterval(Double.NaN, Double.NaN, level, family);
        }
        TestResult wilson = Intervals.wilson(exposed, known, level);
        return new SimultaneousInterval(wilson.confLow(), wilson.confHigh(), level, family);
    }

    /**
     * Whether the sheet version of the cases retires every exposure question of the hypothesis (H10
     * after 1 July 2024): then it is not tested and not counted in the multiplicity family.
     */
    static boolean retired(HypothesisSpec spec, ScreeningSheet sheet) {
        return spec.exposure().stream().allMatch(c -> sheet.question(c.questionKey()).map(Question::isRetired).orElse(false));
    }

    /** The untested result of a hypothesis whose questions are retired: no prevalence, no model, p-value NaN. */
    private static Partial notRelevant(HypothesisSpec spec, List<String> levels, DecisionRule rule, int family) {
        double level = rule.simultaneousLevel(family);
        return new Partial(spec, Prevalence.of(0, 0), Optional.empty(), Optional.empty(), Optional.empty(), Double.NaN,
                Optional.empty(), Optional.empty(), new BandCounts(levels, new long[levels.size()], new long[levels.size()]),
                Optional.empty(), simultaneousPrevalence(0, 0, level, family));
    }

    private static Effect effect(ModelFit fit, ExposureDesign design, String measure) {
        Coefficient c = fit.coefficient(ExposureDesign.EXPOSURE);
        List<String> notes = new ArrayList<>(design.notes());
        notes.addAll(fit.notes());
        return new Effect(measure, c.oddsRatio(), c.confLow(), c.confHigh(), c.confLevel(), c.pValue(), fit.n(),
                design.exposedCount(), notes);
    }

}
