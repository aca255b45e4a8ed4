package dk.casescreen.cases;

/**
 * The answer a case record holds for one question. "Ved ikke" is an ordinary {@link Choice};
 * not answered and not applicable are kept apart from it and from each other, because every share
 * must say which of them it leaves out.
 */
public sealed interface Answer {

    /** An answer option, by its code. */
    record Choice(String code) implements Answer {
    }

    /** A whole-number answer. */
    record WholeNumber(int value) implements Answer {
    }

    /** The question applied but was left blank. */
    record NotAnswered() implements Answer {
    }

    /** The question did not apply (its condition did not hold) and was left blank. */
    record NotApplicable() implements Answer {
    }

    /** The shared not-answered value. */
    Answer NOT_ANSWERED = new NotAnswered();

    /** The shared not-applicable value. */
    Answer NOT_APPLICABLE = new NotApplicable();

    /** Whether this answer holds a value (an option or a number). */
    default boolean isGiven() {
        return this instanceof Choice || this instanceof WholeNumber;
    }
}
