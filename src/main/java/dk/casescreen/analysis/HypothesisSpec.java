package dk.casescreen.analysis;

import dk.casescreen.Text;
import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.Condition;
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

    /** Creates a spec; the lists are copied. */
    public HypothesisSpec {
        exposure = List.copyOf(exposure);
        confounders = List.copyOf(confounders);
        if (exposure.isEmpty()) {
            throw new IllegalArgumentException("Hypothesis " + id + " needs at least one exposure condition");
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

    /** Checks that every question and answer the spec names exists in {@code sheet}. */
    public void checkAgainst(ScreeningSheet sheet, String where) {
        for (Condition c : exposure) {
            var q = sheet.question(c.questionKey()).orElseThrow(() -> new IllegalArgumentException(
                    where + ": the sheet " + sheet.version() + " has no question '" + c.questionKey() + "'"));
            for (String code : c.answers()) {
                if (q.option(code).isEmpty()) {
                    throw new IllegalArgumentException(where + ": '" + code + "' is not an answer of " + q.key()
                            + " (answers: " + String.join(", ", q.codes()) + ")");
                }
            }
        }
        for (String confounder : confounders) {
            var q = sheet.question(confounder).orElseThrow(() -> new IllegalArgumentException(
                    where + ": the sheet has no question '" + confounder + "' to adjust for"));
            if (!q.type().isChoice()) {
                throw new IllegalArgumentException(where + ": the confounder " + confounder + " must be a choice question");
            }
            if (exposure.stream().anyMatch(c -> c.questionKey().equals(confounder))) {
                throw new IllegalArgumentException(where + ": " + confounder + " is both exposure and confounder");
            }
        }
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

        /** The spec. */
        public HypothesisSpec build() {
            Text label = exposureLabel != null ? exposureLabel : new Text(id, id);
            return new HypothesisSpec(id, Objects.requireNonNull(claim, "claim"), exposure, label,
                    Optional.ofNullable(slides), confounders, Optional.ofNullable(rationale), extra);
        }
    }
}
