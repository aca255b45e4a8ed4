package dk.casescreen.reference.synth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cost effect planted in synthetic data: screened cases whose answer to {@code questionKey} is one of
 * {@code codes} (the exposure) have their annual cost multiplied by {@code ratio}, and their cost band moved to
 * the band of the new cost, so that band and cost agree. When the exposure is independent of the band model's
 * linear predictor, the ratio of mean annual cost, exposed over unexposed, is {@code ratio}; the exposed cases'
 * odds of a higher band rise too, as they do with a real cost effect (docs/synthetic-reference.md, "Annual cost").
 *
 * @param questionKey the question of the exposure
 * @param codes       the answers that make up the exposure
 * @param ratio       the planted ratio of mean annual cost, 1 (no effect) to 3
 */
public record PlantedCostEffect(String questionKey, Set<String> codes, double ratio) {

    /** The largest ratio: the dearest synthetic case (30 mio. kr.) stays below the loader's 100 mio. kr. */
    public static final double MAXIMUM_RATIO = 3.0;

    /**
     * Creates a cost effect.
     *
     * @throws IllegalArgumentException when the ratio is not a number from 1 to {@value #MAXIMUM_RATIO}, naming it
     */
    public PlantedCostEffect {
        codes = Set.copyOf(codes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("A cost effect on '" + questionKey + "' needs at least one answer code");
        }
        if (!(ratio >= 1 && ratio <= MAXIMUM_RATIO)) {
            throw new IllegalArgumentException("The cost ratio must be a number from 1 to " + MAXIMUM_RATIO + ", not " + ratio
                    + " (a ratio below 1 would move screened cases below 2 mio. kr.)");
        }
    }

    /**
     * Parses {@code question=code[,code...]:ratio}, for instance {@code provider_type=private:1.3}.
     *
     * @throws IllegalArgumentException when the text is not of that form, naming it
     */
    public static PlantedCostEffect parse(String text) {
        String s = text.strip();
        int eq = s.indexOf('=');
        int colon = s.lastIndexOf(':');
        if (eq <= 0 || colon < eq + 2 || colon == s.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not of the form question=code[,code]:cost_ratio, "
                    + "e.g. provider_type=private:1.3");
        }
        Set<String> codes = new LinkedHashSet<>(Arrays.stream(s.substring(eq + 1, colon).split(","))
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList());
        double ratio;
        try {
            ratio = Double.parseDouble(s.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s.substring(colon + 1) + "' is not a cost ratio");
        }
        return new PlantedCostEffect(s.substring(0, eq).strip(), codes, ratio);
    }

    /** Whether a case with this answer code to {@link #questionKey()} is exposed. */
    boolean exposes(String code) {
        return codes.contains(code);
    }
}
