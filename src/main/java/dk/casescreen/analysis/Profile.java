package dk.casescreen.analysis;

import dk.casescreen.cases.DataOrigin;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Who the citizens are ("Hvem er de?"): every question of the sheet summarised for one group of
 * cases (the whole data set, a municipality, or any subgroup).
 *
 * @param scope     what the group is, e.g. "all", a municipality code, or a subgroup name
 * @param cases     the cases in the group
 * @param questions one profile per question, in sheet order
 * @param origin    where the cases come from (taken from the case table; synthetic data say so wherever the profile shows)
 */
public record Profile(String scope, long cases, List<QuestionProfile> questions, DataOrigin origin) {

    /** Creates a profile; the list is copied. */
    public Profile {
        questions = List.copyOf(questions);
        java.util.Objects.requireNonNull(origin, "origin");
    }

    /** Whether the profiled cases are synthetic (from {@link #origin()}). */
    public boolean synthetic() {
        return origin.isSynthetic();
    }

    /**
     * The answer shares of every choice question as a tidy Tablesaw table, one row per answer: scope,
     * question, answer, count, n, estimate, conf.low, conf.high, conf.level (the columns of
     * {@link AnswerShare#asTable()}).
     */
    public Table asTable() {
        return asTable(List.of(this));
    }

    /** The answer shares of several profiles (for instance one per municipality) in one tidy table, as {@link #asTable()}. */
    public static Table asTable(List<Profile> profiles) {
        Table t = AnswerShare.emptyTable("profiles", true);
        for (Profile p : profiles) {
            for (QuestionProfile q : p.questions()) {
                for (AnswerShare s : q.answers()) {
                    AnswerShare.append(t, new String[] {p.scope(), q.question().key()}, s);
                }
            }
        }
        return t;
    }

    /** A short reading: {@code "Profile all: 683 cases, 36 questions"}. */
    @Override
    public String toString() {
        return "Profile " + scope + ": " + cases + " cases, " + questions.size() + " questions"
                + (synthetic() ? " (SYNTHETIC)" : "");
    }

    /** The profile of one question. */
    public Optional<QuestionProfile> question(String key) {
        return questions.stream().filter(q -> q.question().key().equals(key)).findFirst();
    }
}
