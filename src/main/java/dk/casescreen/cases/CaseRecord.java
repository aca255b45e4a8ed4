package dk.casescreen.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One screened case: who screened it, the answers, and where the record came from.
 *
 * @param municipalityCode the municipality's code (as in Statistics Denmark's tables)
 * @param caseNumber       the pseudonymous case number within the municipality
 * @param screeningDate    the screening date, if given
 * @param annualCost       the exact annual cost in kr., if given
 * @param remark           a free-text remark, if given
 * @param answers          the answer to every question of the sheet, by question key
 * @param source           the file, worksheet and row the record was read from
 */
public record CaseRecord(String municipalityCode, String caseNumber, Optional<LocalDate> screeningDate,
                         Optional<BigDecimal> annualCost, Optional<String> remark, Map<String, Answer> answers,
                         Location source) {

    /** Creates a record; the answers are copied. */
    public CaseRecord {
        answers = Map.copyOf(answers);
    }

    /** The answer to the question with the given key (not answered when the sheet has no such answer). */
    public Answer answer(String questionKey) {
        return answers.getOrDefault(questionKey, Answer.NOT_ANSWERED);
    }

    /** The chosen option's code, if the question was answered with an option. */
    public Optional<String> code(String questionKey) {
        return answer(questionKey) instanceof Answer.Choice(String code) ? Optional.of(code) : Optional.empty();
    }
}
