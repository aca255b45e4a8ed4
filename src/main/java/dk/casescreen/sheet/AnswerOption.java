package dk.casescreen.sheet;

import dk.casescreen.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer option of a choice question.
 *
 * @param code       the stable code stored in case records
 * @param label      the Danish and English label shown to people
 * @param dontKnow   whether the option means "Ved ikke" (don't know)
 * @param provenance where the option comes from; the definition file may give it per option, and
 *                   otherwise it is the question's
 * @param amount     the amounts in kr. the option stands for, when it is a band of amounts (the cost
 *                   band's options); the loader warns when a case's annual cost lies outside it
 */
public record AnswerOption(String code, Text label, boolean dontKnow, Provenance provenance, Optional<KrRange> amount) {

    /** Checks that nothing is null. */
    public AnswerOption {
        Objects.requireNonNull(amount, "amount");
    }

    /** An option that stands for no amounts. */
    public AnswerOption(String code, Text label, boolean dontKnow, Provenance provenance) {
        this(code, label, dontKnow, provenance, Optional.empty());
    }
}
