package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted regression model: the coefficients with their Wald inference, the thresholds of a
 * proportional-odds model, and the fit statistics of R's {@code logLik}, {@code deviance},
 * {@code AIC}, {@code BIC} and {@code nobs}. Parameters are ordered thresholds first, then
 * coefficients, as in {@code vcov} of {@code ordinal::clm} (and of {@code glm}, which has no thresholds).
 *
 * @param method        what was fitted and how, in words
 * @param coefficients  the coefficients ({@code (Intercept)} first for logistic regression), on the log-odds scale
 * @param thresholds    the thresholds (cut-points) {@code zeta_k} of a proportional-odds model, named
 *                      {@code "lower|upper"} as in R; empty for logistic regression
 * @param logLikelihood the maximised log-likelihood
 * @param deviance      -2 times the log-likelihood (R's {@code deviance}; for 0/1 outcomes the saturated model's is 0)
 * @param aic           Akaike's information criterion, {@code -2 logLik + 2 k}
 * @param bic           the Bayesian information criterion, {@code -2 logLik + log(n) k}
 * @param n             the number of cases used
 * @param iterations    the Newton (Fisher-scoring) steps taken, including the last ones that confirm
 *                      convergence: R's glm stops at a relative change in deviance below 1e-8, so its
 *                      {@code iter} is usually one or two lower
 * @param converged     whether the iterations converged; always true for a returned fit, since a fit that
 *                      does not converge throws a {@link ModelFitException}
 * @param covariance    the estimated covariance matrix of all parameters (inverse observed information),
 *                      thresholds first, then coefficients
 * @param notes         what the reader should know: cases left out, levels dropped, in English
 * @param dispersion    the dispersion parameter: 1 for the binomial and proportional-odds models (fixed),
 *                      and for the gamma regression the estimate of R's {@code summary(fit)$dispersion},
 *                      Pearson's chi-squared over the residual degrees of freedom
 * @param dfResidual    the residual degrees of freedom, n minus the number of parameters (R's {@code df.residual})
 */
public record ModelFit(String method, List<Coefficient> coefficients, List<Coefficient> thresholds,
                       double logLikelihood, double deviance, double aic, double bic, int n, int iterations,
                       boolean converged, double[][] covariance, List<String> notes, double dispersion,
                       int dfResidual) {

    /**
     * A fit with a fixed dispersion of 1 and {@code n - parameters} residual degrees of freedom, as the
     * logistic and proportional-odds fits have.
     */
    public ModelFit(String method, List<Coefficient> coefficients, List<Coefficient> thresholds,
                    double logLikelihood, double deviance, double aic, double bic, int n, int iterations,
                    boolean converged, double[][] covariance, List<String> notes) {
        this(method, coefficients, thresholds, logLikelihood, deviance, aic, bic, n, iterations, converged,
                covariance, notes, 1, n - coefficients.size() - thresholds.size());
    }

    /** Creates a fit; the lists and the covariance matrix are copied. */
    public ModelFit {
        coefficients = List.copyOf(coefficients);
        thresholds = List.copyOf(thresholds);
        covariance = deepCopy(covariance);
        notes = List.copyOf(notes);
        int k = coefficients.size() + thresholds.size();
        if (covariance.length != k || Arrays.stream(covariance).anyMatch(row -> row.length != k)) {
            throw new IllegalArgumentException("The covariance matrix must be " + k + " x " + k);
        }
    }

    /** A copy of the covariance matrix of all parameters, thresholds first (R: {@code vcov(fit)}, ordered as clm orders it). */
    @Override
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /** The number of estimated parameters (coefficients and thresholds), R's {@code attr(logLik(fit), "df")}. */
    public int parameters() {
        return coefficients.size() + thresholds.size();
    }

    /** The confidence level of the intervals. */
    public double confLevel() {
        return !coefficients.isEmpty() ? coefficients.getFirst().confLevel()
                : !thresholds.isEmpty() ? thresholds.getFirst().confLevel() : 0.95;
    }

    /** The coefficient with the given term name. */
    public Coefficient coefficient(String term) {
        return find(coefficients, term, "coefficient");
    }

    /** The threshold with the given name ({@code "lower|upper"}). */
    public Coefficient threshold(String term) {
        return find(thresholds, term, "threshold");
    }

    /** This fit with its confidence intervals at another level (the estimates do not change). */
    public ModelFit withConfLevel(double level) {
        return new ModelFit(method, coefficients.stream().map(c -> c.withConfLevel(level)).toList(),
                thresholds.stream().map(c -> c.withConfLevel(level)).toList(), logLikelihood, deviance, aic, bic, n,
                iterations, converged, covariance, notes, dispersion, dfResidual);
    }

    /** This fit with further notes appended. */
    public ModelFit withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new ModelFit(method, coefficients, thresholds, logLikelihood, deviance, aic, bic, n, iterations,
                converged, covariance, all, dispersion, dfResidual);
    }

    /**
     * The parameters as a Tablesaw table with broom's columns ({@code tidy(fit, conf.int = TRUE,
     * exponentiate = FALSE)} plus the odds ratio and its Wald interval): term, estimate, std.error,
     * statistic, p.value, odds.ratio (named ratio, the ratio of means, for a gamma regression), conf.low,
     * conf.high (of that ratio), coef.type
     * ("threshold" or "coefficient").
     */
    public Table asTable() {
        StringColumn term = StringColumn.create("term");
        DoubleColumn estimate = DoubleColumn.create("estimate");
        DoubleColumn se = DoubleColumn.create("std.error");
        DoubleColumn statistic = DoubleColumn.create("statistic");
        DoubleColumn p = DoubleColumn.create("p.value");
        boolean ratioOfMeans = coefficients.stream().anyMatch(c -> !Double.isNaN(c.df()));
        DoubleColumn or = DoubleColumn.create(ratioOfMeans ? "ratio" : "odds.ratio");
        DoubleColumn low = DoubleColumn.create("conf.low");
        DoubleColumn high = DoubleColumn.create("conf.high");
        StringColumn type = StringColumn.create("coef.type");
        for (List<Coefficient> group : List.of(thresholds, coefficients)) {
            for (Coefficient c : group) {
                term.append(c.term());
                estimate.append(c.estimate());
                se.append(c.standardError());
                statistic.append(c.statistic());
                p.append(c.pValue());
                or.append(c.oddsRatio());
                low.append(c.confLow());
                high.append(c.confHigh());
                type.append(group == thresholds ? "threshold" : "coefficient");
            }
        }
        return Table.create(method, term, estimate, se, statistic, p, or, low, high, type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelFit f && method.equals(f.method) && coefficients.equals(f.coefficients)
                && thresholds.equals(f.thresholds) && Double.compare(logLikelihood, f.logLikelihood) == 0
                && Double.compare(deviance, f.deviance) == 0 && Double.compare(aic, f.aic) == 0
                && Double.compare(bic, f.bic) == 0 && n == f.n && iterations == f.iterations
                && converged == f.converged && Arrays.deepEquals(covariance, f.covariance) && notes.equals(f.notes)
                && Double.compare(dispersion, f.dispersion) == 0 && dfResidual == f.dfResidual;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, coefficients, thresholds, logLikelihood, n, Arrays.deepHashCode(covariance));
    }

    /** A short reading: the method, n, log-likelihood, AIC, then one line per coefficient ({@link Coefficient#toString()}). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(method).append(": n = ").append(n).append(", logLik ")
                .append(Readable.number(logLikelihood)).append(", AIC ").append(Readable.number(aic))
                .append(converged ? "" : " (NOT CONVERGED)");
        coefficients.forEach(c -> s.append("\n  ").append(c));
        return s.toString();
    }

    private static Coefficient find(List<Coefficient> list, String term, String what) {
        return list.stream().filter(c -> c.term().equals(term)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("The model has no " + what + " '" + term + "'; it has "
                        + String.join(", ", list.stream().map(Coefficient::term).toList())));
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }
}
