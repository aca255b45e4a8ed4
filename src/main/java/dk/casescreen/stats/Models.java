package dk.casescreen.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Regression models for the cost hypotheses, fitted by maximum likelihood and checked against R:
 * logistic regression for a yes/no outcome, the proportional-odds model for an ordered outcome such
 * as the cost band, and gamma regression with a log link for the annual cost itself. Every fit returns a {@link ModelFit} with Wald inference, or throws a
 * {@link ModelFitException} naming the columns responsible when the estimates do not exist
 * (separation), the design is rank-deficient, an outcome category is empty or the iterations do not
 * converge: no fit with absurd estimates and a warning.
 *
 * <p>Every fit runs Newton-Raphson to full precision, so its estimates and standard errors agree with
 * R's {@code glm} (converged with {@code epsilon = 1e-14}) and {@code ordinal::clm} to about 1e-9
 * (src/test/R/models.R). Design matrices come from {@link DesignMatrix}: treatment coding, complete cases.
 *
 * <p>References: Agresti, A. (2013) <i>Categorical Data Analysis</i>, 3rd ed., Wiley, ch. 5 (logistic
 * regression) and ch. 8 (models for ordinal responses). McCullagh, P. (1980) Regression models for ordinal
 * data, <i>JRSS B</i> 42, 109–142. McCullagh, P. and Nelder, J. A. (1989) <i>Generalized Linear Models</i>,
 * 2nd ed., Chapman &amp; Hall, ch. 8 (gamma regression). Albert, A. and Anderson, J. A. (1984) On the existence of maximum
 * likelihood estimates in logistic regression models, <i>Biometrika</i> 71, 1–10. Pratt, J. W. (1981)
 * Concavity of the log likelihood, <i>JASA</i> 76, 103–106.
 */
public final class Models {

    /** The default confidence level of the intervals. */
    public static final double CONF_LEVEL = 0.95;

    private Models() {
    }

    /**
     * Logistic regression of the design's 0/1 outcome on its columns, with an intercept: R's
     * {@code glm(y ~ ., family = binomial, data = complete cases)} (Agresti 2013, ch. 5). The design's
     * notes (cases left out, levels dropped) are carried into the fit.
     *
     * @throws ModelFitException    when the model cannot be fitted (see {@link ModelFitException.Kind})
     * @throws IllegalArgumentException when the design has no 0/1 outcome
     */
    public static ModelFit logistic(DesignMatrix design) {
        if (!design.hasOutcome() || design.outcomeLevels().size() != 2) {
            throw new IllegalArgumentException("Logistic regression needs a design with a yes/no outcome "
                    + "(DesignMatrix.Builder.binaryOutcome)");
        }
        return LogisticRegression.fit(design.outcomeArray(), design.rows().x(), design.columnNames(), FitControl.DEFAULT,
                CONF_LEVEL).withNotes(design.notes());
    }

    /**
     * Logistic regression of {@code y} (0 or 1) on the columns of {@code x} plus an intercept named
     * {@code (Intercept)}: R's {@code glm(y ~ x1 + ... + xq, family = binomial)}, estimates and standard
     * errors matching {@code glm(..., control = glm.control(epsilon = 1e-14))} (Agresti 2013, §5.1, §5.4).
     *
     * @param y     the outcome of each case, 0 or 1
     * @param x     the design columns of each case (without an intercept), rows of equal length
     * @param names the column names, as R would name them ({@code provider_typeprivate})
     * @throws ModelFitException    when the model cannot be fitted: separation (Albert &amp; Anderson
     *                              1984), rank deficiency, an outcome without variation, no convergence
     * @throws IllegalArgumentException when the input is malformed (lengths, values, names)
     */
    public static ModelFit logistic(int[] y, double[][] x, List<String> names) {
        return logistic(y, x, names, FitControl.DEFAULT);
    }

    /** As {@link #logistic(int[], double[][], List)}, iterated as {@code control} says. */
    public static ModelFit logistic(int[] y, double[][] x, List<String> names, FitControl control) {
        return LogisticRegression.fit(y, x, names, control, CONF_LEVEL);
    }

    /**
     * The proportional-odds model of the design's ordered outcome on its columns: R's
     * {@code MASS::polr(y ~ ., method = "logistic", Hess = TRUE)} and {@code ordinal::clm(y ~ ., link = "logit")}
     * (McCullagh 1980; Agresti 2013, §8.2). The design's notes are carried into the fit.
     *
     * @throws ModelFitException    when the model cannot be fitted (see {@link ModelFitException.Kind})
     * @throws IllegalArgumentException when the design has no outcome
     */
    public static ModelFit proportionalOdds(DesignMatrix design) {
        if (!design.hasOutcome()) {
            throw new IllegalArgumentException("A proportional-odds model needs a design with an outcome "
                    + "(DesignMatrix.Builder.outcome)");
        }
        return ProportionalOdds.fit(design.outcomeArray(), design.rows(), design.columnNames(),
                design.outcomeLevels(), FitControl.DEFAULT, CONF_LEVEL).withNotes(design.notes());
    }

    /**
     * The proportional-odds model {@code logit P(Y <= k) = zeta_k - x'beta} of an ordered outcome coded
     * 0..K-1 (K = the largest code + 1), with thresholds named {@code "0|1"}, {@code "1|2"}, ...: R's
     * {@code polr(factor(y) ~ x1 + ... + xq, method = "logistic", Hess = TRUE)}, estimates and standard
     * errors matching {@code ordinal::clm(factor(y) ~ ..., link = "logit")} (McCullagh 1980).
     *
     * @throws ModelFitException    when the model cannot be fitted: an outcome category without cases,
     *                              separation, rank deficiency (including a constant column, which the
     *                              thresholds already contain), no convergence
     * @throws IllegalArgumentException when the input is malformed
     */
    public static ModelFit proportionalOdds(int[] y, double[][] x, List<String> names) {
        int k = IntStream.of(y).max().orElse(0) + 1;
        return proportionalOdds(y, x, names, IntStream.range(0, k).mapToObj(Integer::toString).toList(),
                FitControl.DEFAULT);
    }

    /**
     * As {@link #proportionalOdds(int[], double[][], List)}, with the outcome categories named
     * {@code levels} (in order; the thresholds are named {@code "lower|upper"}) and iterated as
     * {@code control} says.
     */
    public static ModelFit proportionalOdds(int[] y, double[][] x, List<String> names, List<String> levels,
                                            FitControl control) {
        return ProportionalOdds.fit(y, DesignRows.each(x), names, List.copyOf(levels), control, CONF_LEVEL);
    }

    /**
     * Gamma regression with a log link of the design's numeric outcome (annual cost) on its columns, with
     * an intercept: R's {@code glm(y ~ ., family = Gamma(link = "log"), data = complete cases)}
     * (McCullagh &amp; Nelder 1989, ch. 8). {@code exp(estimate)} of a coefficient is the ratio of mean
     * cost (exposed / unexposed, the other columns held fixed). The design's notes are carried into the fit.
     *
     * @throws ModelFitException    when the model cannot be fitted (rank deficiency, too few cases, no convergence)
     * @throws IllegalArgumentException when the design has no numeric outcome or an outcome value is not positive
     */
    public static ModelFit gamma(DesignMatrix design) {
        if (!design.hasNumericOutcome()) {
            throw new IllegalArgumentException("A gamma regression needs a design with a numeric outcome "
                    + "(DesignMatrix.Builder.numericOutcome)");
        }
        return GammaRegression.fit(design.responseArray(), design.rows(), design.columnNames(), FitControl.DEFAULT,
                CONF_LEVEL).withNotes(design.notes());
    }

    /**
     * Gamma regression with a log link of {@code y} (positive) on the columns of {@code x} plus an
     * intercept named {@code (Intercept)}: R's {@code glm(y ~ x1 + ... + xq, family = Gamma(link = "log"))}.
     * Coefficients are on the log scale; their standard errors are
     * {@code sqrt(dispersion * diag((X'WX)^-1))} with the dispersion Pearson's chi-squared over the
     * residual degrees of freedom, and {@code t = estimate / se} is referred to the t distribution on
     * the residual degrees of freedom, exactly as {@code summary.glm}. The interval of the ratio of means
     * {@code exp(estimate)} is {@code exp(estimate ± qt(0.975, df.residual) * se)}, R's
     * {@code exp(coef(fit) + outer(sqrt(diag(vcov(fit))), qt(c(0.025, 0.975), df.residual(fit))))}: the
     * t quantile agrees with the t test's p-value (the interval excludes 1 exactly when p &lt; 0.05), where
     * {@code confint.default}'s normal quantile would be narrower for small samples; it is not the
     * profile-likelihood interval of {@code confint}. The fit's {@link ModelFit#dispersion()},
     * {@link ModelFit#dfResidual()}, deviance, log-likelihood and AIC are R's ({@code logLik} counts the
     * dispersion as a parameter, so AIC = -2 logLik + 2 (q + 2)).
     *
     * @param y     the outcome of each case, positive and finite (annual cost in kroner)
     * @param x     the design columns of each case (without an intercept), rows of equal length
     * @param names the column names, as R would name them ({@code provider_typeprivate})
     * @throws ModelFitException    when the model cannot be fitted: rank deficiency, too few cases, no convergence
     * @throws IllegalArgumentException when the input is malformed or an outcome is not positive (naming
     *                              the first such value and its index)
     */
    public static ModelFit gamma(double[] y, double[][] x, List<String> names) {
        return gamma(y, x, names, FitControl.DEFAULT);
    }

    /** As {@link #gamma(double[], double[][], List)}, iterated as {@code control} says. */
    public static ModelFit gamma(double[] y, double[][] x, List<String> names, FitControl control) {
        return GammaRegression.fit(y, DesignRows.each(x), names, control, CONF_LEVEL);
    }

    /** Checks lengths, finiteness and names of a model's input. */
    static void checkInput(int[] y, double[][] x, List<String> names) {
        checkInput(y.length, x, names);
    }

    /** Checks lengths, finiteness and names of a model's input with {@code cases} outcomes. */
    static void checkInput(int cases, double[][] x, List<String> names) {
        if (cases != x.length) {
            throw new IllegalArgumentException("The outcome has " + cases + " cases and the design " + x.length);
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank() || !seen.add(name) || name.equals(LogisticRegression.INTERCEPT)) {
                throw new IllegalArgumentException("The column names must be distinct, non-blank and not "
                        + LogisticRegression.INTERCEPT + ": " + names);
            }
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != names.size()) {
                throw new IllegalArgumentException("Case " + (i + 1) + " has " + x[i].length + " design values for "
                        + names.size() + " columns " + names);
            }
            for (int j = 0; j < x[i].length; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("Case " + (i + 1) + ", column " + names.get(j) + ": " + x[i][j]
                            + " is not a finite number");
                }
            }
        }
    }
}
