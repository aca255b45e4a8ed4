package dk.casescreen.stats;

import java.util.List;

/**
 * A regression model that cannot be fitted, with the reason and the design columns (or outcome
 * categories) responsible, so that a caller can say what to merge or drop. The message is in English;
 * {@link #kind()} and {@link #columns()} let a renderer say the same in Danish.
 */
public final class ModelFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the fit failed. */
    public enum Kind {
        /**
         * Complete or quasi-complete separation (Albert &amp; Anderson 1984): some combination of the
         * columns predicts the outcome perfectly for some cases, so the maximum-likelihood estimate does
         * not exist (coefficients diverge to ±infinity).
         */
        SEPARATION,
        /** The iterations did not converge within the allowed number. */
        NOT_CONVERGED,
        /** The design columns are linearly dependent (collinear columns, a constant column, a level with no cases). */
        RANK_DEFICIENT,
        /** An outcome category has no cases, so its thresholds are not identified. */
        EMPTY_OUTCOME_CATEGORY,
        /** Too few cases or outcome categories for the model. */
        TOO_LITTLE_DATA
    }

    /** Why the fit failed. */
    private final Kind kind;
    /** The columns or outcome categories responsible. */
    private final List<String> columns;

    /** Creates an exception of the given kind naming the columns (or outcome categories) responsible. */
    public ModelFitException(Kind kind, List<String> columns, String message) {
        super(message);
        this.kind = kind;
        this.columns = List.copyOf(columns);
    }

    /** Why the fit failed. */
    public Kind kind() {
        return kind;
    }

    /** The design columns (or, for {@link Kind#EMPTY_OUTCOME_CATEGORY}, the outcome categories) responsible; may be empty. */
    public List<String> columns() {
        return columns;
    }
}
