package dk.casescreen.cases;

import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.RecordField;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.sheet.Tokens;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which record field or question a column heading means. A heading may be a field's
 * label, key or alias; a question's key, number ("17", "q17", "Spm. 17"), Danish or English
 * wording, or a number followed by the key or wording ("17. Har borgeren en dom?", "q17 conviction").
 */
final class HeaderResolver {

    /** What a column holds: a record field (by key) or a question. */
    record Target(String fieldKey, Question question) {

        static Target field(String key) {
            return new Target(key, null);
        }

        static Target question(Question q) {
            return new Target(null, q);
        }

        boolean isQuestion() {
            return question != null;
        }

        /** A short name for messages: "q17 conviction" or "municipality". */
        String describe() {
            return question != null ? "q" + question.number() + " " + question.key() : fieldKey;
        }
    }

    private static final Pattern NUMBERED =
            Pattern.compile("^(?:q|spm\\.?|spørgsmål|question|nr\\.?)?\\s*([0-9]{1,3})\\s*[.):]?\\s*(.*)$");

    private final ScreeningSheet sheet;
    private final Map<String, Target> byName = new HashMap<>();

    HeaderResolver(ScreeningSheet sheet) {
        this.sheet = sheet;
        for (RecordField f : sheet.fields()) {
            Target t = Target.field(f.key());
            put(f.key(), t);
            put(f.label().da(), t);
            put(f.label().en(), t);
            f.aliases().forEach(a -> put(a, t));
        }
        for (Question q : sheet.questions()) {
            Target t = Target.question(q);
            put(q.key(), t);
            put(q.text().da(), t);
            put(q.text().en(), t);
        }
    }

    private void put(String heading, Target target) {
        byName.putIfAbsent(Tokens.normalise(heading), target);
    }

    /** The field or question a heading means, if any. */
    Optional<Target> resolve(String heading) {
        String h = Tokens.normalise(heading);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Target direct = byName.get(h);
        if (direct != null) {
            return Optional.of(direct);
        }
        Matcher m = NUMBERED.matcher(h);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Question> numbered = sheet.questionNumber(Integer.parseInt(m.group(1)));
        if (numbered.isEmpty()) {
            return Optional.empty();
        }
        String rest = m.group(2).strip();
        if (rest.isEmpty()) {
            return Optional.of(Target.question(numbered.get()));
        }
        Target named = byName.get(Tokens.normalise(rest));
        return named != null && named.question() == numbered.get() ? Optional.of(named) : Optional.empty();
    }
}
