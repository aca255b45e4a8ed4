package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Fisher's exact test for a 2 x 2 table (Agresti 2013, §3.5) as R's {@code fisher.test}
 * computes it: the two-sided p-value sums the hypergeometric probabilities of the tables no more
 * probable than the observed one (relative tolerance 1e-7), the odds ratio is the conditional
 * maximum likelihood estimate, and its confidence interval inverts the two one-sided exact tests
 * (Cornfield 1956). R finds the roots with {@code uniroot} to about 1e-4; they are found here to
 * full double precision, on the log scale of the odds ratio.
 */
final class Fisher2x2 {

    /** R's {@code relErr} in {@code fisher.test}. */
    static final double RELATIVE_TOLERANCE = 1e-7;

    private final int lo;
    private final int hi;
    private final int x;
    /** log of the central hypergeometric probabilities over lo..hi, up to a constant. */
    private final double[] logDensity;

    private Fisher2x2(long[][] t) {
        long m = t[0][0] + t[1][0];
        long n = t[0][1] + t[1][1];
        long k = t[0][0] + t[0][1];
        if (m + n > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("the table has too many cases for an exact test: " + (m + n));
        }
        x = (int) t[0][0];
        lo = (int) Math.max(0, k - n);
        hi = (int) Math.min(k, m);
        LogFactorials lf = new LogFactorials(m + n);
        logDensity = new double[hi - lo + 1];
        for (int s = lo; s <= hi; s++) {
            logDensity[s - lo] = -(lf.at(s) + lf.at(m - s) + lf.at(k - s) + lf.at(n - k + s));
        }
    }

    /** The test, estimate and interval for a 2 x 2 table at the given confidence level. */
    static TestResult test(ContingencyTable table, double level) {
        if (table.rows() != 2 || table.columns() != 2) {
            throw new IllegalArgumentException("the exact odds ratio needs a 2 x 2 table, not " + table.rows() + " x "
                    + table.columns() + ": " + table.describe());
        }
        Intervals.checkLevel(level);
        Fisher2x2 f = new Fisher2x2(table.counts());
        List<String> warnings = new ArrayList<>();
        if (table.hasEmptyRowOrColumn()) {
            warnings.add("A row or column of the 2 x 2 table is empty: only one table has these margins, so p = 1 and"
                    + " the odds ratio is not identified (R reports the estimate 0 and the interval [0, Inf], as here).");
        }
        double alpha = (1 - level) / 2;
        String method = "Fisher's Exact Test for Count Data (2 x 2: conditional maximum likelihood odds ratio, "
                + "exact conditional " + Intervals.percent(level) + " confidence interval)";
        return new TestResult(method, Double.NaN, Double.NaN, f.pValue(), f.estimate(), f.lower(alpha),
                f.upper(alpha), level, Alternative.TWO_SIDED, table.n(), warnings);
    }

    /** The probabilities over lo..hi under the odds ratio exp(theta), normalised. */
    private double[] density(double theta) {
        double[] d = new double[logDensity.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.length; i++) {
            d[i] = logDensity[i] + theta * (lo + i);
            max = Math.max(max, d[i]);
        }
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.exp(d[i] - max);
            sum += d[i];
        }
        for (int i = 0; i < d.length; i++) {
            d[i] /= sum;
        }
        return d;
    }

    /** R: {@code sum(d[d <= d[x - lo + 1] * relErr])} with {@code d <- dnhyper(1)}. */
    double pValue() {
        double[] d = density(0);
        double limit = d[x - lo] * (1 + RELATIVE_TOLERANCE);
        double p = 0;
        for (double v : d) {
            if (v <= limit) {
                p += v;
            }
        }
        return Math.min(1, p);
    }

    private double mean(double theta) {
        double[] d = density(theta);
        double mu = 0;
        for (int i = 0; i < d.length; i++) {
            mu += (lo + i) * d[i];
        }
        return mu;
    }

    private double lowerTail(double theta) {
        double[] d = density(theta);
        double p = 0;
        for (int i = 0; i <= x - lo; i++) {
            p += d[i];
        }
        return p;
    }

    private double upperTail(double theta) {
        double[] d = density(theta);
        double p = 0;
        for (int i = x - lo; i < d.length; i++) {
            p += d[i];
        }
        return p;
    }

    /** R's {@code mle(x)}: 0 at the lower end of the support, Inf at the upper end. */
    double estimate() {
        if (x == lo) {
            return 0;
        }
        if (x == hi) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.exp(root(theta -> mean(theta) - x));
    }

    /** R's {@code ncp.L(x, alpha)}. */
    double lower(double alpha) {
        if (x == lo) {
            return 0;
        }
        return Math.exp(root(theta -> upperTail(theta) - alpha));
    }

    /** R's {@code ncp.U(x, alpha)}. */
    double upper(double alpha) {
        if (x == hi) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.exp(root(theta -> alpha - lowerTail(theta)));
    }

    /**
     * The root of an increasing function of theta, by bisection to an absolute width of 1e-15 in
     * theta (so a relative precision of about 1e-15 in the odds ratio).
     */
    static double root(DoubleUnaryOperator increasing) {
        double a = -1;
        double b = 1;
        while (increasing.applyAsDouble(a) > 0) {
            b = a;
            a *= 2;
            if (a < -2048) {
                throw new ArithmeticException("no root above " + a);
            }
        }
        while (increasing.applyAsDouble(b) < 0) {
            a = b;
            b *= 2;
            if (b > 2048) {
                throw new ArithmeticException("no root below " + b);
            }
        }
        for (int i = 0; i < 200 && b - a > 1e-15; i++) {
            double mid = 0.5 * (a + b);
            if (mid <= a || mid >= b) {
                break;
            }
            double f = increasing.applyAsDouble(mid);
            if (f == 0) {
                return mid;
            }
            if (f < 0) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return 0.5 * (a + b);
    }
}
