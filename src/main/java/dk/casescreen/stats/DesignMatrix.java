package dk.casescreen.stats;

import dk.casescreen.cases.CaseTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The design matrix X of a regression model (without the intercept, which the model adds), with its
 * outcome, built from a case table as R's {@code model.matrix} builds it from a data frame of factors:
 * treatment (dummy) coding of each choice question, one 0/1 column per level other than the reference
 * level (the first level in sheet order unless another is given), named like R
 * ({@code provider_typeprivate}), and a whole-number question as one numeric column. Ordered questions
 * are coded the same way (R would use polynomial contrasts for an {@code ordered} factor: fit R with a
 * plain {@code factor} to compare).
 *
 * <p>Complete cases only, like R's {@code na.omit}: a case is left out when the outcome or any
 * predictor is not answered, not applicable, or answered "Ved ikke"; {@link #exclusions()} counts
 * each reason per question and {@link #notes()} says it in words. Outcome categories that no case
 * used has are dropped with a note (their thresholds would not be identified); an empty predictor
 * level is an error unless {@link Builder#dropEmptyLevels()} is asked for.
 */
public final class DesignMatrix {

    /** Why a case was left out for a question. */
    public enum Missing {
        /** The question applied but was left blank. */
        NOT_ANSWERED,
        /** The question did not apply (a conditional question whose condition did not hold). */
        NOT_APPLICABLE,
        /** The answer was "Ved ikke" (don't know). */
        DONT_KNOW
    }

    /**
     * How many cases were left out because of one question and one reason (a case can count for several questions).
     *
     * @param questionKey the question
     * @param reason      why
     * @param cases       the number of cases with that answer
     */
    public record Exclusion(String questionKey, Missing reason, int cases) {
    }

    /**
     * One column of the design.
     *
     * @param name        the column name, as R names it ({@code provider_typeprivate}, {@code age})
     * @param questionKey the question it codes
     * @param level       the answer code it indicates; empty for a whole-number column
     */
    public record Column(String name, String questionKey, Optional<String> level) {
    }

    private final double[][] x;
    private final List<Column> columns;
    private final int[] y;
    private final List<String> outcomeLevels;
    private final Optional<String> outcomeKey;
    private final int[] caseIndices;
    private final int total;
    private final List<Exclusion> exclusions;
    private final Map<String, String> referenceLevels;
    private final List<String> notes;

    DesignMatrix(double[][] x, List<Column> columns, int[] y, List<String> outcomeLevels,
                         Optional<String> outcomeKey, int[] caseIndices, int total, List<Exclusion> exclusions,
                         Map<String, String> referenceLevels, List<String> notes) {
        this.x = x;
        this.columns = List.copyOf(columns);
        this.y = y;
        this.outcomeLevels = List.copyOf(outcomeLevels);
        this.outcomeKey = outcomeKey;
        this.caseIndices = caseIndices;
        this.total = total;
        this.exclusions = List.copyOf(exclusions);
        this.referenceLevels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(referenceLevels));
        this.notes = List.copyOf(notes);
    }

    /** Starts a design built from the cases of {@code cases}. */
    public static Builder from(CaseTable cases) {
        return new Builder(cases);
    }

    /**
     * A design from raw values, for tests and for callers with their own coding: {@code x} (rows of
     * equal length, no intercept) with column names, and the outcome coded 0..K-1 naming its categories
     * {@code outcomeLevels} in order (for a 0/1 outcome two levels). Arrays are copied.
     */
    public static DesignMatrix of(int[] y, List<String> outcomeLevels, double[][] x, List<String> names) {
        Models.checkInput(y, x, names);
        double[][] copy = Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
        List<Column> columns = names.stream().map(n -> new Column(n, n, Optional.<String>empty())).toList();
        return new DesignMatrix(copy, columns, y.clone(), outcomeLevels, Optional.empty(),
                java.util.stream.IntStream.range(0, y.length).toArray(), y.length, List.of(), Map.of(), List.of());
    }

    /** The number of cases used (complete cases). */
    public int n() {
        return y.length;
    }

    /** The number of cases in the case table the design was built from. */
    public int total() {
        return total;
    }

    /** The number of cases left out for a missing, not-applicable or "Ved ikke" answer. */
    public int dropped() {
        return total - y.length;
    }

    /** Why cases were left out, per question and reason, in question order; only reasons that occurred. */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /** What the reader should know about the design (cases left out, categories dropped), in English. */
    public List<String> notes() {
        return notes;
    }

    /** The columns, in order. */
    public List<Column> columns() {
        return columns;
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The reference level of each choice predictor. */
    public Map<String, String> referenceLevels() {
        return referenceLevels;
    }

    /** A copy of the design matrix: one row per case used, one column per design column. */
    public double[][] x() {
        return Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
    }

    /** Whether the design has an outcome. */
    public boolean hasOutcome() {
        return !outcomeLevels.isEmpty();
    }

    /** The outcome question, when built from a case table. */
    public Optional<String> outcomeKey() {
        return outcomeKey;
    }

    /** The outcome categories in order (for a yes/no outcome: the other answers, then the event answers). */
    public List<String> outcomeLevels() {
        return outcomeLevels;
    }

    /** A copy of the outcome of each case used, coded 0..K-1 in the order of {@link #outcomeLevels()}. */
    public int[] outcome() {
        return y.clone();
    }

    /** The positions of the cases used in the case table's records, in order. */
    public int[] caseIndices() {
        return caseIndices.clone();
    }

    double[][] rows() {
        return x;
    }

    int[] outcomeArray() {
        return y;
    }

    /** Builds a {@link DesignMatrix} from a case table; choose the outcome and predictors, then {@link #build()}. */
    public static final class Builder {

        private final CaseTable cases;
        private String outcome;
        private Set<String> events;
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
            this.events = new LinkedHashSet<>(List.of(eventCodes));
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
            return new DesignBuild(cases, outcome, events, predictors, references, dropEmptyLevels).build();
        }
    }
}
