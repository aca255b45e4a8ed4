package dk.casescreen.sheet;

/** Where a question of the sheet comes from. */
public enum Provenance {
    /** Known verbatim from the original sheet. */
    SOURCED,
    /** Reconstructed from the published findings. */
    RECONSTRUCTED,
    /** Added by casescreen, motivated by the source documents. */
    ADDED
}
