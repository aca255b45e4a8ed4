package dk.casescreen.reference.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to generate linked screening rounds with
 * {@link SyntheticGenerator#generateRounds(SyntheticOptions, RoundOptions)}. Start from
 * {@link #defaults()} and change what you need with the {@code with…} methods:
 *
 * <pre>{@code
 * RoundOptions rounds = RoundOptions.defaults().withRounds(3).withIntervalMonths(12)
 *         .withProgression(PlantedEffect.parse("use_of_force=yes:2.0"));
 * }</pre>
 *
 * Each option is checked when it is set, and an error names the value. The transition model is
 * documented in {@code docs/synthetic-reference.md}, section "Screening rounds".
 *
 * @param rounds         the number of rounds, at least 2 (round 1 is what {@code generate} gives)
 * @param intervalMonths the months between the screening dates of consecutive rounds, at least 1
 * @param progression    planted effects on becoming dearer: an exposed case has {@code oddsRatio} times
 *                       the odds of a higher cost band in the next round (given its target group)
 * @param endedShare     the share of cases that end per year (died, moved, case closed), 0 to &lt; 1;
 *                       per interval {@code 1 - (1 - endedShare)^(intervalMonths / 12)}
 * @param newShare       the new cases of each round as a share of the previous round's cases, 0 to 1
 * @param trendAgreement the weight, 0 to 1, with which a case's self-reported cost trend (question 4)
 *                       is coupled to its realised band change; 0.5 gives about 60% agreement
 */
public record RoundOptions(int rounds, int intervalMonths, List<PlantedEffect> progression, double endedShare,
                           double newShare, double trendAgreement) {

    /** The defaults: 2 rounds 12 months apart, no progression, 10% ended a year, 17.5% new, agreement weight 0.5. */
    public static final RoundOptions DEFAULTS = new RoundOptions(2, 12, List.of(), 0.10, 0.175, 0.5);

    /**
     * Creates options, checking each value.
     *
     * @throws IllegalArgumentException naming the option at fault and its value
     */
    public RoundOptions {
        progression = List.copyOf(Objects.requireNonNull(progression, "progression"));
        if (rounds < 2) {
            throw new IllegalArgumentException("The number of rounds must be at least 2, not " + rounds);
        }
        if (intervalMonths < 1) {
            throw new IllegalArgumentException("The interval between rounds must be at least 1 month, not " + intervalMonths);
        }
        if (!(endedShare >= 0 && endedShare < 1)) {
            throw new IllegalArgumentException("The share of cases ending per year must be at least 0 and below 1, not " + endedShare);
        }
        if (!(newShare >= 0 && newShare <= 1)) {
            throw new IllegalArgumentException("The share of new cases per round must be between 0 and 1, not " + newShare);
        }
        if (!(trendAgreement >= 0 && trendAgreement <= 1)) {
            throw new IllegalArgumentException("The cost-trend agreement weight must be between 0 and 1, not " + trendAgreement);
        }
    }

    /** The default options ({@link #DEFAULTS}). */
    public static RoundOptions defaults() {
        return DEFAULTS;
    }

    /** These options with another number of rounds (at least 2). */
    public RoundOptions withRounds(int newRounds) {
        return new RoundOptions(newRounds, intervalMonths, progression, endedShare, newShare, trendAgreement);
    }

    /** These options with another interval between rounds, in months (at least 1). */
    public RoundOptions withIntervalMonths(int newIntervalMonths) {
        return new RoundOptions(rounds, newIntervalMonths, progression, endedShare, newShare, trendAgreement);
    }

    /** These options with these planted progressions instead of the current ones. */
    public RoundOptions withProgression(List<PlantedEffect> newProgression) {
        return new RoundOptions(rounds, intervalMonths, newProgression, endedShare, newShare, trendAgreement);
    }

    /** These options with one more planted progression. */
    public RoundOptions withProgression(PlantedEffect effect) {
        List<PlantedEffect> more = new ArrayList<>(progression);
        more.add(Objects.requireNonNull(effect, "effect"));
        return withProgression(more);
    }

    /** These options with another share of cases ending per year (0 to below 1). */
    public RoundOptions withEndedShare(double newEndedShare) {
        return new RoundOptions(rounds, intervalMonths, progression, newEndedShare, newShare, trendAgreement);
    }

    /** These options with another share of new cases per round (0 to 1 of the previous round's cases). */
    public RoundOptions withNewShare(double newNewShare) {
        return new RoundOptions(rounds, intervalMonths, progression, endedShare, newNewShare, trendAgreement);
    }

    /** These options with another cost-trend agreement weight (0: independent of the realised change; 1: as close as possible). */
    public RoundOptions withTrendAgreement(double newTrendAgreement) {
        return new RoundOptions(rounds, intervalMonths, progression, endedShare, newShare, newTrendAgreement);
    }

    /** The share of cases that end between two consecutive rounds. */
    public double endedPerInterval() {
        return 1 - Math.pow(1 - endedShare, intervalMonths / 12.0);
    }

    /**
     * The first screening day of round {@code round} (1-based): that of round 1, 3 October 2022, plus
     * {@code round - 1} intervals. A round's screenings spread over the 59 days from this day.
     *
     * @throws IllegalArgumentException when {@code round} is not 1..{@link #rounds()}
     */
    public LocalDate screeningStart(int round) {
        if (round < 1 || round > rounds) {
            throw new IllegalArgumentException("There is no round " + round + " of " + rounds);
        }
        return SyntheticGenerator.FIRST_SCREENING_DAY.plusMonths((long) (round - 1) * intervalMonths);
    }
}
