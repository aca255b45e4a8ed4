package dk.casescreen.analysis;

import dk.casescreen.Text;
import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hypothesis about why offers became expensive, as a declarative spec: the claim, the exposure
 * (a case is exposed when any of the conditions holds), and the confounders to adjust for. The
 * outcome is always the cost band. Built-in specs come from {@code data-schema/hypotheses.json};
 * users add their own from a JSON file of the same form or with {@link #builder(String)}.
 *
 * @param id            a short identifier, e.g. "H1"
 * @param claim         the claim in Danish and English
 * @param exposure      the conditions, any of which makes a case exposed
 * @param exposureLabel the exposure in words
 * @param slides        the 2023 slides' words on it (quoted, Danish) and what they concluded, where known
 * @param confounders   the questions to adjust for
 * @param rationale     which questions the exposure uses and why, where given
 * @param extra         whether it is an extra hypothesis, not one of the slide's ten (built-in H11 is)
 */
public record HypothesisSpec(String id, Text claim, List<Condition> exposure, Text exposureLabel, Optional<Text> slides,
                             List<String> confounders, Optional<Text> rationale, boolean extra) {

    /**
     * Creates a spec; the lists are copied. Checks what can be checked without a sheet: an id, at least
     * one exposure condition, an answer in every condition, no confounder twice. Questions and answer
     * codes are checked against a sheet by {@link #checkAgainst(ScreeningSheet)}, which
     * {@link HypothesisEngine#run} does before testing.
     *
     * @throws IllegalArgumentException naming the hypothesis and the value at fault
     */
    public HypothesisSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A hypothesis needs an id, not '" + id + "'");
        }
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(exposureLabel, "exposureLabel");
        Objects.requireNonNull(slides, "slides");
        Objects.requireNonNull(rationale, "rationale");
        exposure = List.copyOf(exposure);
        confounders = List.copyOf(confounders);
        if (exposure.isEmpty()) {
            throw new IllegalArgumentException("Hypothesis " + id + " needs at least one exposure condition");
        }
        for (Condition c : exposure) {
            if (c.answers().isEmpty()) {
                throw new IllegalArgumentException("Hypothesis " + id + ": the exposure condition on '" + c.questionKey()
                        + "' names no answer, so no case would be exposed");
            }
        }
        if (new LinkedHashSet<>(confounders).size() < confounders.size()) {
            throw new IllegalArgumentException("Hypothesis " + id + ": a confounder is named twice in " + confounders);
        }
    }

    /** A spec without rationale that is not marked extra. */
    public HypothesisSpec(String id, Text claim, List<Condition> exposure, Text exposureLabel, Optional<Text> slides,
                          List<String> confounders) {
        this(id, claim, exposure, exposureLabel, slides, confounders, Optional.empty(), false);
    }

    /**
     * Whether a case is exposed: true when any condition holds; false when every condition's question
     * has a known answer ("Ved ikke" is not known) and none holds; empty otherwise. A conditional
     * question that does not apply (its own condition did not hold, e.g. q22 when q21 is "Nej") is a
     * known answer that holds no condition: a ruling cannot have raised the cost of a case never heard.
     */
    public Optional<Boolean> exposed(CaseRecord record, ScreeningSheet sheet) {
        boolean allKnown = true;
        for (Condition c : exposure) {
            if (record.answer(c.questionKey()) instanceof Answer.NotApplicable) {
                continue;
            }
            Optional<String> code = record.code(c.questionKey());
            if (code.isPresent() && c.holdsFor(code.get())) {
                return Optional.of(true);
            }
            if (code.isEmpty() || sheet.require(c.questionKey()).isDontKnow(code.get())) {
                allKnown = false;
            }
        }
        return allKnown ? Optional.of(false) : Optional.empty();
    }

    /**
     * Checks the spec against {@code sheet}: every question it names exists and is a choice question,
     * every answer code is one of the question's codes (codes, not labels: "private", not "Privat"), and
     * neither the exposure nor a confounder is the outcome or both at once.
     *
     * @throws IllegalArgumentException naming the hypothesis, the value at fault and the valid values
     */
    public void checkAgainst(ScreeningSheet sheet) {
        checkAgainst(sheet, "Hypothesis " + id);
    }

    /**
     * As {@link #checkAgainst(ScreeningSheet)}, with messages beginning with {@code where} (a file and an
     * index, say).
     */
    public void checkAgainst(ScreeningSheet sheet, String where) {
        for (Condition c : exposure) {
            Question q = choiceQuestion(sheet, c.questionKey(), where, "exposure question");
            for (String code : c.answers()) {
                if (q.option(code).isEmpty()) {
                    String meant = sheet.match(q, code).map(o -> "; did you mean '" + o.code() + "' (" + o.label().da() + ")?")
                            .orElse("");
                    throw new IllegalArgumentException(where + ": '" + code + "' is not an answer code of " + q.key()
                            + " (codes: " + String.join(", ", q.codes()) + ")" + meant);
                }
            }
        }
        for (String confounder : confounders) {
            choiceQuestion(sheet, confounder, where, "confounder");
            if (exposure.stream().anyMatch(c -> c.questionKey().equals(confounder))) {
                throw new IllegalArgumentException(where + ": " + confounder + " is both exposure and confounder");
            }
        }
    }

    /** The choice question {@code key} of the sheet, other than the outcome; else an error naming the key. */
    private static Question choiceQuestion(ScreeningSheet sheet, String key, String where, String role) {
        Optional<Question> found = sheet.question(key);
        if (found.isEmpty()) {
            throw new IllegalArgumentException(where + ": the sheet " + sheet.id() + " " + sheet.version() + " has no question '"
                    + key + "' (" + role + "; choice questions: " + String.join(", ", sheet.questions().stream()
                            .filter(q -> q.type().isChoice() && !q.key().equals(HypothesisEngine.OUTCOME))
                            .map(Question::key).toList()) + ")");
        }
        Question q = found.get();
        if (!q.type().isChoice()) {
            throw new IllegalArgumentException(where + ": the " + role + " " + key + " must be a choice question, not "
                    + q.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        if (key.equals(HypothesisEngine.OUTCOME)) {
            throw new IllegalArgumentException(where + ": " + key + " is the outcome and cannot be the " + role);
        }
        return q;
    }

    /** Starts a spec in code. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link HypothesisSpec}. */
    public static final class Builder {
        private final String id;
        private Text claim;
        private Text exposureLabel;
        private Text slides;
        private Text rationale;
        private boolean extra;
        private final List<Condition> exposure = new ArrayList<>();
        private List<String> confounders = List.of("target_group", "behaviour_decisive");

        private Builder(String id) {
            this.id = Objects.requireNonNull(id);
        }

        /** The claim. */
        public Builder claim(String da, String en) {
            this.claim = new Text(da, en);
            return this;
        }

        /** Adds an exposure condition: the question has one of the answers. */
        public Builder exposedWhen(String question, String... answers) {
            exposure.add(new Condition(question, new LinkedHashSet<>(List.of(answers))));
            return this;
        }

        /** The exposure in words. */
        public Builder exposureLabel(String da, String en) {
            this.exposureLabel = new Text(da, en);
            return this;
        }

        /** What earlier work concluded. */
        public Builder slides(String da, String en) {
            this.slides = new Text(da, en);
            return this;
        }

        /** Which questions the exposure uses and why. */
        public Builder rationale(String da, String en) {
            this.rationale = new Text(da, en);
            return this;
        }

        /** Marks the hypothesis as an extra one, not one of the slide's ten. */
        public Builder extra(boolean value) {
            this.extra = value;
            return this;
        }

        /** The confounders (default: target_group and behaviour_decisive). */
        public Builder confounders(String... keys) {
            this.confounders = List.of(keys);
            return this;
        }

        /**
         * The spec, checked for what needs no sheet (see the record's constructor); its questions and
         * answer codes are checked when it is run, or at once with {@link #build(ScreeningSheet)}.
         */
        public HypothesisSpec build() {
            Text label = exposureLabel != null ? exposureLabel : new Text(id, id);
            return new HypothesisSpec(id, Objects.requireNonNull(claim, "claim"), exposure, label,
                    Optional.ofNullable(slides), confounders, Optional.ofNullable(rationale), extra);
        }

        /**
         * The spec, checked against {@code sheet} at once: a mistyped question or answer code fails here,
         * naming the value and the valid codes.
         *
         * @throws IllegalArgumentException as {@link HypothesisSpec#checkAgainst(ScreeningSheet)}
         */
        public HypothesisSpec build(ScreeningSheet sheet) {
            HypothesisSpec spec = build();
            spec.checkAgainst(sheet);
            return spec;
        }
    }
}
