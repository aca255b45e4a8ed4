package dk.casescreen.analysis;

import java.util.List;

/**
 * An adjusted odds ratio of the exposure from a regression model.
 *
 * @param measure  what it is ("proportional-odds odds ratio of a higher cost band, adjusted for ...")
 * @param estimate the odds ratio
 * @param ciLow    the lower 95% Wald limit
 * @param ciHigh   the upper 95% Wald limit
 * @param pValue   the two-sided Wald p-value
 * @param n        the cases in the model
 * @param exposed  the exposed cases in the model
 * @param notes    what the model dropped or noticed
 */
public record Effect(String measure, double estimate, double ciLow, double ciHigh, double pValue, long n, long exposed,
                     List<String> notes) {

    /** Creates an effect; the notes are copied. */
    public Effect {
        notes = List.copyOf(notes);
    }
}
