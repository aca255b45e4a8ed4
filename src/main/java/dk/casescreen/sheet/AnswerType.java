package dk.casescreen.sheet;

/** How a question is answered. */
public enum AnswerType {
    /** One of a set of unordered options. */
    SINGLE_CHOICE,
    /** One of a set of options with a natural order (the order they are listed in). */
    ORDERED_CHOICE,
    /** A whole number within a range. */
    WHOLE_NUMBER;

    /** Whether the question is answered by picking an option. */
    public boolean isChoice() {
        return this != WHOLE_NUMBER;
    }
}
