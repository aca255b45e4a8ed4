package dk.casescreen.sheet;

import dk.casescreen.Text;

/**
 * One answer option of a choice question.
 *
 * @param code       the stable code stored in case records
 * @param label      the Danish and English label shown to people
 * @param dontKnow   whether the option means "Ved ikke" (don't know)
 * @param provenance where the option comes from; the definition file may give it per option, and
 *                   otherwise it is the question's
 */
public record AnswerOption(String code, Text label, boolean dontKnow, Provenance provenance) {
}
