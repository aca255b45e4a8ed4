package dk.casescreen.analysis;

/** Why a hypothesis got its verdict; renderers turn it into a sentence with the numbers. */
public enum VerdictReason {
    /** Adjusted p below alpha and odds ratio above 1. */
    HIGHER_BAND_WITH_EXPOSURE,
    /** Adjusted p below alpha and odds ratio below 1. */
    LOWER_BAND_WITH_EXPOSURE,
    /** The upper confidence limit of the odds ratio lies below the smallest effect of interest. */
    IMPORTANT_EFFECT_RULED_OUT,
    /** The upper confidence limit of the prevalence lies below the rarity threshold. */
    EXPOSURE_TOO_RARE,
    /** Not significant, and the interval still includes important effects. */
    CANNOT_TELL,
    /** The model could not be fitted (too few cases, separation, ...). */
    MODEL_NOT_FITTED,
    /** Every exposure question is retired in the sheet version of the cases; the hypothesis is not tested. */
    QUESTIONS_RETIRED
}
