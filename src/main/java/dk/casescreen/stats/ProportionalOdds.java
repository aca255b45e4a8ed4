package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maximum-likelihood proportional-odds (cumulative logit) model, McCullagh (1980); Agresti 2013, §8.2:
 * {@code logit P(Y <= k | x) = zeta_k - x'beta} for the categories {@code k = 0 .. K-2}, the
 * parameterisation of R's {@code MASS::polr(method = "logistic")} and {@code ordinal::clm(link = "logit")}
 * (a positive beta means higher categories). Fitted by Newton-Raphson on the thresholds and
 * coefficients directly, with the analytic gradient and Hessian, started from the marginal cumulative
 * logits and beta = 0 (as clm), halving a step that would disorder the thresholds or lower the
 * log-likelihood (which is concave, Pratt 1981). Standard errors from the inverse observed information
 * at the estimate, as clm. Use through {@link Models#proportionalOdds}.
 *
 * <p>Each term of the likelihood and its derivatives is computed once per {@link CaseKinds kind of case}
 * (a shared design row and an outcome category: a few hundred for a million cases of answers) and added
 * case by case in the cases' order, so the sums are those of computing it case by case, to the last bit.
 */
final class ProportionalOdds {

    private static final int MAX_HALVINGS = 40;

    private final int n;
    private final int q;
    private final int cuts;
    private final int m;
    /** The kinds of case, over the design rows as given (not copied: the model reads them, never writes). */
    private final CaseKinds kinds;
    private final List<String> names;
    private final List<String> levels;
    private final FitControl control;
    /** Each kind's x'beta at the theta of the last {@link #logLikelihood} call. */
    private final double[] eta;
    /** Each kind's probability of its category at the theta of the last complete {@link #logLikelihood} call. */
    private final double[] probabilities;
    /** Each kind's log of {@link #probabilities}. */
    private final double[] logProbabilities;
    /** Each kind's exp(-|zeta_k - eta|) at its upper threshold k, with {@link #probabilities}. */
    private final double[] upperExp;
    /** Each kind's exp(-|zeta_{k-1} - eta|) at its lower threshold, with {@link #probabilities}. */
    private final double[] lowerExp;
    /** Whether {@link #probabilities} hold every kind's value for the theta {@link #eta} belongs to. */
    private boolean probabilitiesValid;
    private final KindSums sums;
    /** The gradient, then minus the Hessian row by row: the sums {@link #derivatives} fills. */
    private final double[] derivativeSums;
    private final double[] gradient;
    private final double[] information;

    private ProportionalOdds(int[] y, DesignRows rows, List<String> names, List<String> levels, FitControl control) {
        this.n = y.length;
        this.q = names.size();
        this.cuts = levels.size() - 1;
        this.m = cuts + q;
        this.names = names;
        this.levels = levels;
        this.control = control;
        this.kinds = CaseKinds.of(rows, y, levels.size());
        int count = kinds.count();
        this.eta = new double[count];
        this.probabilities = new double[count];
        this.logProbabilities = new double[count];
        this.upperExp = new double[count];
        this.lowerExp = new double[count];
        this.sums = new KindSums(m + m * m, count, kinds.kindOf());
        this.derivativeSums = new double[m + m * m];
        this.gradient = new double[m];
        this.information = new double[m * m];
    }

    /** Fits the model; see {@link Models#proportionalOdds(int[], double[][], List, List, FitControl)}. */
    static ModelFit fit(int[] y, DesignRows given, List<String> names, List<String> levels, FitControl control,
                        double confLevel) {
        double[][] x = given.x();
        Models.checkInput(y, x, names);
        DesignRows rows = given.byContent();
        int k = levels.size();
        int[] counts = new int[Math.max(k, 0)];
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= k) {
                throw new IllegalArgumentException("The outcome must be a category 0.." + (k - 1) + " ("
                        + String.join(", ", levels) + "); case " + (i + 1) + " has " + y[i]);
            }
            counts[y[i]]++;
        }
        List<String> empty = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                empty.add(levels.get(c));
            }
        }
        if (k < 2) {
            throw new ModelFitException(ModelFitException.Kind.TOO_LITTLE_DATA, List.of(),
                    "A proportional-odds model needs an outcome with at least two categories, not " + levels + ".");
        }
        if (!empty.isEmpty()) {
            throw new ModelFitException(ModelFitException.Kind.EMPTY_OUTCOME_CATEGORY, empty, "No case has the outcome "
                    + "categor" + (empty.size() == 1 ? "y " : "ies ") + String.join(", ", empty) + ", so the thresholds "
                    + "around it are not identified. Drop the empty categor" + (empty.size() == 1 ? "y" : "ies")
                    + " (DesignMatrix does so with a note) or merge it with a neighbour.");
        }
        if (k - 1 + names.size() >= y.length) {
            throw new ModelFitException(ModelFitException.Kind.TOO_LITTLE_DATA, List.of(), "A proportional-odds model "
                    + "with " + (k - 1 + names.size()) + " parameters needs more than " + y.length + " cases.");
        }
        ModelAlgebra.requireFullRank(rows, names, "the thresholds (intercept)");
        return new ProportionalOdds(y, rows, names, levels, control).run(counts, confLevel);
    }

    private ModelFit run(int[] counts, double confLevel) {
        double[] theta = new double[m];
        double[] trial = new double[m];
        double[] step = new double[m];
        double cumulative = 0;
        for (int c = 0; c < cuts; c++) {
            cumulative += counts[c];
            theta[c] = Math.log(cumulative / (n - cumulative));
        }
        double[] scale = OrdinalSeparation.scales(kinds.rows(), cuts, q);
        double ll = logLikelihood(theta);
        int iteration = 0;
        boolean converged = false;
        while (!converged) {
            if (iteration == control.maxIterations()) {
                throw new ModelFitException(ModelFitException.Kind.NOT_CONVERGED, List.of(), String.format(Locale.ROOT,
                        "The proportional-odds model did not converge in %d iterations (the last step still changed "
                                + "the parameters by up to %.3g). Allow more iterations (FitControl) or simplify the model.",
                        iteration, maxAbs(step)));
            }
            iteration++;
            derivatives(theta);
            int failed = ModelAlgebra.cholesky(information, m, 1e-13);
            if (failed >= 0) {
                throw singular("became singular at iteration " + iteration, failed);
            }
            System.arraycopy(gradient, 0, step, 0, m);
            ModelAlgebra.solve(information, m, step);
            double llTrial = Double.NaN;
            for (int halving = 0; ; halving++) {
                for (int j = 0; j < m; j++) {
                    trial[j] = theta[j] + step[j];
                }
                llTrial = logLikelihood(trial);
                if (llTrial >= ll - 1e-10 * (Math.abs(ll) + 1)) {
                    break;
                }
                if (halving == MAX_HALVINGS) {
                    throw new ModelFitException(ModelFitException.Kind.NOT_CONVERGED, List.of(), "The proportional-odds "
                            + "model: step halving could not increase the log-likelihood " + ll + " at iteration "
                            + iteration + ".");
                }
                for (int j = 0; j < m; j++) {
                    step[j] /= 2;
                }
            }
            double change = 0;
            for (int c = 0; c < cuts; c++) {
                change = Math.max(change, Math.abs(step[c]));
            }
            for (double[] row : kinds.rows()) {
                change = Math.max(change, Math.abs(OrdinalSeparation.rowProduct(row, step, cuts)));
            }
            System.arraycopy(trial, 0, theta, 0, m);
            ll = llTrial;
            converged = change <= control.tolerance();
            if (!converged && iteration > 2) {
                OrdinalSeparation.check(step.clone(), scale, theta, kinds, eta, n, cuts, names);
            }
        }
        return result(theta, ll, iteration, confLevel);
    }

    private ModelFit result(double[] theta, double ll, int iterations, double confLevel) {
        derivatives(theta);
        int failed = ModelAlgebra.cholesky(information, m, 1e-13);
        if (failed >= 0) {
            throw singular("is singular at the estimate", failed);
        }
        double[][] covariance = ModelAlgebra.inverse(information, m);
        List<Coefficient> thresholds = new ArrayList<>();
        for (int c = 0; c < cuts; c++) {
            thresholds.add(Coefficient.threshold(levels.get(c) + "|" + levels.get(c + 1), theta[c],
                    Math.sqrt(covariance[c][c]), confLevel));
        }
        List<Coefficient> coefficients = new ArrayList<>();
        for (int j = 0; j < q; j++) {
            coefficients.add(Coefficient.logOdds(names.get(j), theta[cuts + j],
                    Math.sqrt(covariance[cuts + j][cuts + j]), confLevel));
        }
        double deviance = -2 * ll;
        return new ModelFit("Proportional-odds (cumulative logit) model, logit P(Y <= k) = zeta_k - x'beta "
                + "(McCullagh 1980; R: MASS::polr(method = \"logistic\"), ordinal::clm(link = \"logit\")), maximum "
                + "likelihood by Newton-Raphson; standard errors from the observed information; Wald tests and intervals",
                coefficients, thresholds, ll, deviance, deviance + 2 * m, deviance + Math.log(n) * m, n, iterations, true,
                covariance, List.of());
    }

    /**
     * The log-likelihood at theta (and eta = X beta), or -Inf where the thresholds are out of order. Keeps
     * each kind's probability and the exponentials it took for {@link #derivatives}.
     */
    private double logLikelihood(double[] theta) {
        probabilitiesValid = false;
        double[][] rows = kinds.rows();
        int[] kindLevels = kinds.levels();
        for (int c = 0; c < rows.length; c++) {
            double e = 0;
            double[] xc = rows[c];
            for (int j = 0; j < q; j++) {
                e += xc[j] * theta[cuts + j];
            }
            eta[c] = e;
            int k = kindLevels[c];
            double au = k < cuts ? Math.exp(-Math.abs(theta[k] - e)) : Double.NaN;
            double al = k > 0 ? Math.exp(-Math.abs(theta[k - 1] - e)) : Double.NaN;
            double p = probability(theta, k, e, au, al);
            if (!(p > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            probabilities[c] = p;
            upperExp[c] = au;
            lowerExp[c] = al;
            logProbabilities[c] = Math.log(p);
        }
        double ll = 0;
        int[] kindOf = kinds.kindOf();
        if (kindOf == null) {
            for (int i = 0; i < n; i++) {
                ll += logProbabilities[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                ll += logProbabilities[kindOf[i]];
            }
        }
        probabilitiesValid = true;
        return Double.isNaN(ll) ? Double.NEGATIVE_INFINITY : ll;
    }

    /**
     * P(Y = k) = F(zeta_k - eta) - F(zeta_{k-1} - eta), without cancellation in the upper tail, given
     * {@code au = exp(-|zeta_k - eta|)} and {@code al = exp(-|zeta_{k-1} - eta|)}.
     */
    private double probability(double[] theta, int k, double e, double au, double al) {
        if (k == 0) {
            return logistic(theta[0] - e, au);
        }
        double l = theta[k - 1] - e;
        if (k == cuts) {
            return logistic(-l, al);
        }
        double u = theta[k] - e;
        return l > 0 ? logistic(-l, al) - logistic(-u, au) : logistic(u, au) - logistic(l, al);
    }

    /**
     * {@link LogisticRegression#logistic}(t) given {@code a = exp(-|t|)}, the exponential it takes: the same
     * number, and one exponential serves both t and -t.
     */
    private static double logistic(double t, double a) {
        return t >= 0 ? 1 / (1 + a) : a / (1 + a);
    }

    /**
     * Fills {@link #gradient} and {@link #information} (minus the Hessian) of the log-likelihood at theta,
     * the theta of the last {@link #logLikelihood} call, whose {@link #eta} it uses and, when that call
     * completed, its probabilities and exponentials (the same numbers, not computed twice).
     */
    private void derivatives(double[] theta) {
        if (!probabilitiesValid) {
            int[] kindLevels = kinds.levels();
            for (int c = 0; c < kinds.count(); c++) {
                int k = kindLevels[c];
                double e = eta[c];
                upperExp[c] = k < cuts ? Math.exp(-Math.abs(theta[k] - e)) : Double.NaN;
                lowerExp[c] = k > 0 ? Math.exp(-Math.abs(theta[k - 1] - e)) : Double.NaN;
                probabilities[c] = probability(theta, k, e, upperExp[c], lowerExp[c]);
            }
        }
        sums.sum(n, (kind, into) -> termsOf(kind, theta, into), derivativeSums);
        System.arraycopy(derivativeSums, 0, gradient, 0, m);
        System.arraycopy(derivativeSums, m, information, 0, m * m);
    }

    /**
     * The terms of a case of this kind to the gradient and to minus the Hessian (lower triangle:
     * thresholds first, then coefficients; {@code m} on in {@link #derivativeSums}), a subtracted term
     * negated (x - y is x + -y to the bit), the values of summing case by case.
     */
    private void termsOf(int kind, double[] theta, KindSums.Terms into) {
        int k = kinds.levels()[kind];
        double e = eta[kind];
        double au = upperExp[kind];
        double al = lowerExp[kind];
        double p = probabilities[kind];
        double gu = 0;
        double gl = 0;
        double huu = 0;
        double hll = 0;
        if (k < cuts) {
            double u = theta[k] - e;
            double fu = logistic(u, au);
            double density = fu * logistic(-u, au);
            gu = density / p;
            huu = density * (1 - 2 * fu) / p - gu * gu;
        }
        if (k > 0) {
            double l = theta[k - 1] - e;
            double fl = logistic(l, al);
            double density = fl * logistic(-l, al);
            gl = -density / p;
            hll = -density * (1 - 2 * fl) / p - gl * gl;
        }
        double hul = -gu * gl;
        if (k < cuts) {
            into.add(k, gu);
            into.add(m + k * m + k, -huu);
        }
        if (k > 0) {
            into.add(k - 1, gl);
            into.add(m + (k - 1) * m + k - 1, -hll);
        }
        if (k > 0 && k < cuts) {
            into.add(m + k * m + k - 1, -hul);
        }
        double gb = gu + gl;
        double cu = huu + hul;
        double cl = hul + hll;
        double w = huu + 2 * hul + hll;
        double[] xi = kinds.rows()[kind];
        for (int j = 0; j < q; j++) {
            double xij = xi[j];
            if (xij == 0) {
                continue;
            }
            int row = (cuts + j) * m;
            into.add(cuts + j, -(xij * gb));
            if (k < cuts) {
                into.add(m + row + k, xij * cu);
            }
            if (k > 0) {
                into.add(m + row + k - 1, xij * cl);
            }
            double xw = xij * w;
            for (int l = 0; l <= j; l++) {
                into.add(m + row + cuts + l, -(xw * xi[l]));
            }
        }
    }

    private ModelFitException singular(String when, int parameter) {
        String name = parameter < cuts ? levels.get(parameter) + "|" + levels.get(parameter + 1) : names.get(parameter - cuts);
        return new ModelFitException(ModelFitException.Kind.SEPARATION, List.of(name), "The proportional-odds model: "
                + "the information matrix " + when + ", first at " + name + ", the mark of separation (fitted "
                + "probabilities 0 or 1). Merge sparse levels or categories, or drop columns.");
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double d : v) {
            max = Math.max(max, Math.abs(d));
        }
        return max;
    }
}
