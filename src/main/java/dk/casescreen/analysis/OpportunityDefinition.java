package dk.casescreen.analysis;

import dk.casescreen.Text;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.Condition;
import java.util.List;

/**
 * An action opportunity ("handlemulighed"): a combination of answers that marks something the
 * municipality can act on in a case.
 *
 * @param id         a stable identifier
 * @param label      what it is, in Danish and English
 * @param action     what to do about it
 * @param conditions the answers that must all hold
 */
public record OpportunityDefinition(String id, Text label, Text action, List<Condition> conditions) {

    /** Creates a definition; the conditions are copied. */
    public OpportunityDefinition {
        conditions = List.copyOf(conditions);
    }

    /** Whether the case has this opportunity. */
    public boolean holdsFor(CaseRecord record) {
        return conditions.stream().allMatch(c -> record.code(c.questionKey()).filter(c::holdsFor).isPresent());
    }
}
