package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The small dense linear algebra of the model fits: Cholesky factorisation of a symmetric
 * positive-definite p×p matrix held row-major in a {@code double[p * p]}, solving with it, inverting
 * it, and the rank check of a design matrix. Plain arrays, no allocation in the hot paths.
 */
final class ModelAlgebra {

    /**
     * A column whose residual sum of squares, after projecting it on the columns before it, is below
     * this share of its own sum of squares counts as linearly dependent on them (|r_jj| / ||x_j|| below
     * 1e-5 in the QR decomposition).
     */
    static final double RANK_TOLERANCE = 1e-10;

    private ModelAlgebra() {
    }

    /**
     * The product of row {@code i} of the row-major {@code n x p} matrix {@code x} with
     * {@code v[offset .. offset + p)}.
     */
    /**
     * The rows of {@code columns} (n rows of p - 1 values) with a leading column of ones, packed row by row
     * into one array of n * p values, as the regressions work on them.
     */
    static double[] withIntercept(double[][] columns, int n, int p) {
        double[] x = new double[n * p];
        for (int i = 0; i < n; i++) {
            x[i * p] = 1;
            System.arraycopy(columns[i], 0, x, i * p + 1, p - 1);
        }
        return x;
    }

    static double rowProduct(double[] x, int p, int i, double[] v, int offset) {
        double sum = 0;
        for (int j = 0; j < p; j++) {
            sum += x[i * p + j] * v[offset + j];
        }
        return sum;
    }

    /**
     * Overwrites the lower triangle of {@code a} with its Cholesky factor L (a = L L'). Returns -1 on
     * success or the first column whose pivot is not positive, or below {@code relativeTolerance}
     * times its diagonal element.
     */
    static int cholesky(double[] a, int p, double relativeTolerance) {
        for (int j = 0; j < p; j++) {
            int rj = j * p;
            double d = a[rj + j];
            double diagonal = d;
            for (int k = 0; k < j; k++) {
                d -= a[rj + k] * a[rj + k];
            }
            if (!(d > relativeTolerance * diagonal) || !(d > 0) || Double.isInfinite(d)) {
                return j;
            }
            double l = Math.sqrt(d);
            a[rj + j] = l;
            for (int i = j + 1; i < p; i++) {
                int ri = i * p;
                double s = a[ri + j];
                for (int k = 0; k < j; k++) {
                    s -= a[ri + k] * a[rj + k];
                }
                a[ri + j] = s / l;
            }
        }
        return -1;
    }

    /** Solves (L L') x = b in place of {@code b}, with L from {@link #cholesky}. */
    static void solve(double[] l, int p, double[] b) {
        for (int i = 0; i < p; i++) {
            int ri = i * p;
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[ri + k] * b[k];
            }
            b[i] = s / l[ri + i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k * p + i] * b[k];
            }
            b[i] = s / l[i * p + i];
        }
    }

    /** The inverse of L L' as a p×p array of rows, with L from {@link #cholesky}. */
    static double[][] inverse(double[] l, int p) {
        double[][] inv = new double[p][p];
        double[] e = new double[p];
        for (int j = 0; j < p; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            solve(l, p, e);
            for (int i = 0; i < p; i++) {
                inv[i][j] = e[i];
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                double mean = (inv[i][j] + inv[j][i]) / 2;
                inv[i][j] = mean;
                inv[j][i] = mean;
            }
        }
        return inv;
    }

    /**
     * Checks that the columns of [1, X] (with {@code intercept}) or of X are linearly independent and
     * throws a {@link ModelFitException.Kind#RANK_DEFICIENT} error naming the first dependent column and
     * the columns before it that it is a combination of. Works on the cross-product matrix, column by
     * column in order, as R's QR decomposition in {@code lm.fit} pivots a dependent column out.
     *
     * @param interceptName the name of the implicit constant column ("(Intercept)", or a description
     *                      of the thresholds for a proportional-odds model); null for none
     */
    static void requireFullRank(double[][] x, List<String> names, String interceptName) {
        requireFullRank(DesignRows.each(x), names, interceptName);
    }

    /**
     * As {@link #requireFullRank(double[][], List, String)}, each shared row's cross products made once
     * (the sums the same as row by row; {@link KindSums}).
     */
    static void requireFullRank(DesignRows rows, List<String> names, String interceptName) {
        requireFullRank(crossProducts(rows, names.size(), interceptName != null), rows.x().length, names,
                interceptName);
    }

    /**
     * The lower triangle of the cross products of [1, X] ({@code intercept}) or of X, row by row, over
     * the rows of {@code rows} with {@code q} columns each; each shared row's products made once, the
     * sums the same as case by case ({@link KindSums}).
     */
    static double[] crossProducts(DesignRows rows, int q, boolean intercept) {
        int offset = intercept ? 1 : 0;
        int p = q + offset;
        double[] a = new double[p * p];
        double[][] distinct = rows.distinct();
        new KindSums(p * p, distinct.length, rows.pattern()).sum(rows.x().length, (kind, into) -> {
            double[] row = distinct[kind];
            for (int j = 0; j < p; j++) {
                double xj = j < offset ? 1 : row[j - offset];
                if (xj == 0) {
                    continue;
                }
                for (int k = 0; k <= j; k++) {
                    into.add(j * p + k, xj * (k < offset ? 1 : row[k - offset]));
                }
            }
        }, a);
        return a;
    }

    /**
     * As {@link #requireFullRank(double[][], List, String)}, given the {@link #crossProducts} {@code a}
     * (read, not changed) of {@code n} cases.
     */
    static void requireFullRank(double[] a, int n, List<String> names, String interceptName) {
        int p = names.size() + (interceptName == null ? 0 : 1);
        List<String> all = new ArrayList<>();
        if (interceptName != null) {
            all.add(interceptName);
        }
        all.addAll(names);
        for (int j = 0; j < p; j++) {
            if (a[j * p + j] == 0) {
                throw new ModelFitException(ModelFitException.Kind.RANK_DEFICIENT, List.of(all.get(j)),
                        "The design column '" + all.get(j) + "' is 0 for all " + n + " cases used (for an answer: no "
                                + "case gave it); its coefficient is not identified. Drop the column or merge the level.");
            }
        }
        // Cholesky of the scaled cross products, keeping only the independent columns found so far.
        int[] kept = new int[p];
        int r = 0;
        double[] l = new double[p * p];
        for (int j = 0; j < p; j++) {
            double ajj = a[j * p + j];
            double[] row = new double[r];
            for (int i = 0; i < r; i++) {
                double s = cross(a, p, kept[i], j);
                for (int k = 0; k < i; k++) {
                    s -= l[i * p + k] * row[k];
                }
                row[i] = s / l[i * p + i];
            }
            double d = ajj;
            for (int k = 0; k < r; k++) {
                d -= row[k] * row[k];
            }
            if (d <= RANK_TOLERANCE * ajj) {
                double[] c = row.clone();
                for (int i = r - 1; i >= 0; i--) {
                    double s = c[i];
                    for (int k = i + 1; k < r; k++) {
                        s -= l[k * p + i] * c[k];
                    }
                    c[i] = s / l[i * p + i];
                }
                List<String> involved = new ArrayList<>();
                List<String> terms = new ArrayList<>();
                for (int i = 0; i < r; i++) {
                    double scale = Math.sqrt(a[kept[i] * p + kept[i]] / ajj);
                    if (Math.abs(c[i]) * scale > 1e-6) {
                        involved.add(all.get(kept[i]));
                        terms.add(String.format(java.util.Locale.ROOT, "%+.4g * %s", c[i], all.get(kept[i])));
                    }
                }
                List<String> columns = new ArrayList<>();
                columns.add(all.get(j));
                columns.addAll(involved);
                throw new ModelFitException(ModelFitException.Kind.RANK_DEFICIENT, columns,
                        "The design is rank-deficient: column '" + all.get(j) + "' is a linear combination of "
                                + (involved.isEmpty() ? "the columns before it" : String.join(", ", involved))
                                + " in the " + n + " cases used (" + all.get(j) + " = " + String.join(" ", terms)
                                + "), so the coefficients are not identified. Drop one of these columns.");
            }
            for (int k = 0; k < r; k++) {
                l[r * p + k] = row[k];
            }
            l[r * p + r] = Math.sqrt(d);
            kept[r++] = j;
        }
    }

    private static double cross(double[] a, int p, int i, int j) {
        return i >= j ? a[i * p + j] : a[j * p + i];
    }
}
