package dk.casescreen.analysis;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.DesignMatrix;
import dk.casescreen.stats.DesignMatrix.Missing;
import dk.casescreen.stats.ModelFitException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The design matrix of a regression model over the cases of a case table: the adapter from the
 * domain to {@link DesignMatrix}, the one design-matrix builder. A choice question is a factor whose
 * levels are its answers in sheet order without "Ved ikke" (the first is the reference level unless
 * another is given); a whole-number question is a number. Not answered, not applicable and "Ved ikke"
 * are missing values, counted by reason in {@link DesignMatrix#exclusions()}; complete cases only.
 */
public final class CaseDesign {

    private CaseDesign() {
    }

    /** Starts a design built from the cases of {@code cases}. */
    public static Builder from(CaseTable cases) {
        return new Builder(cases);
    }

    /** The question's answers as a design variable of {@code builder}, one value per case of {@code cases}. */
    static void declare(DesignMatrix.Builder builder, CaseTable cases, Question q) {
        declare(builder, cases, q, java.util.stream.IntStream.range(0, cases.size()).toArray());
    }

    /**
     * The question's answers as a design variable of {@code builder}, one value per entry of
     * {@code rows} (positions in {@code cases}, in the design's row order).
     */
    static void declare(DesignMatrix.Builder builder, CaseTable cases, Question q, int[] rows) {
        int size = rows.length;
        AnswerColumn column = cases.column(q.key());
        Missing[] missing = new Missing[size];
        if (q.type().isChoice()) {
            String[] codes = new String[size];
            List<String> optionCodes = q.codes();
            boolean[] dontKnow = new boolean[optionCodes.size()];
            for (int o = 0; o < dontKnow.length; o++) {
                dontKnow[o] = q.isDontKnow(optionCodes.get(o));
            }
            for (int r = 0; r < size; r++) {
                // the option's position first (no Answer object per case); other answers as below
                int option = column.option(rows[r]);
                if (option >= 0) {
                    if (dontKnow[option]) {
                        missing[r] = Missing.DONT_KNOW;
                    } else {
                        codes[r] = optionCodes.get(option);
                    }
                    continue;
                }
                switch (column.answer(rows[r])) {
                    case Answer.Choice(String code) when q.isDontKnow(code) -> missing[r] = Missing.DONT_KNOW;
                    case Answer.Choice(String code) -> codes[r] = code;
                    case Answer.NotAnswered ignored -> missing[r] = Missing.NOT_ANSWERED;
                    case Answer.NotApplicable ignored -> missing[r] = Missing.NOT_APPLICABLE;
                    case Answer.WholeNumber ignored -> throw new IllegalArgumentException(
                            "A whole-number answer to the choice question " + q.key());
                }
            }
            builder.factor(q.key(), levels(q), codes, missing);
        } else {
            double[] values = new double[size];
            for (int r = 0; r < size; r++) {
                switch (column.answer(rows[r])) {
                    case Answer.Choice(String code) when q.isDontKnow(code) -> missing[r] = Missing.DONT_KNOW;
                    case Answer.Choice ignored -> throw new IllegalArgumentException(
                            "A choice answer to the whole-number question " + q.key());
                    case Answer.NotAnswered ignored -> missing[r] = Missing.NOT_ANSWERED;
                    case Answer.NotApplicable ignored -> missing[r] = Missing.NOT_APPLICABLE;
                    case Answer.WholeNumber(int value) -> values[r] = value;
                }
            }
            builder.numeric(q.key(), values, missing);
        }
    }

    /** A choice question's levels: its answer codes in sheet order, "Ved ikke" left out. */
    static List<String> levels(Question q) {
        return q.codes().stream().filter(c -> !q.isDontKnow(c)).toList();
    }

    /** Builds a {@link DesignMatrix} from a case table; choose the outcome and predictors, then {@link #build()}. */
    public static final class Builder {

        private final CaseTable cases;
        private String outcome;
        private String[] events;
        private final List<String> predictors = new ArrayList<>();
        private final Map<String, String> references = new LinkedHashMap<>();
        private boolean dropEmptyLevels;

        private Builder(CaseTable cases) {
            this.cases = cases;
        }

        /** An ordered outcome (such as {@code cost_band}): its answers in sheet order, "Ved ikke" left out. */
        public Builder outcome(String questionKey) {
            this.outcome = questionKey;
            this.events = null;
            return this;
        }

        /** A yes/no outcome: 1 when the answer is one of {@code eventCodes}, 0 for any other answer but "Ved ikke". */
        public Builder binaryOutcome(String questionKey, String... eventCodes) {
            this.outcome = questionKey;
            this.events = eventCodes.clone();
            return this;
        }

        /** Adds predictors, in the order their columns should appear. */
        public Builder predictors(String... questionKeys) {
            predictors.addAll(List.of(questionKeys));
            return this;
        }

        /** Uses {@code code} as the reference level of {@code questionKey} instead of its first level. */
        public Builder reference(String questionKey, String code) {
            references.put(questionKey, code);
            return this;
        }

        /** Drops predictor levels that no case used has (with a note), instead of failing. */
        public Builder dropEmptyLevels() {
            this.dropEmptyLevels = true;
            return this;
        }

        /**
         * Builds the design.
         *
         * @throws IllegalArgumentException when a question is unknown, used twice, of the wrong type, or a
         *                                  reference level or event code is not one of its answers
         * @throws ModelFitException        ({@link ModelFitException.Kind#RANK_DEFICIENT}) when a predictor
         *                                  level has no case and {@link #dropEmptyLevels()} was not asked for
         */
        public DesignMatrix build() {
            DesignMatrix.Builder design = DesignMatrix.builder(cases.size());
            List<String> used = new ArrayList<>();
            if (outcome != null) {
                used.add(outcome);
            }
            for (String key : predictors) {
                if (used.contains(key)) {
                    throw new IllegalArgumentException("The question " + key + " is used twice in the model");
                }
                used.add(key);
            }
            for (String key : used) {
                declare(design, cases, cases.sheet().require(key));
            }
            if (outcome != null) {
                if (events == null) {
                    design.outcome(outcome);
                } else {
                    design.binaryOutcome(outcome, events);
                }
            }
            design.predictors(predictors.toArray(String[]::new));
            references.forEach(design::reference);
            if (dropEmptyLevels) {
                design.dropEmptyLevels();
            }
            return design.build();
        }
    }
}
