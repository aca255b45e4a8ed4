package dk.casescreen.reference.synth;

import dk.casescreen.cases.Answer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The change of a case's cost band from one screening round to the next (docs/synthetic-reference.md,
 * "Screening rounds"). A case becomes dearer (one band up), stays or becomes cheaper (one band down;
 * below 2 mio. kr. from the lowest band):
 *
 * <ul>
 *   <li>{@code logit P(dearer | x) = logit(DEARER[target group]) + sum of planted log odds ratios}, and
 *       nothing else, so that without planted progression no answer but the target group predicts
 *       becoming dearer;</li>
 *   <li>{@code P(cheaper | not dearer) = q}: 0.35, 0.50 when function is better (question 35), 0.25 when
 *       worse;</li>
 *   <li>in the lowest band a cheaper case leaves the screening, so there the log odds of dearer get
 *       {@code log(1 - q)} added: among the cases still screened in the next round the odds of dearer are
 *       then exactly those above, in every band but the top one, which cannot become dearer;</li>
 *   <li>the self-reported cost trend (question 4) is coupled to the direction: with weight {@code w} the
 *       joint distribution of trend and direction puts as much mass as the two margins allow on agreement
 *       (rising-dearer, unchanged-same, falling-cheaper), with weight {@code 1 - w} they are independent.
 *       Both margins stay exact, so the trend stays independent of the other answers and
 *       {@code P(dearer | x)} is as above.</li>
 * </ul>
 */
final class TransitionModel {

    static final int DEARER = 0;
    static final int SAME = 1;
    static final int CHEAPER = 2;
    static final String[] TRENDS = {"rising", "unchanged", "falling", "dont_know"};
    /** P(dearer) by target group, in the order of {@link CaseModel#TARGET_GROUPS}. */
    static final double[] DEARER_RATE = {0.44, 0.46, 0.44, 0.50, 0.48, 0.42};
    static final double CHEAPER_GIVEN_NOT_DEARER = 0.35;

    private final List<PlantedEffect> progression;
    private final double agreement;

    TransitionModel(List<PlantedEffect> progression, double agreement) {
        this.progression = List.copyOf(progression);
        this.agreement = agreement;
    }

    /** The probabilities of dearer, same and cheaper for a case with these answers in band {@code band}. */
    double[] probabilities(Map<String, Answer> a, int band) {
        double q = switch (code(a, "function_trend")) {
            case "better" -> 0.50;
            case "worse" -> 0.25;
            default -> CHEAPER_GIVEN_NOT_DEARER;
        };
        double dearer = 0;
        if (band < CostBandModel.SCREENED_BANDS.length - 1) {
            double logit = logit(groupRate(code(a, "target_group")));
            for (PlantedEffect e : progression) {
                if (e.codes().contains(code(a, e.questionKey()))) {
                    logit += e.logOdds();
                }
            }
            if (band == 0) {
                logit += Math.log(1 - q);
            }
            dearer = Draw.logistic(logit);
        }
        return new double[] {dearer, (1 - dearer) * (1 - q), (1 - dearer) * q};
    }

    /** Draws the direction ({@link #DEARER}, {@link #SAME}, {@link #CHEAPER}) given the case's reported trend. */
    int draw(SplittableRandom rng, Map<String, Answer> a, int band) {
        double[] p = probabilities(a, band);
        int trend = indexOf(code(a, "cost_trend"));
        if (trend < 0) {
            return Draw.index(rng, p);
        }
        double[] pi = CaseModel.COST_TREND_SHARES;
        double[] m = new double[3];
        double rest = 1;
        for (int d = 0; d < 3; d++) {
            m[d] = Math.min(pi[d], p[d]);
            rest -= m[d];
        }
        double trendRest = trend < 3 ? pi[trend] - m[trend] : pi[trend];
        double[] weights = new double[3];
        for (int d = 0; d < 3; d++) {
            double coupled = (d == trend ? m[d] : 0) + (rest > 1e-12 ? trendRest * (p[d] - m[d]) / rest : 0);
            weights[d] = agreement * coupled + (1 - agreement) * pi[trend] * p[d];
        }
        return Draw.index(rng, weights);
    }

    static double groupRate(String targetGroup) {
        for (int g = 0; g < CaseModel.TARGET_GROUPS.length; g++) {
            if (CaseModel.TARGET_GROUPS[g].equals(targetGroup)) {
                return DEARER_RATE[g];
            }
        }
        return DEARER_RATE[0];
    }

    private static int indexOf(String trend) {
        for (int t = 0; t < TRENDS.length; t++) {
            if (TRENDS[t].equals(trend)) {
                return t;
            }
        }
        return -1;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static String code(Map<String, Answer> a, String key) {
        return a.get(key) instanceof Answer.Choice(String c) ? c : "";
    }
}
