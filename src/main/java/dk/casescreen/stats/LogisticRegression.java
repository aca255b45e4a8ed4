package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximum-likelihood logistic regression with an intercept, as R's
 * {@code glm(y ~ x1 + ... + xq, family = binomial)} (Agresti 2013, §5.1 and §5.4): iteratively
 * reweighted least squares (for the canonical logit link, Newton-Raphson), started like glm from
 * {@code mustart = (y + 0.5) / 2}, with step halving should the deviance not be finite or rise, and run
 * past glm's convergence criterion until the estimates no longer change. Standard errors from the
 * inverse Fisher information {@code (X'WX)^-1} at the estimate. Use through {@link Models#logistic}.
 */
final class LogisticRegression {

    static final String INTERCEPT = "(Intercept)";
    private static final int MAX_HALVINGS = 30;
    private static final double TINY = 10 * Math.ulp(1.0);

    private final int n;
    private final int p;
    private final int[] y;
    private final double[] x;
    private final List<String> names;
    private final FitControl control;

    private LogisticRegression(int[] y, double[][] columns, List<String> names, FitControl control) {
        this.n = y.length;
        this.p = names.size() + 1;
        this.y = y;
        this.names = names;
        this.control = control;
        this.x = ModelAlgebra.withIntercept(columns, n, p);
    }

    /** Fits the model; see {@link Models#logistic(int[], double[][], List, FitControl)}. */
    static ModelFit fit(int[] y, double[][] x, List<String> names, FitControl control, double confLevel) {
        Models.checkInput(y, x, names);
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("The outcome of a logistic regression must be 0 or 1; case " + (i + 1)
                        + " has " + y[i]);
            }
        }
        int events = 0;
        for (int v : y) {
            events += v;
        }
        if (events == 0 || events == y.length) {
            throw new ModelFitException(ModelFitException.Kind.TOO_LITTLE_DATA, List.of(),
                    "The outcome is " + (events == 0 ? 0 : 1) + " for all " + y.length + " cases: there is nothing to model.");
        }
        if (y.length <= names.size() + 1) {
            throw new ModelFitException(ModelFitException.Kind.TOO_LITTLE_DATA, List.of(), "A logistic regression with "
                    + (names.size() + 1) + " parameters needs more than " + y.length + " cases.");
        }
        ModelAlgebra.requireFullRank(x, names, INTERCEPT);
        return new LogisticRegression(y, x, names, control).run(confLevel);
    }

    private ModelFit run(double confLevel) {
        double[] beta = new double[p];
        double[] next = new double[p];
        double[] step = new double[p];
        double[] eta = new double[n];
        double[] etaNext = new double[n];
        double[] a = new double[p * p];
        double[] scale = Separation.columnScales(x, n, p);
        for (int i = 0; i < n; i++) {
            double mu = (y[i] + 0.5) / 2;
            eta[i] = Math.log(mu / (1 - mu));
        }
        double dev = deviance(eta);
        int iteration = 0;
        boolean converged = false;
        while (!converged) {
            if (iteration == control.maxIterations()) {
                throw notConverged(iteration, step);
            }
            iteration++;
            // IRLS: (X'WX) beta_next = X'(W eta + y - mu).
            java.util.Arrays.fill(a, 0);
            java.util.Arrays.fill(next, 0);
            for (int i = 0; i < n; i++) {
                double e = eta[i];
                double mu = logistic(e);
                double oneMinusMu = logistic(-e);
                double w = mu * oneMinusMu;
                double r = w * e + (y[i] - mu);
                int ri = i * p;
                for (int j = 0; j < p; j++) {
                    double xij = x[ri + j];
                    if (xij == 0) {
                        continue;
                    }
                    next[j] += xij * r;
                    double xw = xij * w;
                    int rj = j * p;
                    for (int k = 0; k <= j; k++) {
                        a[rj + k] += xw * x[ri + k];
                    }
                }
            }
            int failed = ModelAlgebra.cholesky(a, p, 1e-13);
            if (failed >= 0) {
                throw singular(iteration, step, failed);
            }
            ModelAlgebra.solve(a, p, next);
            double devNext = linearPredictor(next, etaNext);
            for (int halving = 0; iteration > 1 && !(devNext <= dev + 1e-8 * (Math.abs(dev) + 0.1)); halving++) {
                if (halving == MAX_HALVINGS) {
                    throw new ModelFitException(ModelFitException.Kind.NOT_CONVERGED, List.of(), "Logistic regression: "
                            + "step halving could not decrease the deviance " + dev + " at iteration " + iteration + ".");
                }
                for (int j = 0; j < p; j++) {
                    next[j] = (beta[j] + next[j]) / 2;
                }
                devNext = linearPredictor(next, etaNext);
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(etaNext[i] - eta[i]));
            }
            for (int j = 0; j < p; j++) {
                step[j] = next[j] - beta[j];
            }
            System.arraycopy(next, 0, beta, 0, p);
            double[] swap = eta;
            eta = etaNext;
            etaNext = swap;
            dev = devNext;
            converged = change <= control.tolerance();
            if (!converged && iteration > 2) {
                checkSeparation(step.clone(), scale, eta);
            }
        }
        return result(beta, eta, dev, iteration, confLevel);
    }

    private ModelFit result(double[] beta, double[] eta, double dev, int iterations, double confLevel) {
        double[] a = new double[p * p];
        boolean extreme = false;
        for (int i = 0; i < n; i++) {
            double mu = logistic(eta[i]);
            double w = mu * logistic(-eta[i]);
            extreme |= mu < TINY || mu > 1 - TINY;
            int ri = i * p;
            for (int j = 0; j < p; j++) {
                double xw = x[ri + j] * w;
                for (int k = 0; k <= j; k++) {
                    a[j * p + k] += xw * x[ri + k];
                }
            }
        }
        int failed = ModelAlgebra.cholesky(a, p, 1e-13);
        if (failed >= 0) {
            throw singular(iterations, new double[p], failed);
        }
        double[][] covariance = ModelAlgebra.inverse(a, p);
        List<Coefficient> coefficients = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            coefficients.add(Coefficient.logOdds(j == 0 ? INTERCEPT : names.get(j - 1), beta[j],
                    Math.sqrt(covariance[j][j]), confLevel));
        }
        List<String> notes = extreme ? List.of("fitted probabilities numerically 0 or 1 occurred") : List.of();
        return new ModelFit("Logistic regression (binomial family, logit link; R: glm(family = binomial)), maximum "
                + "likelihood by iteratively reweighted least squares; Wald standard errors, tests and "
                + "intervals", coefficients, List.of(), -dev / 2, dev, dev + 2 * p, dev + Math.log(n) * p, n, iterations,
                true, covariance, notes);
    }

    /** Sets {@code eta = X beta} and returns the deviance there. */
    private double linearPredictor(double[] beta, double[] eta) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            int ri = i * p;
            for (int j = 0; j < p; j++) {
                s += x[ri + j] * beta[j];
            }
            eta[i] = s;
        }
        return deviance(eta);
    }

    /** -2 log-likelihood, computed without loss for large |eta|. */
    private double deviance(double[] eta) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += softplus(y[i] == 1 ? -eta[i] : eta[i]);
        }
        return 2 * sum;
    }

    /**
     * Throws a separation error when the (cleaned) step is a separation certificate: x_i'd >= 0 for
     * every case with outcome 1, <= 0 for every case with outcome 0, and the strictly separated cases
     * already fitted close to their outcome.
     */
    private void checkSeparation(double[] d, double[] scale, double[] eta) {
        if (!Separation.clean(d, scale)) {
            return;
        }
        double[] s = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            double v = ModelAlgebra.rowProduct(x, p, i, d, 0);
            s[i] = v;
            max = Math.max(max, Math.abs(v));
        }
        double tol = Separation.MARGIN * max;
        int ones = 0;
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            double signed = y[i] == 1 ? s[i] : -s[i];
            if (signed < -tol) {
                return;
            }
            if (signed > tol) {
                double fitted = y[i] == 1 ? logistic(-eta[i]) : logistic(eta[i]);
                if (fitted > 1e-4) {
                    return;
                }
                if (y[i] == 1) {
                    ones++;
                } else {
                    zeros++;
                }
            }
        }
        List<String> columns = Separation.involved(d, names, 1);
        String directions = Separation.directions(d, names, 1);
        throw new ModelFitException(ModelFitException.Kind.SEPARATION, columns.isEmpty() ? List.of(INTERCEPT) : columns,
                "Logistic regression: " + Separation.message(ones + zeros == n, directions, ones + zeros, n,
                        ones + " with outcome 1, " + zeros + " with outcome 0"));
    }

    private ModelFitException notConverged(int iterations, double[] step) {
        return new ModelFitException(ModelFitException.Kind.NOT_CONVERGED, List.of(), "Logistic regression did not "
                + "converge in " + iterations + " iterations (the last step still changed the coefficients by up to "
                + String.format(java.util.Locale.ROOT, "%.3g", max(step)) + "). Allow more iterations (FitControl) or "
                + "simplify the model.");
    }

    private ModelFitException singular(int iteration, double[] step, int column) {
        String name = column == 0 ? INTERCEPT : names.get(column - 1);
        return new ModelFitException(ModelFitException.Kind.SEPARATION, List.of(name), "Logistic regression: the "
                + "information matrix became singular at iteration " + iteration + " (fitted probabilities 0 or 1), "
                + "first at column " + name + ", the mark of separation; the last step changed the coefficients by up to "
                + String.format(java.util.Locale.ROOT, "%.3g", max(step)) + ". Merge sparse levels or drop columns.");
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    /** 1 / (1 + exp(-t)). */
    static double logistic(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    /** log(1 + exp(t)). */
    static double softplus(double t) {
        return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    }
}
