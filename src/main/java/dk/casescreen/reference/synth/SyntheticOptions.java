package dk.casescreen.reference.synth;

import java.util.List;

/**
 * What to generate.
 *
 * @param seed            the seed; the same options give byte-identical data
 * @param cases           the screened cases (2 mio. kr. or more)
 * @param municipalities  the fictional municipalities that screened them (each gets at least one case)
 * @param comparisonCases the comparison cases below 2 mio. kr. to add
 * @param effects         planted effects on the cost band
 */
public record SyntheticOptions(long seed, int cases, int municipalities, int comparisonCases,
                               List<PlantedEffect> effects) {

    /** The seed of the built-in reference data set. */
    public static final long REFERENCE_SEED = 20221001L;

    /** The built-in reference: 683 cases from 47 municipalities, as in the published screening. */
    public static final SyntheticOptions REFERENCE = new SyntheticOptions(REFERENCE_SEED, 683, 47, 0, List.of());

    /** Creates options, checking the counts. */
    public SyntheticOptions {
        effects = List.copyOf(effects);
        if (cases < 1 || municipalities < 1 || municipalities > 99 || municipalities > cases || comparisonCases < 0) {
            throw new IllegalArgumentException("Need 1..99 municipalities, at least one case per municipality and "
                    + "no negative counts (cases " + cases + ", municipalities " + municipalities + ", comparison "
                    + comparisonCases + ")");
        }
    }

    /** These options with another seed. */
    public SyntheticOptions withSeed(long newSeed) {
        return new SyntheticOptions(newSeed, cases, municipalities, comparisonCases, effects);
    }

    /** These options with another number of cases. */
    public SyntheticOptions withCases(int newCases) {
        return new SyntheticOptions(seed, newCases, municipalities, comparisonCases, effects);
    }
}
