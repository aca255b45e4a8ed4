package dk.casescreen.stats;

import java.util.Arrays;

/**
 * Two label arrays coded as dense level indices 0..levels-1 (levels in increasing order of the labels),
 * with the margins of their cross table and Pearson's chi-squared statistic in the form used for
 * permutations: X^2 = N sum_ij O_ij^2 / (R_i C_j) - N, which needs only the cell counts.
 */
final class LabelTable {

    final int n;
    final int rows;
    final int cols;
    /** The row level of each case times the number of columns: the start of its row in a flat table. */
    final int[] rowOffsets;
    /** The column level of each case. */
    final int[] colCodes;
    /** N / (R_i C_j) for each cell, row-major. */
    final double[] weights;
    /** The observed cell counts, row-major. */
    final int[] observed;
    private final int[] rowTotals;
    private final int[] colTotals;

    LabelTable(int[] rowLabels, int[] colLabels) {
        if (rowLabels.length != colLabels.length) {
            throw new IllegalArgumentException("the label arrays must have the same length: " + rowLabels.length
                    + " and " + colLabels.length);
        }
        n = rowLabels.length;
        int[] rowLevels = levels(rowLabels);
        int[] colLevels = levels(colLabels);
        rows = rowLevels.length;
        cols = colLevels.length;
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("need at least 2 levels of each label to test association, got "
                    + rows + " and " + cols);
        }
        rowOffsets = new int[n];
        colCodes = new int[n];
        observed = new int[rows * cols];
        rowTotals = new int[rows];
        colTotals = new int[cols];
        for (int k = 0; k < n; k++) {
            int r = Arrays.binarySearch(rowLevels, rowLabels[k]);
            int c = Arrays.binarySearch(colLevels, colLabels[k]);
            rowOffsets[k] = r * cols;
            colCodes[k] = c;
            observed[r * cols + c]++;
            rowTotals[r]++;
            colTotals[c]++;
        }
        weights = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                weights[r * cols + c] = (double) n / ((double) rowTotals[r] * colTotals[c]);
            }
        }
    }

    private static int[] levels(int[] labels) {
        return Arrays.stream(labels).distinct().sorted().toArray();
    }

    /** X^2 from cell counts, by the permutation form; the same arithmetic for the observed and permuted tables. */
    double statistic(int[] counts) {
        double s = 0;
        for (int i = 0; i < counts.length; i++) {
            double o = counts[i];
            s += o * o * weights[i];
        }
        return s - n;
    }

    /** X^2 = sum (O - E)^2 / E of the observed table, as R's {@code chisq.test} computes it. */
    double pearsonStatistic() {
        double s = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double e = (double) rowTotals[r] * colTotals[c] / n;
                double d = observed[r * cols + c] - e;
                s += d * d / e;
            }
        }
        return s;
    }

    /** Counts the table of the row labels against the (permuted) column codes into {@code counts}. */
    void count(int[] permutedColCodes, int[] counts) {
        Arrays.fill(counts, 0);
        for (int k = 0; k < n; k++) {
            counts[rowOffsets[k] + permutedColCodes[k]]++;
        }
    }
}
