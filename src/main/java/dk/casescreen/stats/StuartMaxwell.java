package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The Stuart-Maxwell test of marginal homogeneity (Agresti 2013, §11.3.1), with the generalized inverse
 * where the covariance of the margin differences is singular. The covariance S (S_ii = n_i. + n_.i - 2 n_ii,
 * S_ij = -(n_ij + n_ji)) is the Laplacian of the graph joining categories i and j when n_ij + n_ji > 0;
 * it is singular exactly when that graph falls apart. The test is then d' S^+ d with df = rank(S): for each
 * connected group of categories the textbook statistic on all but one of its categories, summed, with df the
 * number of categories with discordant pairs minus the number of groups. Categories without discordant
 * pairs (empty, or only on the diagonal) carry no information on the margins and drop out.
 */
final class StuartMaxwell {

    static final String NO_DISCORDANT = "no discordant pairs: no test";

    private StuartMaxwell() {
    }

    static TestResult test(long[][] table) {
        int k = SquareTables.check(table, "Stuart-Maxwell test");
        double[] d = new double[k];
        double[][] w = new double[k][k];
        int[] group = new int[k];
        for (int i = 0; i < k; i++) {
            group[i] = i;
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                d[i] += table[i][j] - table[j][i];
                if (i != j && table[i][j] + table[j][i] > 0) {
                    w[i][j] = table[i][j] + table[j][i];
                    union(group, i, j);
                }
            }
        }
        double statistic = 0;
        int df = 0;
        int groups = 0;
        int connected = 0;
        boolean[] done = new boolean[k];
        for (int i = 0; i < k; i++) {
            int root = find(group, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Integer> members = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (find(group, j) == root) {
                    members.add(j);
                }
            }
            if (members.size() < 2) {
                continue;
            }
            groups++;
            connected += members.size();
            // the textbook statistic on all but the last category of the group
            int m = members.size() - 1;
            double[][] s = new double[m][m];
            double[] dm = new double[m];
            for (int a = 0; a < m; a++) {
                int ia = members.get(a);
                dm[a] = d[ia];
                for (int b = 0; b < m; b++) {
                    s[a][b] = -w[ia][members.get(b)];
                }
                s[a][a] = Arrays.stream(w[ia]).sum();
            }
            statistic += quadraticForm(s, dm);
            df += m;
        }
        long n = SquareTables.total(table);
        List<String> warnings = new ArrayList<>();
        String method = "Stuart-Maxwell test of marginal homogeneity";
        if (connected < k || groups > 1) {
            method += " (generalized inverse: " + connected + " of " + k + " categories with discordant pairs, in "
                    + groups + (groups == 1 ? " group)" : " separate groups)");
        }
        if (groups > 1) {
            warnings.add("the categories fall in " + groups + " groups without discordant pairs between them: the test"
                    + " compares the margins within each group");
        }
        if (df == 0) {
            warnings.add(NO_DISCORDANT);
            return TestResult.test(method, Double.NaN, 0, Double.NaN, Alternative.TWO_SIDED, n, warnings);
        }
        double p = ChiSquaredDistribution.of(df).survivalProbability(statistic);
        return TestResult.test(method, statistic, df, p, Alternative.TWO_SIDED, n, warnings);
    }

    /** d' S^-1 d for a symmetric positive definite S, by Cholesky decomposition S = L L'. */
    private static double quadraticForm(double[][] s, double[] d) {
        int m = d.length;
        double[][] l = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = s[i][j];
                for (int r = 0; r < j; r++) {
                    sum -= l[i][r] * l[j][r];
                }
                l[i][j] = i == j ? Math.sqrt(sum) : sum / l[j][j];
            }
        }
        // d' S^-1 d = |L^-1 d|^2
        double[] u = new double[m];
        double q = 0;
        for (int i = 0; i < m; i++) {
            double sum = d[i];
            for (int r = 0; r < i; r++) {
                sum -= l[i][r] * u[r];
            }
            u[i] = sum / l[i][i];
            q += u[i] * u[i];
        }
        return q;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        parent[find(parent, i)] = find(parent, j);
    }
}
