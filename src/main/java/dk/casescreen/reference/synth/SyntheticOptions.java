package dk.casescreen.reference.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to generate. Start from {@link #defaults()} (the built-in reference: 683 cases from 47
 * municipalities) and change what you need with the {@code with…} methods:
 *
 * <pre>{@code
 * SyntheticOptions options = SyntheticOptions.defaults().withSeed(7).withComparisonCases(683)
 *         .withEffect(PlantedEffect.parse("provider_type=private:2.0"));
 * }</pre>
 *
 * Each option is checked when it is set, and an error names the value; set fewer municipalities before
 * fewer cases than the reference's 47, since every municipality needs a case.
 *
 * @param seed            the seed; the same options give byte-identical data
 * @param cases           the screened cases (2 mio. kr. or more)
 * @param municipalities  the fictional municipalities that screened them (each gets at least one case)
 * @param comparisonCases the comparison cases below 2 mio. kr. to add
 * @param effects         planted effects on the cost band
 * @param costEffects     planted effects on the annual cost (ratios of mean cost; the band follows the cost)
 */
public record SyntheticOptions(long seed, int cases, int municipalities, int comparisonCases,
                               List<PlantedEffect> effects, List<PlantedCostEffect> costEffects) {

    /** The seed of the built-in reference data set. */
    public static final long REFERENCE_SEED = 20221001L;

    /** The built-in reference: 683 cases from 47 municipalities, as in the published screening. */
    public static final SyntheticOptions REFERENCE = new SyntheticOptions(REFERENCE_SEED, 683, 47, 0, List.of(), List.of());

    /**
     * Creates options, checking each count.
     *
     * @throws IllegalArgumentException naming the count at fault and its value
     */
    public SyntheticOptions {
        effects = List.copyOf(Objects.requireNonNull(effects, "effects"));
        costEffects = List.copyOf(Objects.requireNonNull(costEffects, "costEffects"));
        double combined = costEffects.stream().mapToDouble(PlantedCostEffect::ratio).reduce(1, (a, b) -> a * b);
        if (combined > PlantedCostEffect.MAXIMUM_RATIO) {
            throw new IllegalArgumentException("The planted cost ratios multiply to " + combined + " for a case exposed to all; "
                    + "at most " + PlantedCostEffect.MAXIMUM_RATIO + " is allowed");
        }
        if (cases < 1) {
            throw new IllegalArgumentException("The number of cases must be at least 1, not " + cases);
        }
        if (municipalities < 1 || municipalities > 99) {
            throw new IllegalArgumentException("The number of fictional municipalities must be 1..99, not " + municipalities);
        }
        if (municipalities > cases) {
            throw new IllegalArgumentException("Every municipality needs a case: " + municipalities + " municipalities for "
                    + cases + " cases (set the municipalities first)");
        }
        if (comparisonCases < 0) {
            throw new IllegalArgumentException("The number of comparison cases cannot be negative: " + comparisonCases);
        }
    }

    /**
     * Creates options without planted cost effects, checking each count.
     *
     * @throws IllegalArgumentException naming the count at fault and its value
     */
    public SyntheticOptions(long seed, int cases, int municipalities, int comparisonCases, List<PlantedEffect> effects) {
        this(seed, cases, municipalities, comparisonCases, effects, List.of());
    }

    /** The options of the built-in reference data ({@link #REFERENCE}): seed 20221001, 683 cases, 47 municipalities. */
    public static SyntheticOptions defaults() {
        return REFERENCE;
    }

    /** These options with another seed. */
    public SyntheticOptions withSeed(long newSeed) {
        return new SyntheticOptions(newSeed, cases, municipalities, comparisonCases, effects, costEffects);
    }

    /** These options with another number of screened cases (at least the number of municipalities). */
    public SyntheticOptions withCases(int newCases) {
        return new SyntheticOptions(seed, newCases, municipalities, comparisonCases, effects, costEffects);
    }

    /** These options with another number of fictional municipalities (1–99, at most the number of cases). */
    public SyntheticOptions withMunicipalities(int newMunicipalities) {
        return new SyntheticOptions(seed, cases, newMunicipalities, comparisonCases, effects, costEffects);
    }

    /** These options with another number of comparison cases below 2 mio. kr. */
    public SyntheticOptions withComparisonCases(int newComparisonCases) {
        return new SyntheticOptions(seed, cases, municipalities, newComparisonCases, effects, costEffects);
    }

    /** These options with these planted effects instead of the current ones. */
    public SyntheticOptions withEffects(List<PlantedEffect> newEffects) {
        return new SyntheticOptions(seed, cases, municipalities, comparisonCases, newEffects, costEffects);
    }

    /** These options with one more planted effect. */
    public SyntheticOptions withEffect(PlantedEffect effect) {
        List<PlantedEffect> more = new ArrayList<>(effects);
        more.add(Objects.requireNonNull(effect, "effect"));
        return withEffects(more);
    }

    /** These options with these planted cost effects instead of the current ones. */
    public SyntheticOptions withCostEffects(List<PlantedCostEffect> newCostEffects) {
        return new SyntheticOptions(seed, cases, municipalities, comparisonCases, effects, newCostEffects);
    }

    /**
     * These options with one more planted cost effect, for instance
     * {@code withCostEffect(PlantedCostEffect.parse("provider_type=private:1.3"))}.
     */
    public SyntheticOptions withCostEffect(PlantedCostEffect effect) {
        List<PlantedCostEffect> more = new ArrayList<>(costEffects);
        more.add(Objects.requireNonNull(effect, "effect"));
        return withCostEffects(more);
    }
}
