package dk.casescreen.sheet;

import java.util.Set;

/**
 * When a conditional question applies: only when another question has one of the given answers.
 *
 * @param questionKey the key of the question the condition looks at
 * @param answers     the answer codes of that question under which the condition holds
 */
public record Condition(String questionKey, Set<String> answers) {

    /** Creates a condition; the answer set is copied. */
    public Condition {
        answers = Set.copyOf(answers);
    }

    /** Whether the condition holds when the other question was answered with {@code code}. */
    public boolean holdsFor(String code) {
        return answers.contains(code);
    }
}
