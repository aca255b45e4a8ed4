package dk.casescreen.analysis;

/** What the data say about a hypothesis (see docs/hypotheses.md for the rule). */
public enum Verdict {
    /** The exposure is associated with a higher cost band, after adjustment for multiplicity (not a cause). */
    SUPPORTED,
    /**
     * The data speak against it, after the same adjustment for multiplicity: an opposite effect, a simultaneous
     * interval that rules out important effects, or an exposure too rare by its simultaneous interval.
     */
    NOT_SUPPORTED,
    /** The data cannot tell. */
    INCONCLUSIVE,
    /** Not tested: the sheet version the cases were read with retires every exposure question (H10 after 1 July 2024). */
    NOT_RELEVANT
}
