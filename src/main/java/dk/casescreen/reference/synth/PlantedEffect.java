package dk.casescreen.reference.synth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An effect planted in synthetic data: cases whose answer to {@code questionKey} is one of
 * {@code codes} (the exposure) get {@code oddsRatio} times the odds of a higher cost band among
 * the screened cases, and the same odds ratio of being above rather than below 2 mio. kr.
 *
 * @param questionKey the question of the exposure
 * @param codes       the answers that make up the exposure
 * @param oddsRatio   the planted odds ratio (1 means no effect)
 */
public record PlantedEffect(String questionKey, Set<String> codes, double oddsRatio) {

    /** Creates an effect; the odds ratio must be positive and finite. */
    public PlantedEffect {
        codes = Set.copyOf(codes);
        if (!(oddsRatio > 0) || Double.isInfinite(oddsRatio)) {
            throw new IllegalArgumentException("The odds ratio must be a positive number, not " + oddsRatio);
        }
    }

    /**
     * Parses {@code question=code[,code...]:oddsRatio}, for instance {@code provider_type=private:2.0}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static PlantedEffect parse(String text) {
        String s = text.strip();
        int eq = s.indexOf('=');
        int colon = s.lastIndexOf(':');
        if (eq <= 0 || colon < eq + 2 || colon == s.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not of the form question=code[,code]:odds_ratio, "
                    + "e.g. provider_type=private:2.0");
        }
        Set<String> codes = new LinkedHashSet<>(Arrays.stream(s.substring(eq + 1, colon).split(","))
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList());
        double or;
        try {
            or = Double.parseDouble(s.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s.substring(colon + 1) + "' is not an odds ratio");
        }
        return new PlantedEffect(s.substring(0, eq).strip(), codes, or);
    }

    /** The effect on the log-odds scale. */
    public double logOdds() {
        return Math.log(oddsRatio);
    }
}
