package dk.casescreen.followup;

import dk.casescreen.Text;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions whose answers are Ja and Nej (codes {@code yes} and {@code no}, optionally with a
 * "Ved ikke" option) in both rounds' sheet versions, compared by question key. A question retired in
 * either version, or asked in only one, is left out with a note.
 *
 * @param questions the questions, in the earlier sheet's order
 * @param notes     why questions were left out
 */
record YesNoQuestions(List<Question> questions, List<Text> notes) {

    static final String YES = "yes";
    static final String NO = "no";

    static YesNoQuestions of(ScreeningSheet earlier, ScreeningSheet later) {
        List<Question> kept = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        for (Question q : earlier.questions()) {
            if (!isYesNo(q)) {
                continue;
            }
            Optional<Question> other = later.question(q.key());
            if (other.isEmpty() || !isYesNo(other.get())) {
                notes.add(new Text("Spørgsmål " + q.number() + " (" + q.text().da() + ") er ikke stillet med Ja/Nej i begge runder"
                        + " og er udeladt af sammenligningen.",
                        "Question " + q.number() + " (" + q.text().en() + ") is not asked as Ja/Nej in both rounds and is left out"
                                + " of the comparison."));
            } else if (q.isRetired() || other.get().isRetired()) {
                notes.add(new Text("Spørgsmål " + q.number() + " (" + q.text().da() + ") er udgået i den ene runde"
                        + " og er udeladt af sammenligningen.",
                        "Question " + q.number() + " (" + q.text().en() + ") is retired in one of the rounds and is left out"
                                + " of the comparison."));
            } else {
                kept.add(q);
            }
        }
        return new YesNoQuestions(kept, notes);
    }

    private static boolean isYesNo(Question q) {
        if (!q.type().isChoice()) {
            return false;
        }
        List<String> definite = q.options().stream().filter(o -> !o.dontKnow()).map(AnswerOption::code).toList();
        return definite.size() == 2 && Set.copyOf(definite).equals(Set.of(YES, NO));
    }

    /** Whether the question applies to the record: unconditional, or its condition holds. */
    static boolean applies(Question q, CaseRecord r) {
        return q.condition().map(c -> r.code(c.questionKey()).map(c::holdsFor).orElse(false)).orElse(true);
    }

    /** 1 for Ja, 0 for Nej, -1 for anything else (Ved ikke, not answered, not applicable). */
    static int yesNo(Question q, CaseRecord r) {
        return r.code(q.key()).map(code -> code.equals(YES) ? 1 : code.equals(NO) ? 0 : -1).orElse(-1);
    }
}
