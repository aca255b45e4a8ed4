package dk.casescreen.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The separation check of {@link ProportionalOdds}, the ordered-outcome analogue of Albert &amp; Anderson (1984): a
 * step of the Newton-Raphson iteration that is a recession direction of the log-likelihood, with the
 * cases it pushes already fitted close to the end they are pushed to, means the estimates do not exist.
 */
final class OrdinalSeparation {

    private OrdinalSeparation() {
    }

    /**
     * Throws a separation error when the cleaned step d = (dzeta, dbeta) is a recession direction of
     * the log-likelihood: for every case, dzeta_k - x'dbeta >= 0 at its upper threshold and
     * dzeta_{k-1} - x'dbeta <= 0 at its lower one, strictly somewhere, with those cases already fitted
     * close to the end they are pushed to. Looks at each kind of case once ({@code eta} by kind), counting
     * its cases; {@code n} is the number of cases.
     */
    static void check(double[] d, double[] scale, double[] theta, CaseKinds kinds, double[] eta, int n, int cuts,
                      List<String> names) {
        if (!Separation.clean(d, scale)) {
            return;
        }
        double[][] x = kinds.rows();
        int[] y = kinds.levels();
        double[] s = new double[x.length];
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            double v = rowProduct(x[i], d, cuts);
            s[i] = v;
            int k = y[i];
            if (k < cuts) {
                max = Math.max(max, Math.abs(d[k] - v));
            }
            if (k > 0) {
                max = Math.max(max, Math.abs(d[k - 1] - v));
            }
        }
        double tol = Separation.MARGIN * max;
        int capped = 0;
        int floored = 0;
        int predicted = 0;
        for (int i = 0; i < x.length; i++) {
            int k = y[i];
            int cases = kinds.cases(i);
            boolean strict = false;
            double e = eta[i];
            if (k < cuts) {
                double upper = d[k] - s[i];
                if (upper < -tol) {
                    return;
                }
                if (upper > tol) {
                    if (LogisticRegression.logistic(-(theta[k] - e)) > 1e-4) {
                        return;
                    }
                    capped += cases;
                    strict = true;
                }
            }
            if (k > 0) {
                double lower = d[k - 1] - s[i];
                if (lower > tol) {
                    return;
                }
                if (lower < -tol) {
                    if (LogisticRegression.logistic(theta[k - 1] - e) > 1e-4) {
                        return;
                    }
                    floored += cases;
                    strict = true;
                }
            }
            if (strict) {
                predicted += cases;
            }
        }
        List<String> columns = Separation.involved(d, names, cuts);
        String directions = Separation.directions(d, names, cuts);
        throw new ModelFitException(ModelFitException.Kind.SEPARATION, columns, "The proportional-odds model: "
                + Separation.message(predicted == n, directions, predicted, n, "a higher category ruled out for " + capped
                + ", a lower one for " + floored));
    }

    /** The scale of each parameter: 1 for a threshold, the largest absolute value of its column for a coefficient. */
    static double[] scales(double[][] x, int cuts, int q) {
        double[] scale = new double[cuts + q];
        Arrays.fill(scale, 0, cuts, 1);
        // Separation.columnScales of the rows: the largest absolute value of each column, 1 for a zero column
        for (double[] row : x) {
            for (int j = 0; j < q; j++) {
                scale[cuts + j] = Math.max(scale[cuts + j], Math.abs(row[j]));
            }
        }
        for (int j = 0; j < q; j++) {
            if (scale[cuts + j] == 0) {
                scale[cuts + j] = 1;
            }
        }
        return scale;
    }

    /** {@code sum_j row[j] v[offset + j]}, in the order of {@link ModelAlgebra#rowProduct}. */
    static double rowProduct(double[] row, double[] v, int offset) {
        double sum = 0;
        for (int j = 0; j < row.length; j++) {
            sum += row[j] * v[offset + j];
        }
        return sum;
    }
}
