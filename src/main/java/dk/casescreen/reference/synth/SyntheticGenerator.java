package dk.casescreen.reference.synth;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.FictionalMunicipalities;
import dk.casescreen.cases.Location;
import dk.casescreen.cases.Municipality;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.sheet.ScreeningSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generates synthetic screening data calibrated to the published figures; see {@link CaseModel} for
 * the answers and {@link CostBandModel} for the cost band. Municipalities: populations aged 18–66 drawn
 * log-normally (median 30,000, like Danish municipalities), and case rates per 1,000 varying by a
 * gamma-distributed factor with a coefficient of variation of 0.5 (the press reported municipalities at
 * half and at double the average); every municipality has at least one case. Deterministic: the same
 * options give the same records.
 */
public final class SyntheticGenerator {

    /** The remark every synthetic record carries. */
    public static final String REMARK = "Syntetiske data (ikke en rigtig borger)";
    /** The first screening day of round 1. */
    static final LocalDate FIRST_SCREENING_DAY = LocalDate.of(2022, 10, 3);
    private static final int SCREENING_DAYS = 59;
    private static final double EXACT_COST_SHARE = 0.7;

    private final ScreeningSheet sheet;
    /**
     * The cost-band models by planted effects: solving a model's thresholds takes a fixed calibration sample
     * and does not depend on the seed, so a generator asked for many seeds (a simulation) solves them once.
     */
    private final Map<List<PlantedEffect>, CostBandModel> costModels = new ConcurrentHashMap<>();

    /** A generator for the given sheet (its codes must include those the model uses). */
    public SyntheticGenerator(ScreeningSheet sheet) {
        this.sheet = sheet;
    }

    /** Generates a data set. */
    public SyntheticDataSet generate(SyntheticOptions options) {
        return firstRound(options).data();
    }

    /**
     * Generates linked screening rounds: round 1 is exactly {@link #generate(SyntheticOptions)}; each later
     * round follows the cases of the one before (same municipality and case number, same gender, age grown
     * by the whole years between the screening dates, a cost band one up, the same or one down), drops the
     * cases that ended or fell below 2 mio. kr. and adds new cases, numbered on from each municipality's
     * highest case number. The transition model is {@link TransitionModel} (docs/synthetic-reference.md,
     * "Screening rounds"). Comparison cases below 2 mio. kr. appear in round 1 only. Deterministic: the same
     * options give the same rounds.
     *
     * @return the rounds in date order, {@code rounds.rounds()} of them
     * @throws IllegalArgumentException when a planted effect or progression names a question or answer the
     *                                  sheet does not have
     */
    public List<SyntheticDataSet> generateRounds(SyntheticOptions options, RoundOptions rounds) {
        checkPlanted(rounds.progression(), "progression");
        FirstRound first = firstRound(options);
        return new RoundGenerator(first.model(), first.cost(), first.traits(), options, rounds).generate(first.data());
    }

    /** Round 1 and what the later rounds need of it. */
    private record FirstRound(SyntheticDataSet data, CaseModel model, CostBandModel cost,
                              Map<String, CaseModel.MunicipalityTraits> traits) {
    }

    private FirstRound firstRound(SyntheticOptions options) {
        checkPlanted(options.effects(), "effect");
        SplittableRandom rng = new SplittableRandom(options.seed());
        CaseModel model = new CaseModel(sheet);
        CostBandModel cost = costModels.computeIfAbsent(options.effects(), effects -> new CostBandModel(model, effects));
        List<MunicipalityPopulation> populations = populations(rng, options.municipalities());
        int[] allocation = allocate(rng, populations, options.cases());
        Map<String, CaseModel.MunicipalityTraits> traits = new HashMap<>();
        for (MunicipalityPopulation p : populations) {
            traits.put(p.municipality().code(), new CaseModel.MunicipalityTraits(
                    Draw.logistic(Math.log(0.4 / 0.6) + Draw.normal(rng))));
        }
        List<CaseRecord> records = new ArrayList<>();
        for (int m = 0; m < populations.size(); m++) {
            Municipality municipality = populations.get(m).municipality();
            for (int i = 1; i <= allocation[m]; i++) {
                Map<String, Answer> answers = new HashMap<>(model.draw(rng, traits.get(municipality.code())));
                int band = cost.drawScreened(rng, cost.eta(answers));
                answers.put("cost_band", new Answer.Choice(CostBandModel.SCREENED_BANDS[band]));
                records.add(record(rng, municipality.code(), "S-%04d".formatted(i), firstDay(rng, FIRST_SCREENING_DAY),
                        answers, band, records.size() + 1));
            }
        }
        double[] weights = populations.stream().mapToDouble(MunicipalityPopulation::aged18to66).toArray();
        Map<String, Integer> comparisonNumbers = new HashMap<>();
        int added = 0;
        while (added < options.comparisonCases()) {
            Municipality municipality = populations.get(Draw.index(rng, weights)).municipality();
            Map<String, Answer> answers = new HashMap<>(model.draw(rng, traits.get(municipality.code())));
            if (!cost.keepAsComparison(rng, cost.eta(answers))) {
                continue;
            }
            answers.put("cost_band", new Answer.Choice(CostBandModel.BELOW));
            int number = comparisonNumbers.merge(municipality.code(), 1, Integer::sum);
            records.add(record(rng, municipality.code(), "K-%04d".formatted(number), firstDay(rng, FIRST_SCREENING_DAY),
                    answers, -1, records.size() + 1));
            added++;
        }
        return new FirstRound(new SyntheticDataSet(options, records, populations), model, cost, traits);
    }

    private void checkPlanted(List<PlantedEffect> planted, String what) {
        for (PlantedEffect e : planted) {
            var q = sheet.question(e.questionKey()).orElseThrow(() -> new IllegalArgumentException(
                    "No question '" + e.questionKey() + "' to plant an " + what + " on"));
            for (String code : e.codes()) {
                if (q.option(code).isEmpty()) {
                    throw new IllegalArgumentException("'" + code + "' is not an answer of " + q.key() + "; the answers are "
                            + String.join(", ", q.codes()));
                }
            }
        }
    }

    /** A screening day within the 59 days from {@code start}. */
    static LocalDate firstDay(SplittableRandom rng, LocalDate start) {
        return start.plusDays(rng.nextInt(SCREENING_DAYS));
    }

    /** A synthetic record; 70% get an exact annual cost within band {@code band} (below 2 mio. kr. when negative). */
    static CaseRecord record(SplittableRandom rng, String municipalityCode, String caseNumber, LocalDate date,
                             Map<String, Answer> answers, int band, int row) {
        Optional<BigDecimal> cost = Draw.chance(rng, EXACT_COST_SHARE)
                ? Optional.of(BigDecimal.valueOf(CostBandModel.exactCost(rng, band))) : Optional.empty();
        return new CaseRecord(municipalityCode, caseNumber, Optional.of(date), cost, Optional.of(REMARK), answers,
                new Location("synthetic", Optional.empty(), row, Optional.empty()));
    }

    private static List<MunicipalityPopulation> populations(SplittableRandom rng, int count) {
        List<MunicipalityPopulation> list = new ArrayList<>();
        for (Municipality m : FictionalMunicipalities.first(count)) {
            double population = Math.exp(Math.log(30_000) + 0.75 * Draw.normal(rng));
            long rounded = Math.round(Math.min(450_000, Math.max(1_500, population)));
            list.add(new MunicipalityPopulation(m, rounded));
        }
        return list;
    }

    private static int[] allocate(SplittableRandom rng, List<MunicipalityPopulation> populations, int cases) {
        double[] weights = new double[populations.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = populations.get(i).aged18to66() * Draw.gamma(rng, 4) / 4;
        }
        int[] allocation = new int[weights.length];
        java.util.Arrays.fill(allocation, 1);
        for (int c = weights.length; c < cases; c++) {
            allocation[Draw.index(rng, weights)]++;
        }
        return allocation;
    }
}
