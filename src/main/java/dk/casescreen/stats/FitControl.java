package dk.casescreen.stats;

/**
 * How a regression model is iterated, like R's {@code glm.control}. The fits of {@link Models} use
 * Newton-Raphson (for logistic regression identical to iteratively reweighted least squares) and stop
 * when a step changes no case's linear predictor and no threshold by more than {@code tolerance}:
 * quadratic convergence makes the estimates then exact to rounding, tighter than R's
 * {@code glm.control(epsilon = 1e-8)} relative-deviance criterion.
 *
 * @param maxIterations the most Newton steps to take before giving up with a
 *                      {@link ModelFitException.Kind#NOT_CONVERGED} error
 * @param tolerance     the largest change of a linear predictor or threshold in the last step that
 *                      counts as converged
 */
public record FitControl(int maxIterations, double tolerance) {

    /** The default: at most 100 steps, converged when a step changes the linear predictors by at most 1e-10. */
    public static final FitControl DEFAULT = new FitControl(100, 1e-10);

    /** Creates a control; the number of steps must be positive and the tolerance positive. */
    public FitControl {
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("Need at least one iteration and a positive tolerance, not "
                    + maxIterations + " and " + tolerance);
        }
    }
}
