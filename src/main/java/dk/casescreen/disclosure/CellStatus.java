package dk.casescreen.disclosure;

/** What a report may do with a published cell after statistical disclosure control. */
public enum CellStatus {
    /** The count is shown as it is. */
    SHOWN,
    /** Primary suppression: a count of 1 to threshold−1 persons, rendered "&lt;5" (for threshold 5). */
    PRIMARY,
    /** Secondary (complementary) suppression: hidden so that no primary cell can be worked out; rendered "·". */
    SECONDARY;

    /** Returns true for {@link #PRIMARY} and {@link #SECONDARY}. */
    public boolean suppressed() {
        return this != SHOWN;
    }
}
