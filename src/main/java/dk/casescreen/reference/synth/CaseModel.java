package dk.casescreen.reference.synth;

import dk.casescreen.cases.Answer;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws the answers of one synthetic case, except the cost band. The model is written so that the
 * published figures (DOMAIN.md) hold in expectation, and so that answers depend on each other where
 * the field says they do:
 *
 * <ul>
 *   <li>conditional questions are answered only when they apply (13 after 12 = Ja, 18 after 17 = Ja,
 *       22 after 21 = Ja);</li>
 *   <li>behaviour is decisive more often for the intellectual-disability and autism groups; use of force
 *       is more than twice as likely with outward-reacting behaviour;</li>
 *   <li>the share with a sentence follows the target group as published (mental illness 39%, two-thirds
 *       of them treatment sentences; intellectual disability 24%, nearly all placement or supervision
 *       sentences; autism 13%; others 13%); for autism with intellectual disability, which the slides do not
 *       give, 16.8% is assumed so that the overall share is the published 20%;</li>
 *   <li>criminal behaviour follows a sentence; site-less offers are mostly single-person offers;</li>
 *   <li>use of VISO varies strongly between municipalities (a municipality-level rate).</li>
 * </ul>
 *
 * Non-response: 1.5% blank per question by default; 5.7% for question 15 and 4.5% for question 16
 * (the published denominators 644 and 652 of 683); none for the questions others depend on.
 */
final class CaseModel {

    /** What a municipality brings to its cases. */
    record MunicipalityTraits(double visoRate) {
    }

    private static final double DEFAULT_BLANK = 0.015;
    private static final Map<String, Double> BLANK = Map.ofEntries(
            Map.entry("gender", 0.0), Map.entry("age", 0.005), Map.entry("target_group", 0.0),
            Map.entry("behaviour_decisive", 0.0), Map.entry("conviction", 0.0), Map.entry("appeals_board", 0.0),
            Map.entry("only_solution", 39.0 / 683), Map.entry("negotiation_possible", 31.0 / 683),
            Map.entry("acting_municipality", 0.005), Map.entry("behaviour_type", 0.02),
            Map.entry("conviction_type", 0.03), Map.entry("appeals_raised_cost", 0.0));

    static final String[] TARGET_GROUPS = {"intellectual_disability", "autism_and_intellectual_disability", "autism",
        "mental_illness", "acquired_brain_injury", "other"};
    static final double[] TARGET_GROUP_SHARES = {0.30, 0.22, 0.16, 0.11, 0.08, 0.13};
    /** The shares of rising, unchanged, falling and "Ved ikke" for the cost trend (question 4). */
    static final double[] COST_TREND_SHARES = {0.45, 0.40, 0.05, 0.10};
    private static final double[] BEHAVIOUR_DECISIVE = {0.88, 0.93, 0.90, 0.80, 0.75, 0.69};
    private static final double[] CONVICTION = {0.24, 0.168, 0.13, 0.39, 0.13, 0.13};
    private static final double[][] CONVICTION_TYPE = {
        {0.04, 0.92, 0.04}, {0.04, 0.92, 0.04}, {0.30, 0.50, 0.20}, {0.67, 0.25, 0.08}, {0.30, 0.50, 0.20},
        {0.30, 0.50, 0.20}};

    /**
     * The Ja/Nej questions whose answers may change between rounds (circumstances change: a day offer, VISO,
     * politicians involved), in the order a later round asks them afresh. Not among them: the questions
     * others depend on (behaviour decisive, sentence, appeals board), the history of the case (childhood
     * measure, the appeals board's decision) and use of force, which {@code RoundGenerator} asks afresh itself.
     */
    static final List<String> CHANGEABLE = List.of("supplementary_tariff", "only_solution", "negotiation_possible",
            "criminal_behaviour", "acting_municipality", "relatives_difficult", "politicians_involved",
            "special_place_tried", "special_place_refused", "viso", "welfare_technology", "day_offer", "siteless_offer",
            "movable", "supervision_raised_cost");

    private final ScreeningSheet sheet;

    CaseModel(ScreeningSheet sheet) {
        this.sheet = sheet;
    }

    /** Draws every answer but the cost band; conditional questions that do not apply are not applicable. */
    Map<String, Answer> draw(SplittableRandom rng, MunicipalityTraits traits) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("gender", pick(rng, new String[] {"male", "female"}, 0.62, 0.38));
        int age = age(rng);
        int group = Draw.index(rng, TARGET_GROUP_SHARES);
        v.put("cost_trend", pick(rng, TransitionModel.TRENDS, COST_TREND_SHARES));
        v.put("target_group", TARGET_GROUPS[group]);
        v.put("legal_basis", pick(rng, new String[] {"sel_108", "abl_105_sel_85", "sel_107", "other"}, 0.45, 0.35, 0.08, 0.12));
        v.put("supplementary_tariff", changeable(rng, "supplementary_tariff", v, traits));
        v.put("provider_type", pick(rng, new String[] {"municipal", "regional", "private"}, 0.45, 0.27, 0.28));
        String places = pick(rng, new String[] {"n1", "n2_3", "n4_plus"}, 0.08, 0.12, 0.80);
        v.put("places_in_offer", places);
        v.put("onset", pick(rng, new String[] {"known", "sudden"}, 0.82, 0.18));
        v.put("childhood_measure", yesNoDontKnow(rng, 0.58, 0.32));
        boolean decisive = Draw.chance(rng, BEHAVIOUR_DECISIVE[group]);
        v.put("behaviour_decisive", decisive ? "yes" : "no");
        boolean outward = false;
        if (decisive) {
            String type = pick(rng, new String[] {"outward", "self_harm", "other"}, 2.0 / 3, 0.20, 0.4 / 3);
            v.put("behaviour_type", type);
            outward = type.equals("outward");
        }
        v.put("use_of_force", useOfForce(rng, outward));
        v.put("only_solution", changeable(rng, "only_solution", v, traits));
        v.put("negotiation_possible", changeable(rng, "negotiation_possible", v, traits));
        boolean convicted = Draw.chance(rng, CONVICTION[group]);
        v.put("conviction", convicted ? "yes" : "no");
        if (convicted) {
            double[] p = CONVICTION_TYPE[group];
            v.put("conviction_type", pick(rng, new String[] {"treatment", "placement_or_supervision", "other"}, p));
        }
        v.put("criminal_behaviour", changeable(rng, "criminal_behaviour", v, traits));
        v.put("residences_5y", pick(rng, new String[] {"n1", "n2", "n3", "n4_plus"}, 0.57, 0.30, 0.09, 0.04));
        boolean heard = Draw.chance(rng, 0.10);
        v.put("appeals_board", heard ? "yes" : "no");
        if (heard) {
            v.put("appeals_raised_cost", Draw.chance(rng, 0.16) ? "yes" : "no");
        }
        v.put("acting_municipality", changeable(rng, "acting_municipality", v, traits));
        v.put("relatives_difficult", changeable(rng, "relatives_difficult", v, traits));
        v.put("politicians_involved", changeable(rng, "politicians_involved", v, traits));
        v.put("psychiatry_treated", pick(rng, new String[] {"yes", "partly", "no", "dont_know"}, 0.37, 0.26, 0.05, 0.32));
        for (String key : List.of("special_place_tried", "special_place_refused", "viso", "welfare_technology", "day_offer",
                "siteless_offer")) {
            v.put(key, changeable(rng, key, v, traits));
        }
        v.put("offer_location", Draw.chance(rng, 0.45) ? "own_municipality" : "other_municipality");
        v.put("movable", changeable(rng, "movable", v, traits));
        v.put("function_trend", functionTrend(rng));
        v.put("supervision_raised_cost", changeable(rng, "supervision_raised_cost", v, traits));
        return answers(rng, v, age);
    }

    private Map<String, Answer> answers(SplittableRandom rng, Map<String, String> values, int age) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question q : sheet.questions()) {
            double blank = BLANK.getOrDefault(q.key(), DEFAULT_BLANK);
            if (q.key().equals("cost_band")) {
                continue;
            }
            if (q.key().equals("age")) {
                answers.put("age", Draw.chance(rng, blank) ? Answer.NOT_ANSWERED : new Answer.WholeNumber(age));
                continue;
            }
            String code = values.get(q.key());
            if (code == null) {
                answers.put(q.key(), q.isConditional() ? Answer.NOT_APPLICABLE : Answer.NOT_ANSWERED);
            } else if (q.option(code).isEmpty()) {
                throw new IllegalStateException("The synthetic model uses '" + code + "' for " + q.key()
                        + ", which the sheet " + sheet.version() + " does not have");
            } else {
                answers.put(q.key(), Draw.chance(rng, blank) ? Answer.NOT_ANSWERED : new Answer.Choice(code));
            }
        }
        return answers;
    }

    /**
     * Draws the answer to one of the {@link #CHANGEABLE} questions given the case's other answers ({@code given},
     * answer codes by question key: the sentence for criminal behaviour, the places in the offer for a
     * site-less offer) and its municipality (the VISO rate): the same draw as in {@link #draw}, so that a
     * later round can ask the question afresh from the model's own distribution for that citizen.
     */
    static String changeable(SplittableRandom rng, String key, Map<String, String> given, MunicipalityTraits traits) {
        return switch (key) {
            case "supplementary_tariff" -> yesNoDontKnow(rng, 0.50, 0.42);
            case "only_solution" -> yesNoDontKnow(rng, 0.70, 0.20);
            case "negotiation_possible" -> yesNoDontKnow(rng, 0.50, 0.35);
            case "criminal_behaviour" -> "yes".equals(given.get("conviction")) ? yesNoDontKnow(rng, 0.95, 0.0)
                    : yesNoDontKnow(rng, 0.15, 0.75);
            case "acting_municipality" -> yesOrNo(rng, 0.98);
            case "relatives_difficult" -> yesOrNo(rng, 0.115);
            case "politicians_involved" -> yesOrNo(rng, 0.12);
            case "special_place_tried", "special_place_refused" -> yesOrNo(rng, 0.01);
            case "viso" -> yesNoDontKnow(rng, traits.visoRate(), (1 - traits.visoRate()) * 0.85);
            case "welfare_technology" -> yesNoDontKnow(rng, 0.35, 0.45);
            case "day_offer" -> yesOrNo(rng, 0.70);
            case "siteless_offer" -> yesOrNo(rng, "n1".equals(given.get("places_in_offer")) ? 0.60 : 0.06);
            case "movable" -> yesNoDontKnow(rng, 0.12, 0.63);
            case "supervision_raised_cost" -> yesNoDontKnow(rng, 0.15, 0.55);
            default -> throw new IllegalArgumentException("'" + key + "' is not a question a later round asks afresh");
        };
    }

    private static String yesOrNo(SplittableRandom rng, double yes) {
        return Draw.chance(rng, yes) ? "yes" : "no";
    }

    /** Use of force (question 14): 40% with outward-reacting behaviour, 16.9% without, 5% "Ved ikke". */
    static String useOfForce(SplittableRandom rng, boolean outward) {
        double force = outward ? 0.40 : 0.169;
        return yesNoDontKnow(rng, force, 0.95 - force);
    }

    /** The development of function (question 35): better 15%, unchanged 50%, worse 25%, "Ved ikke" 10%. */
    static String functionTrend(SplittableRandom rng) {
        return pick(rng, new String[] {"better", "unchanged", "worse", "dont_know"}, 0.15, 0.50, 0.25, 0.10);
    }

    /** The blank rate of a question. */
    static double blankRate(String questionKey) {
        return BLANK.getOrDefault(questionKey, DEFAULT_BLANK);
    }

    /** Two-thirds aged 18–35, the rest 36–66 with a few older. */
    private static int age(SplittableRandom rng) {
        if (Draw.chance(rng, 2.0 / 3)) {
            return 18 + rng.nextInt(18);
        }
        return Draw.chance(rng, 0.04) ? 67 + rng.nextInt(14) : 36 + rng.nextInt(31);
    }

    private static String pick(SplittableRandom rng, String[] codes, double... weights) {
        return codes[Draw.index(rng, weights)];
    }

    private static String yesNoDontKnow(SplittableRandom rng, double yes, double no) {
        return pick(rng, new String[] {"yes", "no", "dont_know"}, yes, no, Math.max(0, 1 - yes - no));
    }
}
