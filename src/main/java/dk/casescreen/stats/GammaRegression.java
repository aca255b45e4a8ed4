package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Gamma regression with a log link and an intercept, as R's
 * {@code glm(y ~ x1 + ... + xq, family = Gamma(link = "log"))} (McCullagh &amp; Nelder 1989, ch. 8):
 * iteratively reweighted least squares started like glm from {@code mustart = y}. For the log link the
 * working weights are all 1 ({@code (dmu/deta)^2 / V(mu) = mu^2 / mu^2}), so every step is the least
 * squares fit of the working response {@code eta + (y - mu) / mu} on X with the one factorisation of
 * {@code X'X}; steps are halved should the deviance rise, and the iterations run past glm's criterion
 * until no linear predictor changes by more than the tolerance. The dispersion is estimated as
 * {@code summary.glm} does, Pearson's chi-squared over the residual degrees of freedom, and the
 * standard errors are {@code sqrt(dispersion * diag((X'X)^-1))}. Costs in millions of kroner need no
 * scaling: the log link puts them near 15 on the linear-predictor scale. Use through {@link Models#gamma}.
 */
final class GammaRegression {

    private static final int MAX_HALVINGS = 30;

    private final int n;
    private final int p;
    private final double[] y;
    /** The design rows as given, without the intercept, which {@link #at} supplies (not copied). */
    private final double[][] rows;
    /** Each case's pattern (distinct row); null when each case is its own. */
    private final int[] pattern;
    /** The distinct rows, by pattern. */
    private final double[][] distinct;
    /** Each pattern's linear predictor and exp(-eta), at the beta of the last {@link #linearPredictor} call. */
    private final double[] patternEta;
    private final double[] patternExp;
    private final List<String> names;
    private final FitControl control;

    private GammaRegression(double[] y, DesignRows design, List<String> names, FitControl control) {
        this.n = y.length;
        this.p = names.size() + 1;
        this.y = y;
        this.names = names;
        this.control = control;
        this.rows = design.x();
        this.pattern = design.pattern();
        this.distinct = design.distinct();
        this.patternEta = new double[distinct.length];
        this.patternExp = new double[distinct.length];
    }

    /** Fits the model; see {@link Models#gamma(double[], double[][], List, FitControl)}. */
    static ModelFit fit(double[] y, DesignRows given, List<String> names, FitControl control, double confLevel) {
        double[][] x = given.x();
        Models.checkInput(y.length, x, names);
        DesignRows design = given.byContent();
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] > 0) || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("The outcome of a gamma regression must be a positive, finite "
                        + "number; case " + (i + 1) + " (index " + i + ") has " + y[i]);
            }
        }
        if (y.length <= names.size() + 1) {
            throw new ModelFitException(ModelFitException.Kind.TOO_LITTLE_DATA, List.of(), "A gamma regression with "
                    + (names.size() + 1) + " parameters needs more than " + y.length + " cases (the dispersion is "
                    + "estimated from the residual degrees of freedom).");
        }
        double[] crossProducts = ModelAlgebra.crossProducts(design, names.size(), true);
        ModelAlgebra.requireFullRank(crossProducts, y.length, names, LogisticRegression.INTERCEPT);
        return new GammaRegression(y.clone(), design, names, control).run(crossProducts, confLevel);
    }

    /**
     * Fits from X'X ({@code l}, lower triangle with the intercept column; factorised in place). The loops
     * over the cases are methods of their own: in one method, the JIT compiler compiled it whole again for
     * each of them (on-stack replacement).
     */
    private ModelFit run(double[] l, double confLevel) {
        int failed = ModelAlgebra.cholesky(l, p, 1e-13);
        if (failed >= 0) {
            String name = failed == 0 ? LogisticRegression.INTERCEPT : names.get(failed - 1);
            throw new ModelFitException(ModelFitException.Kind.RANK_DEFICIENT, List.of(name), "Gamma regression: "
                    + "the design is numerically rank-deficient at column " + name + ".");
        }
        double[] beta = new double[p];
        double[] next = new double[p];
        double[] eta = new double[n];
        double[] etaNext = new double[n];
        // y / mu = y exp(-eta) of each case at eta and at etaNext, kept from the deviance for the next step
        double[] ratio = new double[n];
        double[] ratioNext = new double[n];
        for (int i = 0; i < n; i++) {
            eta[i] = Math.log(y[i]);
        }
        double dev = deviance(eta, ratio);
        int iteration = 0;
        boolean converged = false;
        double change = Double.NaN;
        while (!converged) {
            if (iteration == control.maxIterations()) {
                throw new ModelFitException(ModelFitException.Kind.NOT_CONVERGED, List.of(), String.format(Locale.ROOT,
                        "Gamma regression did not converge in %d iterations (the last step still changed a linear "
                                + "predictor by %.3g). Allow more iterations (FitControl) or simplify the model.",
                        iteration, change));
            }
            iteration++;
            workingResponseProducts(eta, ratio, next);
            ModelAlgebra.solve(l, p, next);
            double devNext = linearPredictor(next, etaNext, ratioNext);
            for (int halving = 0; iteration > 1 && !(devNext <= dev + 1e-8 * (Math.abs(dev) + 0.1)); halving++) {
                if (halving == MAX_HALVINGS) {
                    throw new ModelFitException(ModelFitException.Kind.NOT_CONVERGED, List.of(), "Gamma regression: "
                            + "step halving could not decrease the deviance " + dev + " at iteration " + iteration + ".");
                }
                for (int j = 0; j < p; j++) {
                    next[j] = (beta[j] + next[j]) / 2;
                }
                devNext = linearPredictor(next, etaNext, ratioNext);
            }
            change = largestChange(eta, etaNext);
            System.arraycopy(next, 0, beta, 0, p);
            double[] swap = eta;
            eta = etaNext;
            etaNext = swap;
            swap = ratio;
            ratio = ratioNext;
            ratioNext = swap;
            dev = devNext;
            converged = change <= control.tolerance();
        }
        return result(beta, eta, dev, l, iteration, confLevel);
    }

    /** Sets {@code next} to X'z, z = eta + (y / mu - 1) the working response of the log link (weights 1). */
    private void workingResponseProducts(double[] eta, double[] ratio, double[] next) {
        Arrays.fill(next, 0);
        for (int i = 0; i < n; i++) {
            double z = eta[i] + (ratio[i] - 1);
            double[] row = rows[i];
            for (int j = 0; j < p; j++) {
                next[j] += at(row, j) * z;
            }
        }
    }

    /** The largest change of a linear predictor between two steps. */
    private double largestChange(double[] eta, double[] etaNext) {
        double change = 0;
        for (int i = 0; i < n; i++) {
            change = Math.max(change, Math.abs(etaNext[i] - eta[i]));
        }
        return change;
    }

    private ModelFit result(double[] beta, double[] eta, double dev, double[] l, int iterations, double confLevel) {
        int dfResidual = n - p;
        double pearson = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] * Math.exp(-eta[i]) - 1;
            pearson += r * r;
        }
        double dispersion = pearson / dfResidual;
        double[][] covariance = ModelAlgebra.inverse(l, p);
        for (double[] row : covariance) {
            for (int k = 0; k < p; k++) {
                row[k] *= dispersion;
            }
        }
        List<Coefficient> coefficients = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            coefficients.add(Coefficient.logRatio(j == 0 ? LogisticRegression.INTERCEPT : names.get(j - 1), beta[j],
                    Math.sqrt(covariance[j][j]), dfResidual, confLevel));
        }
        double logLik = logLikelihood(eta, dev);
        int k = p + 1;
        return new ModelFit("Gamma regression (Gamma family, log link; R: glm(family = Gamma(link = \"log\"))), "
                + "maximum likelihood by iteratively reweighted least squares; dispersion estimated from Pearson's "
                + "chi-squared (summary.glm); t tests on the residual degrees of freedom and intervals "
                + "exp(estimate ± qt * se)", coefficients, List.of(), logLik, dev, -2 * logLik + 2 * k,
                -2 * logLik + Math.log(n) * k, n, iterations, true, covariance, List.of(), dispersion, dfResidual);
    }

    /**
     * R's {@code logLik} of a Gamma glm: the gamma log-density with shape {@code 1 / phi} and scale
     * {@code mu * phi} summed over the cases, with the dispersion {@code phi = deviance / n} (the
     * family's {@code aic} function), not the Pearson estimate.
     */
    private double logLikelihood(double[] eta, double dev) {
        double phi = dev / n;
        double shape = 1 / phi;
        double sum = 0;
        // the same terms as per case, the two constants computed once
        double logGammaShape = LogGamma.value(shape);
        double logPhi = Math.log(phi);
        for (int i = 0; i < n; i++) {
            double logScale = eta[i] + logPhi;
            sum += -logGammaShape - shape * logScale + (shape - 1) * Math.log(y[i]) - y[i] / Math.exp(logScale);
        }
        return sum;
    }

    /**
     * Sets {@code eta = X beta} and returns the deviance there, filling {@code ratio} as {@link #deviance}
     * does; the linear predictor and its exponential made once per distinct row.
     */
    private double linearPredictor(double[] beta, double[] eta, double[] ratio) {
        for (int c = 0; c < distinct.length; c++) {
            double[] row = distinct[c];
            double sum = 0;
            for (int j = 0; j < p; j++) {
                sum += at(row, j) * beta[j];
            }
            patternEta[c] = sum;
            patternExp[c] = Math.exp(-sum);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int c = pattern == null ? i : pattern[i];
            eta[i] = patternEta[c];
            double r = y[i] * patternExp[c];
            ratio[i] = r;
            sum += devianceTerm(r);
        }
        return 2 * sum;
    }

    /**
     * The Gamma deviance {@code 2 sum(-log(y / mu) + (y - mu) / mu)}, as R's {@code Gamma()$dev.resids}; each
     * case's {@code y / mu} goes into {@code ratios}.
     */
    private double deviance(double[] eta, double[] ratios) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ratio = y[i] * Math.exp(-eta[i]);
            ratios[i] = ratio;
            sum += devianceTerm(ratio);
        }
        return 2 * sum;
    }

    /** A case's term of the deviance sum, given its {@code y / mu}. */
    private static double devianceTerm(double ratio) {
        return -Math.log(ratio) + ratio - 1;
    }

    /** Column {@code j} of the design with its intercept: 1 for j = 0, else the row's column j - 1. */
    private static double at(double[] row, int j) {
        return j == 0 ? 1 : row[j - 1];
    }
}
