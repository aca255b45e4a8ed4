package dk.casescreen.analysis;

/** What the data say about a hypothesis (see docs/hypotheses.md for the rule). */
public enum Verdict {
    /** The exposure goes with a higher cost band, after adjustment for multiplicity. */
    SUPPORTED,
    /** The data speak against it: an opposite effect, an interval that rules out important effects, or a rare exposure. */
    NOT_SUPPORTED,
    /** The data cannot tell. */
    INCONCLUSIVE,
    /** Not tested: the sheet version the cases were read with retires every exposure question (H10 after 1 July 2024). */
    NOT_RELEVANT
}
