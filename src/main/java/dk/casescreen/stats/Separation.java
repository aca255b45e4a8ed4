package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises complete and quasi-complete separation (Albert &amp; Anderson 1984) from the direction
 * in which a Newton iteration moves. When the maximum-likelihood estimate does not exist, the
 * log-likelihood keeps increasing along a recession direction d: Newton steps become (nearly)
 * multiples of d while the rest of the parameters converge. The direction is a certificate that can
 * be checked exactly: for logistic regression, {@code x_i'd >= 0} for every case with outcome 1 and
 * {@code <= 0} for every case with outcome 0, strictly for some (Albert &amp; Anderson's definition;
 * Konis 2007 finds it by linear programming). The fits pass their last step here; when it is such a
 * certificate they stop with a {@link ModelFitException.Kind#SEPARATION} error naming the columns.
 */
final class Separation {

    /** Components of a step below this share of the largest (measured on the linear-predictor scale) are taken as 0. */
    static final double CLEAN = 1e-6;
    /** Margins below this share of the largest margin count as 0 (on the separating hyperplane). */
    static final double MARGIN = 1e-6;

    private Separation() {
    }

    /**
     * Zeroes the components of {@code step} that are negligible on the linear-predictor scale
     * ({@code |step_j| * scale_j}); returns false when nothing is left.
     */
    static boolean clean(double[] step, double[] scale) {
        double max = 0;
        for (int j = 0; j < step.length; j++) {
            max = Math.max(max, Math.abs(step[j]) * scale[j]);
        }
        if (!(max > 0) || Double.isInfinite(max)) {
            return false;
        }
        for (int j = 0; j < step.length; j++) {
            if (Math.abs(step[j]) * scale[j] < CLEAN * max) {
                step[j] = 0;
            }
        }
        return true;
    }

    /** The largest absolute value of each column (1 for a column of zeros), the scale of its coefficient's effect. */
    static double[] columnScales(double[] x, int n, int p) {
        double[] scale = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                scale[j] = Math.max(scale[j], Math.abs(x[i * p + j]));
            }
        }
        for (int j = 0; j < p; j++) {
            if (scale[j] == 0) {
                scale[j] = 1;
            }
        }
        return scale;
    }

    /** "a (+Inf), b (-Inf)": the named parameters with a non-zero component and the way they diverge. */
    static String directions(double[] d, List<String> names, int from) {
        List<String> parts = new ArrayList<>();
        for (int j = from; j < d.length; j++) {
            if (d[j] != 0) {
                parts.add(names.get(j - from) + (d[j] > 0 ? " (to +Inf)" : " (to -Inf)"));
            }
        }
        return String.join(", ", parts);
    }

    /** The names of the parameters with a non-zero component. */
    static List<String> involved(double[] d, List<String> names, int from) {
        List<String> list = new ArrayList<>();
        for (int j = from; j < d.length; j++) {
            if (d[j] != 0) {
                list.add(names.get(j - from));
            }
        }
        return list;
    }

    /** The message of a separation error. */
    static String message(boolean complete, String directions, int predicted, int n, String outcomes) {
        boolean plural = directions.contains(",") || directions.isEmpty();
        return String.format(Locale.ROOT, "%s separation (Albert & Anderson 1984): %s predict%s the outcome "
                        + "perfectly for %d of the %d cases (%s), so the maximum-likelihood estimates do not exist: "
                        + "%s. Merge sparse levels, drop the column, or use a penalised (Firth) or exact method.",
                complete ? "Complete" : "Quasi-complete", directions.isEmpty() ? "the thresholds" : directions,
                plural ? "" : "s", predicted, n, outcomes,
                plural ? "their coefficients diverge" : "its coefficient diverges");
    }
}
