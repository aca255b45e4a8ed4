package dk.casescreen.analysis;

/** Why a hypothesis got its verdict; renderers turn it into a sentence with the numbers. */
public enum VerdictReason {
    /** Adjusted p below alpha and odds ratio above 1: the exposure is associated with a higher cost level. */
    HIGHER_BAND_WITH_EXPOSURE,
    /** Adjusted p below alpha and odds ratio below 1: the exposure is associated with a lower cost level. */
    LOWER_BAND_WITH_EXPOSURE,
    /** The simultaneous (family-adjusted) upper limit of the odds ratio lies below the smallest effect of interest. */
    IMPORTANT_EFFECT_RULED_OUT,
    /** The simultaneous (family-adjusted) upper limit of the prevalence lies below the rarity threshold. */
    EXPOSURE_TOO_RARE,
    /** Not significant after adjustment, and the simultaneous interval still includes important effects. */
    CANNOT_TELL,
    /** The model could not be fitted (too few cases, separation, ...). */
    MODEL_NOT_FITTED,
    /** Every exposure question is retired in the sheet version of the cases; the hypothesis is not tested. */
    QUESTIONS_RETIRED
}
