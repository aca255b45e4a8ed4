package dk.casescreen.reference.synth;

import dk.casescreen.cases.Answer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The cost band of a synthetic case. Among the screened cases (2 mio. kr. or more) the band follows a
 * proportional-odds model, {@code P(band > k | x) = logistic(eta(x) - theta_k)}, with
 * {@code eta(x)} the sum of built-in effects (target group: mental illness +0.3, brain injury and autism
 * with intellectual disability +0.2; outward-reacting behaviour +0.5; use of force +0.4) and the
 * planted effects (log odds ratios). No built-in effect touches an exposure of the ten hypotheses, so
 * without planted effects every hypothesis is null (after adjustment for target group) and a planted
 * effect is the only one to find. The thresholds are solved so that the expected
 * band shares are those below whatever is planted: 32%, 24%, 19%, 14% in the four bands from 2 to 4
 * mio. kr., and 8%, 2.5%, 0.5% above (11% above 4 mio. kr., the published 75 of 683).
 *
 * <p>Comparison cases below 2 mio. kr. are drawn from the same answer model and kept with probability
 * proportional to {@code exp(-eta(x))}, so that every effect is also the odds ratio of being above
 * rather than below 2 mio. kr. (conditional on the other effects).
 */
final class CostBandModel {

    static final String[] SCREENED_BANDS = {"band_2_0_2_5", "band_2_5_3_0", "band_3_0_3_5", "band_3_5_4_0",
        "band_4_6", "band_6_10", "band_over_10"};
    static final String BELOW = "band_under_2_0";
    private static final double[] TARGET_SHARES = {0.32, 0.24, 0.19, 0.14, 0.08, 0.025, 0.005};
    private static final double[][] COST_RANGE_MIO = {
        {2.0, 2.5}, {2.5, 3.0}, {3.0, 3.5}, {3.5, 4.0}, {4.0, 6.0}, {6.0, 10.0}, {10.0, 16.0}};
    private static final int CALIBRATION_SAMPLE = 20_000;
    private static final long CALIBRATION_SEED = 683L;

    private final List<PlantedEffect> effects;
    private final double[] thresholds;
    private final double minimumEta;

    CostBandModel(CaseModel answers, List<PlantedEffect> effects) {
        this.effects = List.copyOf(effects);
        this.minimumEta = effects.stream().mapToDouble(e -> Math.min(0, e.logOdds())).sum();
        this.thresholds = solveThresholds(answers);
    }

    /** The linear predictor of a case's answers. */
    double eta(Map<String, Answer> a) {
        double eta = switch (code(a, "target_group")) {
            case "mental_illness" -> 0.3;
            case "acquired_brain_injury", "autism_and_intellectual_disability" -> 0.2;
            default -> 0.0;
        };
        if (code(a, "behaviour_type").equals("outward")) {
            eta += 0.5;
        }
        if (code(a, "use_of_force").equals("yes")) {
            eta += 0.4;
        }
        for (PlantedEffect e : effects) {
            if (e.codes().contains(code(a, e.questionKey()))) {
                eta += e.logOdds();
            }
        }
        return eta;
    }

    /** Draws the band of a screened case. */
    int drawScreened(SplittableRandom rng, double eta) {
        double u = rng.nextDouble();
        for (int k = 0; k < thresholds.length; k++) {
            if (u < Draw.logistic(thresholds[k] - eta)) {
                return k;
            }
        }
        return thresholds.length;
    }

    /** Whether a drawn case is kept as a comparison case below 2 mio. kr. */
    boolean keepAsComparison(SplittableRandom rng, double eta) {
        return rng.nextDouble() < Math.exp(-(eta - minimumEta));
    }

    /**
     * An exact annual cost within band {@code k} (or below 2 mio. kr. when {@code k} is negative), in whole
     * kr., from the band's lower bound inclusive to its upper bound exclusive, as the sheet's bands are
     * (2.500.000 kr. belongs to 2,5–3,0 mio. kr.), so that the loader never finds it outside its band.
     */
    static long exactCost(SplittableRandom rng, int k) {
        double low = k < 0 ? 1.0 : COST_RANGE_MIO[k][0];
        double high = k < 0 ? 2.0 : COST_RANGE_MIO[k][1];
        long drawn = (long) Math.floor((low + (high - low) * rng.nextDouble()) * 1_000_000);
        // a draw a hair below 1 can round up to the upper bound itself
        return Math.min(drawn, Math.round(high * 1_000_000) - 1);
    }

    private double[] solveThresholds(CaseModel answers) {
        SplittableRandom rng = new SplittableRandom(CALIBRATION_SEED);
        double[] etas = new double[CALIBRATION_SAMPLE];
        CaseModel.MunicipalityTraits typical = new CaseModel.MunicipalityTraits(0.40);
        for (int i = 0; i < etas.length; i++) {
            etas[i] = eta(answers.draw(rng, typical));
        }
        double[] solved = new double[TARGET_SHARES.length - 1];
        double cumulative = 0;
        for (int k = 0; k < solved.length; k++) {
            cumulative += TARGET_SHARES[k];
            solved[k] = solve(etas, cumulative);
        }
        return solved;
    }

    private static double solve(double[] etas, double cumulative) {
        double low = -30;
        double high = 30;
        for (int iteration = 0; iteration < 100; iteration++) {
            double mid = (low + high) / 2;
            double mean = 0;
            for (double eta : etas) {
                mean += Draw.logistic(mid - eta);
            }
            if (mean / etas.length < cumulative) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static String code(Map<String, Answer> a, String key) {
        return a.get(key) instanceof Answer.Choice(String c) ? c : "";
    }
}
