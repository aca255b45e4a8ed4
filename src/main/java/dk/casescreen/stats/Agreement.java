package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Agreement between two ratings of the same cases (two screening rounds, two raters), from the square table
 * with the first rating in the rows and the second in the columns, as R's {@code table(first, second)}.
 */
public final class Agreement {

    /** The warning when kappa is undefined because both ratings put every case in one and the same category. */
    public static final String ONE_CATEGORY = "kappa is undefined: both ratings put every case in the same category";

    /** The warning for a table without observations. */
    public static final String NO_OBSERVATIONS = "the table has no observations";

    private Agreement() {
    }

    /**
     * Cohen's (1960) unweighted kappa with the large-sample standard errors of Fleiss, Cohen &amp; Everitt
     * (1969), as in vcd::Kappa and psych::cohen.kappa (Agresti 2013, §11.5.5). With p = table / n,
     * p_o = sum p_ii and p_e = sum p_i. p_.i, kappa = (p_o - p_e) / (1 - p_e). The interval is
     * kappa -/+ z ASE with the non-null ASE of {@link #kappaStandardError(long[][])}; the statistic is
     * kappa / ASE0 with the null standard error
     * ASE0^2 = (p_e + p_e^2 - sum p_i. p_.i (p_i. + p_.i)) / (n (1 - p_e)^2), and the p-value two-sided
     * from the standard normal distribution (the test of kappa = 0). If both ratings put every case in one
     * category (p_e = 1) kappa is undefined and everything is NaN, with a warning; so too for an empty table.
     *
     * @param table     the k x k counts (k at least 2), first rating in the rows
     * @param confLevel the confidence level of the interval, strictly between 0 and 1
     * @return kappa with its interval and the test of kappa = 0; n is the number of cases
     */
    public static TestResult cohensKappa(long[][] table, double confLevel) {
        SquareTables.check(table, "Cohen's kappa");
        Intervals.checkLevel(confLevel);
        Kappa k = Kappa.of(table);
        String method = "Cohen's kappa (unweighted) with Fleiss-Cohen-Everitt asymptotic standard errors, Wald interval ("
                + Intervals.percent(confLevel) + ") and z-test of kappa = 0";
        List<String> warnings = new ArrayList<>();
        if (k.n == 0) {
            warnings.add(NO_OBSERVATIONS);
        } else if (Double.isNaN(k.kappa)) {
            warnings.add(ONE_CATEGORY);
        }
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double z = normal.inverseSurvivalProbability((1 - confLevel) / 2);
        double ase = Math.sqrt(k.variance);
        double statistic = k.kappa / Math.sqrt(k.nullVariance);
        double p = Double.isNaN(statistic) ? Double.NaN : 2 * normal.survivalProbability(Math.abs(statistic));
        return new TestResult(method, statistic, Double.NaN, p, k.kappa, k.kappa - z * ase, k.kappa + z * ase, confLevel,
                Alternative.TWO_SIDED, k.n, warnings);
    }

    /**
     * The non-null asymptotic standard error of Cohen's unweighted kappa (Fleiss, Cohen &amp; Everitt 1969):
     * the square root of
     * (sum_i p_ii (1 - (p_i. + p_.i)(1 - kappa))^2 + (1 - kappa)^2 sum_{i != j} p_ij (p_.i + p_j.)^2
     * - (kappa - p_e (1 - kappa))^2) / (n (1 - p_e)^2). It is 0 for perfect agreement (a negative value from
     * rounding is taken as 0), and NaN where kappa is undefined.
     *
     * @param table the k x k counts (k at least 2), first rating in the rows
     * @return the standard error
     */
    public static double kappaStandardError(long[][] table) {
        SquareTables.check(table, "Cohen's kappa");
        return Math.sqrt(Kappa.of(table).variance);
    }

    /** Kappa with its non-null and null variances. */
    private record Kappa(long n, double kappa, double variance, double nullVariance) {

        static Kappa of(long[][] table) {
            int k = table.length;
            long n = SquareTables.total(table);
            if (n == 0) {
                return new Kappa(0, Double.NaN, Double.NaN, Double.NaN);
            }
            double[] rows = new double[k];
            double[] columns = new double[k];
            double agree = 0;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    double p = (double) table[i][j] / n;
                    rows[i] += p;
                    columns[j] += p;
                }
                agree += (double) table[i][i] / n;
            }
            double chance = 0;
            double nullSum = 0;
            for (int i = 0; i < k; i++) {
                chance += rows[i] * columns[i];
                nullSum += rows[i] * columns[i] * (rows[i] + columns[i]);
            }
            if (chance >= 1) {
                return new Kappa(n, Double.NaN, Double.NaN, Double.NaN);
            }
            double kappa = (agree - chance) / (1 - chance);
            double diagonal = 0;
            double offDiagonal = 0;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    double p = (double) table[i][j] / n;
                    if (i == j) {
                        double t = 1 - (rows[i] + columns[i]) * (1 - kappa);
                        diagonal += p * t * t;
                    } else {
                        double t = columns[i] + rows[j];
                        offDiagonal += p * t * t;
                    }
                }
            }
            double scale = n * (1 - chance) * (1 - chance);
            double last = kappa - chance * (1 - kappa);
            double variance = (diagonal + (1 - kappa) * (1 - kappa) * offDiagonal - last * last) / scale;
            double nullVariance = (chance + chance * chance - nullSum) / scale;
            return new Kappa(n, kappa, Math.max(variance, 0), nullVariance);
        }
    }
}
