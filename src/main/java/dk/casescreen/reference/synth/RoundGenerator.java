package dk.casescreen.reference.synth;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.sheet.ScreeningSheet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the rounds after the first from the one before (see
 * {@link SyntheticGenerator#generateRounds(SyntheticOptions, RoundOptions)} and {@link TransitionModel}).
 * Answers persist between rounds, except: the cost band moves as drawn; the age grows by the whole
 * years since the citizen's first record; the cost trend (question 4) is asked afresh; use of force is
 * asked afresh with probability {@link #FORCE_REDRAWN} and the development of function with probability
 * {@link #FUNCTION_REDRAWN}; each Ja/Nej answer of {@link CaseModel#CHANGEABLE} is asked afresh with probability
 * {@link #ANSWER_CHANGE_PER_YEAR} a year; the exact annual cost is drawn afresh within the new band.
 */
final class RoundGenerator {

    /** The chance that use of force is asked afresh in a later round. */
    static final double FORCE_REDRAWN = 0.10;
    /** The chance that the development of function is asked afresh in a later round. */
    static final double FUNCTION_REDRAWN = 0.30;
    /**
     * The chance per year that a Ja/Nej answer of {@link CaseModel#CHANGEABLE} is asked afresh (drawn again from
     * the model given the citizen's other answers, so it may or may not change); per interval of {@code M} months
     * {@code 1 - (1 - 0.05)^(M/12)}.
     */
    static final double ANSWER_CHANGE_PER_YEAR = 0.05;
    private static final long SALT = 0x5EED_0F_2023_0A03L;

    /** A citizen's first record: its round, screening date and age. */
    private record Origin(int round, LocalDate date, Answer age) {
    }

    private final CaseModel model;
    private final CostBandModel cost;
    private final Map<String, CaseModel.MunicipalityTraits> traits;
    private final SyntheticOptions options;
    private final RoundOptions rounds;
    private final TransitionModel transitions;
    private final Map<String, Origin> origins = new HashMap<>();
    private final Map<String, Integer> highestNumber = new HashMap<>();

    RoundGenerator(CaseModel model, CostBandModel cost, Map<String, CaseModel.MunicipalityTraits> traits,
                   SyntheticOptions options, RoundOptions rounds) {
        this.model = model;
        this.cost = cost;
        this.traits = traits;
        this.options = options;
        this.rounds = rounds;
        this.transitions = new TransitionModel(rounds.progression(), rounds.trendAgreement());
    }

    List<SyntheticDataSet> generate(SyntheticDataSet first) {
        SplittableRandom rng = new SplittableRandom(options.seed() ^ SALT);
        List<MunicipalityPopulation> populations = first.populations();
        Map<String, Integer> order = new HashMap<>();
        for (int m = 0; m < populations.size(); m++) {
            order.put(populations.get(m).municipality().code(), m);
        }
        double[] weights = new double[populations.size()];
        List<CaseRecord> previous = new ArrayList<>();
        for (CaseRecord r : first.records()) {
            if (band(r) >= 0) {
                previous.add(r);
                weights[order.get(r.municipalityCode())]++;
                origins.put(key(r), new Origin(1, r.screeningDate().orElseThrow(), r.answer("age")));
                highestNumber.merge(r.municipalityCode(), number(r), Math::max);
            }
        }
        List<SyntheticDataSet> all = new ArrayList<>(List.of(first));
        for (int round = 2; round <= rounds.rounds(); round++) {
            List<CaseRecord> next = new ArrayList<>();
            for (CaseRecord r : previous) {
                follow(rng, r, round).ifPresent(next::add);
            }
            long newCases = Math.round(rounds.newShare() * previous.size());
            for (int i = 0; i < newCases; i++) {
                next.add(newCase(rng, populations.get(Draw.index(rng, weights)).municipality().code(), round));
            }
            next.sort(Comparator.comparing((CaseRecord r) -> order.get(r.municipalityCode()))
                    .thenComparing(CaseRecord::caseNumber));
            List<CaseRecord> numbered = new ArrayList<>();
            for (CaseRecord r : next) {
                numbered.add(new CaseRecord(r.municipalityCode(), r.caseNumber(), r.screeningDate(), r.annualCost(),
                        r.remark(), withoutRetired(r), r.source().atRow(numbered.size() + 1)));
            }
            all.add(new SyntheticDataSet(options, numbered, populations));
            previous = numbered;
        }
        return all;
    }

    /** The record of {@code r}'s citizen in {@code round}, or empty when the case ended or fell below 2 mio. kr. */
    private Optional<CaseRecord> follow(SplittableRandom rng, CaseRecord r, int round) {
        boolean ended = Draw.chance(rng, rounds.endedPerInterval());
        int band = band(r);
        int direction = transitions.draw(rng, r.answers(), band);
        if (ended || (direction == TransitionModel.CHEAPER && band == 0)) {
            return Optional.empty();
        }
        int newBand = band + (direction == TransitionModel.DEARER ? 1 : direction == TransitionModel.CHEAPER ? -1 : 0);
        Origin origin = origins.get(key(r));
        LocalDate date = origin.date().plusMonths((long) (round - origin.round()) * rounds.intervalMonths());
        Map<String, Answer> answers = new HashMap<>(r.answers());
        answers.put("cost_band", new Answer.Choice(CostBandModel.SCREENED_BANDS[newBand]));
        if (origin.age() instanceof Answer.WholeNumber(int age)) {
            answers.put("age", new Answer.WholeNumber(age + Period.between(origin.date(), date).getYears()));
        }
        answers.put("cost_trend", trend(rng));
        if (Draw.chance(rng, FORCE_REDRAWN)) {
            boolean outward = TransitionModel.code(answers, "behaviour_type").equals("outward");
            answers.put("use_of_force", blankOr(rng, "use_of_force", CaseModel.useOfForce(rng, outward)));
        }
        if (Draw.chance(rng, FUNCTION_REDRAWN)) {
            answers.put("function_trend", blankOr(rng, "function_trend", CaseModel.functionTrend(rng)));
        }
        double change = 1 - Math.pow(1 - ANSWER_CHANGE_PER_YEAR, rounds.intervalMonths() / 12.0);
        Map<String, String> given = new HashMap<>();
        answers.forEach((key, answer) -> given.put(key, TransitionModel.code(answers, key)));
        for (String key : CaseModel.CHANGEABLE) {
            if (answers.containsKey(key) && !Answer.NOT_APPLICABLE.equals(answers.get(key)) && Draw.chance(rng, change)) {
                answers.put(key, blankOr(rng, key, CaseModel.changeable(rng, key, given, traits.get(r.municipalityCode()))));
            }
        }
        return Optional.of(SyntheticGenerator.record(rng, r.municipalityCode(), r.caseNumber(), date,
                answers, newBand, 0));
    }

    private CaseRecord newCase(SplittableRandom rng, String municipality, int round) {
        Map<String, Answer> answers = new HashMap<>(model.draw(rng, traits.get(municipality)));
        int band = cost.drawScreened(rng, cost.eta(answers));
        answers.put("cost_band", new Answer.Choice(CostBandModel.SCREENED_BANDS[band]));
        int number = highestNumber.merge(municipality, 1, Integer::sum);
        LocalDate date = SyntheticGenerator.firstDay(rng, rounds.screeningStart(round));
        CaseRecord record = SyntheticGenerator.record(rng, municipality, "S-%04d".formatted(number), date, answers, band, 0);
        origins.put(key(record), new Origin(round, date, answers.get("age")));
        return record;
    }

    /**
     * The record's answers without those to questions no longer asked on its screening date (the special
     * psychiatric places, retired from 1 July 2024): a sheet of that time has no such question to answer.
     */
    private static Map<String, Answer> withoutRetired(CaseRecord r) {
        if (r.screeningDate().isEmpty()) {
            return r.answers();
        }
        LocalDate date = r.screeningDate().get();
        Map<String, Answer> answers = new HashMap<>(r.answers());
        for (var q : ScreeningSheet.forScreeningDate(date).retiredQuestions()) {
            if (q.retired().filter(retirement -> !date.isBefore(retirement.from())).isPresent()) {
                answers.put(q.key(), Answer.NOT_ANSWERED);
            }
        }
        return answers;
    }

    /** The cost trend asked afresh: drawn from its shares, blank as often as in round 1. */
    private static Answer trend(SplittableRandom rng) {
        return blankOr(rng, "cost_trend", TransitionModel.TRENDS[Draw.index(rng, CaseModel.COST_TREND_SHARES)]);
    }

    private static Answer blankOr(SplittableRandom rng, String key, String code) {
        return Draw.chance(rng, CaseModel.blankRate(key)) ? Answer.NOT_ANSWERED : new Answer.Choice(code);
    }

    private static int band(CaseRecord r) {
        String code = TransitionModel.code(r.answers(), "cost_band");
        for (int k = 0; k < CostBandModel.SCREENED_BANDS.length; k++) {
            if (CostBandModel.SCREENED_BANDS[k].equals(code)) {
                return k;
            }
        }
        return -1;
    }

    private static int number(CaseRecord r) {
        return Integer.parseInt(r.caseNumber().substring(2));
    }

    private static String key(CaseRecord r) {
        return r.municipalityCode() + "/" + r.caseNumber();
    }
}
