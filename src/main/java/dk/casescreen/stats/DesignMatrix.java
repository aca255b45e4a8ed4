package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The design matrix X of a regression model (without the intercept, which the model adds), with its
 * outcome, built as R's {@code model.matrix} builds it from a data frame of factors and numbers:
 * treatment (dummy) coding of each factor, one 0/1 column per level other than the reference level
 * (the first level unless another is given), named like R ({@code provider_typeprivate},
 * {@code sexMale}), and a numeric variable as one column. Ordered factors are coded the same way (R
 * would use polynomial contrasts for an {@code ordered} factor: fit R with a plain {@code factor} to
 * compare). This is the one design-matrix builder of the code base: the variables come from label and
 * number vectors ({@link #builder(int)}), from a Tablesaw table ({@link #from(Table)},
 * {@link #modelMatrix(Table, String...)}), or from a case table through
 * {@code dk.casescreen.analysis.CaseDesign}.
 *
 * <p>Complete cases only, like R's {@code na.omit}: a case is left out when the outcome or any
 * predictor is missing (not answered, not applicable, or answered "Ved ikke" for a case table; R's
 * {@code NA} for raw data); {@link #exclusions()} counts each reason per variable and {@link #notes()}
 * says it in words. Outcome categories that no case used has are dropped with a note (their thresholds
 * would not be identified); an empty predictor level is an error unless
 * {@link Builder#dropEmptyLevels()} is asked for.
 */
public final class DesignMatrix {

    /** Why a case has no value for a variable. */
    public enum Missing {
        /** The question applied but was left blank; for raw data, R's {@code NA}. */
        NOT_ANSWERED,
        /** The question did not apply (a conditional question whose condition did not hold). */
        NOT_APPLICABLE,
        /** The answer was "Ved ikke" (don't know). */
        DONT_KNOW
    }

    /**
     * How many cases were left out because of one variable and one reason (a case can count for several variables).
     *
     * @param variable the variable (the question key for a case table)
     * @param reason   why
     * @param cases    the number of cases with that answer
     */
    public record Exclusion(String variable, Missing reason, int cases) {
    }

    /**
     * One column of the design.
     *
     * @param name     the column name, as R names it ({@code provider_typeprivate}, {@code age})
     * @param variable the variable it codes (the question key for a case table)
     * @param level    the level it indicates; empty for a numeric column
     */
    public record Column(String name, String variable, Optional<String> level) {
    }

    private final DesignRows rows;
    private final List<Column> columns;
    private final int[] y;
    private final double[] response;
    private final List<String> outcomeLevels;
    private final Optional<String> outcomeVariable;
    private final int[] caseIndices;
    private final int total;
    private final List<Exclusion> exclusions;
    private final Map<String, String> referenceLevels;
    private final List<String> notes;

    DesignMatrix(DesignRows rows, List<Column> columns, int[] y, double[] response, List<String> outcomeLevels,
                         Optional<String> outcomeVariable, int[] caseIndices, int total, List<Exclusion> exclusions,
                         Map<String, String> referenceLevels, List<String> notes) {
        this.rows = rows;
        this.columns = List.copyOf(columns);
        this.y = y;
        this.response = response;
        this.outcomeLevels = List.copyOf(outcomeLevels);
        this.outcomeVariable = outcomeVariable;
        this.caseIndices = caseIndices;
        this.total = total;
        this.exclusions = List.copyOf(exclusions);
        this.referenceLevels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(referenceLevels));
        this.notes = List.copyOf(notes);
    }

    /**
     * Starts a design over {@code rows} rows; declare its variables with {@link Builder#factor} and
     * {@link Builder#numeric}, then choose the outcome and predictors among them.
     */
    public static Builder builder(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("the number of rows is negative: " + rows);
        }
        return new Builder(rows);
    }

    /**
     * Starts a design over the rows of a Tablesaw table, each column a variable as R's
     * {@code model.frame} reads a data frame: a text column is a factor with its distinct values as
     * levels, sorted as R's {@code factor()} sorts them in the C locale (by Unicode code point); a
     * boolean column is a factor with levels {@code FALSE}, {@code TRUE}; a numeric column is a
     * number. Missing values are R's {@code NA}. Change a factor's reference level with
     * {@link Builder#reference}.
     */
    public static Builder from(Table table) {
        Builder builder = builder(table.rowCount());
        for (tech.tablesaw.columns.Column<?> column : table.columns()) {
            String name = column.name();
            int n = column.size();
            if (column instanceof NumericColumn<?> numbers) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = numbers.isMissing(i) ? Double.NaN : numbers.getDouble(i);
                }
                builder.numeric(name, values);
            } else if (column instanceof BooleanColumn flags) {
                String[] codes = new String[n];
                for (int i = 0; i < n; i++) {
                    codes[i] = flags.isMissing(i) ? null : flags.get(i) ? "TRUE" : "FALSE";
                }
                builder.factor(name, List.of("FALSE", "TRUE"), codes);
            } else {
                String[] codes = new String[n];
                TreeSet<String> levels = new TreeSet<>();
                for (int i = 0; i < n; i++) {
                    codes[i] = column.isMissing(i) ? null : column.getString(i);
                    if (codes[i] != null) {
                        levels.add(codes[i]);
                    }
                }
                builder.factor(name, List.copyOf(levels), codes);
            }
        }
        return builder;
    }

    /**
     * R's {@code model.matrix(~ term1 + term2 + ..., data = table)} for main-effect terms (column
     * names of {@code table}): the columns {@code (Intercept)}, then each term's columns named as R
     * names them (a factor's non-reference levels pasted to its name, {@code sexMale}; a number under
     * its own name), over the complete cases of the terms, as a Tablesaw table. Factors are read as
     * {@link #from(Table)} reads them.
     *
     * @throws IllegalArgumentException when a term is not a column of the table
     * @throws ModelFitException        when a factor level has no complete case (R would keep an all-zero column)
     */
    public static Table modelMatrix(Table table, String... terms) {
        DesignMatrix design = from(table).predictors(terms).build();
        Table out = Table.create("model.matrix");
        double[] intercept = new double[design.n()];
        Arrays.fill(intercept, 1);
        out.addColumns(DoubleColumn.create("(Intercept)", intercept));
        for (int j = 0; j < design.columns.size(); j++) {
            out.addColumns(DoubleColumn.create(design.columns.get(j).name(), design.column(j)));
        }
        return out;
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
        return new DesignMatrix(DesignRows.each(copy), columns, y.clone(), null, outcomeLevels, Optional.empty(),
                java.util.stream.IntStream.range(0, y.length).toArray(), y.length, List.of(), Map.of(), List.of());
    }

    /** The number of cases used (complete cases). */
    public int n() {
        return y.length;
    }

    /** The number of rows (cases) the design was built from. */
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

    /** The reference level of each factor predictor. */
    public Map<String, String> referenceLevels() {
        return referenceLevels;
    }

    /** A copy of the design matrix: one row per case used, one column per design column. */
    public double[][] x() {
        return Arrays.stream(rows.x()).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * The values of column {@code j} (in {@link #columns()} order) for each case used, in order: one
     * column without copying the whole of {@link #x()}.
     *
     * @throws IndexOutOfBoundsException when there is no column {@code j}
     */
    public double[] column(int j) {
        java.util.Objects.checkIndex(j, columns.size());
        double[][] x = rows.x();
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = x[i][j];
        }
        return values;
    }

    /**
     * The same design without its notes, sharing its arrays: for a caller that reports the notes in its
     * own words and fits the design with {@link Models}, which carry a design's notes into the fit.
     */
    public DesignMatrix withoutNotes() {
        return new DesignMatrix(rows, columns, y, response, outcomeLevels, outcomeVariable, caseIndices, total, exclusions,
                referenceLevels, List.of());
    }

    /** Whether the design has a categorical (yes/no or ordered) outcome. */
    public boolean hasOutcome() {
        return !outcomeLevels.isEmpty();
    }

    /** Whether the design has a numeric outcome ({@link Builder#numericOutcome}), such as annual cost. */
    public boolean hasNumericOutcome() {
        return response != null;
    }

    /**
     * A copy of the numeric outcome of each case used, in order.
     *
     * @throws IllegalStateException when the design has no numeric outcome
     */
    public double[] response() {
        if (response == null) {
            throw new IllegalStateException("The design has no numeric outcome (DesignMatrix.Builder.numericOutcome)");
        }
        return response.clone();
    }

    double[] responseArray() {
        return response;
    }

    /** The outcome variable (the question key for a case table); empty for a design from raw arrays. */
    public Optional<String> outcomeVariable() {
        return outcomeVariable;
    }

    /** The outcome categories in order (for a yes/no outcome: the other answers, then the event answers). */
    public List<String> outcomeLevels() {
        return outcomeLevels;
    }

    /** A copy of the outcome of each case used, coded 0..K-1 in the order of {@link #outcomeLevels()}. */
    public int[] outcome() {
        return y.clone();
    }

    /** The positions of the cases used among the rows the design was built from, in order. */
    public int[] caseIndices() {
        return caseIndices.clone();
    }

    /** The rows, not copied, and which of them are the same array (the models read them, never write). */
    DesignRows rows() {
        return rows;
    }

    int[] outcomeArray() {
        return y;
    }

    /**
     * Builds a {@link DesignMatrix}: declare the variables (factors and numbers, one value per row),
     * choose the outcome and predictors among them, then {@link #build()}.
     */
    public static final class Builder {

        private final int rows;
        private final Map<String, DesignBuild.Variable> variables = new LinkedHashMap<>();
        private String outcome;
        private Set<String> events;
        private boolean numericOutcome;
        private final List<String> predictors = new ArrayList<>();
        private final Map<String, String> references = new LinkedHashMap<>();
        private boolean dropEmptyLevels;

        private Builder(int rows) {
            this.rows = rows;
        }

        /**
         * Declares a factor: its levels in order (the first is the reference level unless
         * {@link #reference} says otherwise) and each row's level, {@code null} for R's {@code NA}.
         *
         * @throws IllegalArgumentException when the length is not the number of rows, a level is given
         *                                  twice, or a value is not one of the levels (naming row and value)
         */
        public Builder factor(String name, List<String> levels, String[] codes) {
            return factor(name, levels, codes, null);
        }

        /**
         * Declares a factor as {@link #factor(String, List, String[])} does, with the reason each
         * missing value is missing: {@code missing[i]} non-null means row {@code i} has no value (its
         * code is then ignored); a {@code null} code without a reason counts as
         * {@link Missing#NOT_ANSWERED}.
         */
        public Builder factor(String name, List<String> levels, String[] codes, Missing[] missing) {
            checkLength(name, codes.length, missing);
            if (new LinkedHashSet<>(levels).size() != levels.size()) {
                throw new IllegalArgumentException("The factor " + name + " has a level twice: " + levels);
            }
            Map<String, Integer> position = new HashMap<>();
            for (int l = 0; l < levels.size(); l++) {
                position.put(levels.get(l), l);
            }
            int[] positions = new int[rows];
            Missing[] why = new Missing[rows];
            String last = null;
            int lastPosition = -1;
            for (int i = 0; i < rows; i++) {
                why[i] = missing != null && missing[i] != null ? missing[i]
                        : codes[i] == null ? Missing.NOT_ANSWERED : null;
                positions[i] = -1;
                if (why[i] == null) {
                    if (codes[i] != last) {
                        Integer found = position.get(codes[i]);
                        if (found == null) {
                            throw new IllegalArgumentException("Row " + (i + 1) + " of " + name + ": '" + codes[i]
                                    + "' is not one of its levels " + String.join(", ", levels));
                        }
                        last = codes[i];
                        lastPosition = found;
                    }
                    positions[i] = lastPosition;
                }
            }
            return declare(new DesignBuild.Variable(name, List.copyOf(levels), positions, null, why));
        }

        /**
         * Declares a numeric variable, one value per row; {@code NaN} is R's {@code NA}.
         *
         * @throws IllegalArgumentException when the length is not the number of rows
         */
        public Builder numeric(String name, double[] values) {
            return numeric(name, values, null);
        }

        /**
         * Declares a numeric variable as {@link #numeric(String, double[])} does, with the reason each
         * missing value is missing ({@code missing[i]} non-null: row {@code i} has no value).
         */
        public Builder numeric(String name, double[] values, Missing[] missing) {
            checkLength(name, values.length, missing);
            Missing[] why = new Missing[rows];
            for (int i = 0; i < rows; i++) {
                why[i] = missing != null && missing[i] != null ? missing[i]
                        : Double.isNaN(values[i]) ? Missing.NOT_ANSWERED : null;
            }
            return declare(new DesignBuild.Variable(name, null, null, values.clone(), why));
        }

        private void checkLength(String name, int length, Missing[] missing) {
            if (length != rows || (missing != null && missing.length != rows)) {
                throw new IllegalArgumentException("The variable " + name + " has " + length + " values"
                        + (missing == null ? "" : " and " + missing.length + " missing-value reasons")
                        + " but the design has " + rows + " rows");
            }
        }

        private Builder declare(DesignBuild.Variable variable) {
            if (variables.putIfAbsent(variable.name(), variable) != null) {
                throw new IllegalArgumentException("The variable " + variable.name() + " is declared twice");
            }
            return this;
        }

        /** An ordered outcome (such as {@code cost_band}): a factor whose levels are the categories in order. */
        public Builder outcome(String variable) {
            this.outcome = variable;
            this.events = null;
            this.numericOutcome = false;
            return this;
        }

        /** A numeric outcome (such as annual cost, for {@link Models#gamma(DesignMatrix)}): a numeric variable. */
        public Builder numericOutcome(String variable) {
            this.outcome = variable;
            this.events = null;
            this.numericOutcome = true;
            return this;
        }

        /** A yes/no outcome: 1 when the factor's level is one of {@code eventLevels}, 0 for any other level. */
        public Builder binaryOutcome(String variable, String... eventLevels) {
            this.outcome = variable;
            this.events = new LinkedHashSet<>(List.of(eventLevels));
            this.numericOutcome = false;
            return this;
        }

        /** Adds predictors, in the order their columns should appear. */
        public Builder predictors(String... variables) {
            predictors.addAll(List.of(variables));
            return this;
        }

        /** Uses {@code level} as the reference level of the factor {@code variable} instead of its first level. */
        public Builder reference(String variable, String level) {
            references.put(variable, level);
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
         * @throws IllegalArgumentException when a variable is unknown, used twice, of the wrong kind, or a
         *                                  reference level or event level is not one of its levels
         * @throws ModelFitException        ({@link ModelFitException.Kind#RANK_DEFICIENT}) when a predictor
         *                                  level has no case and {@link #dropEmptyLevels()} was not asked for
         */
        public DesignMatrix build() {
            return new DesignBuild(rows, variables, outcome, events, numericOutcome, predictors, references,
                    dropEmptyLevels).build();
        }
    }
}
