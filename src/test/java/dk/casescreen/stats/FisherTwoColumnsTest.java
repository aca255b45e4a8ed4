package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The closed-form longest and shortest two-column paths against trying every allocation. */
class FisherTwoColumnsTest {

    @Test
    void closedFormsMatchTheBestAndWorstOfAllAllocations() {
        double[] lf = new double[200];
        for (int k = 2; k < lf.length; k++) {
            lf[k] = lf[k - 1] + Math.log(k);
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 300; trial++) {
            int r = 2 + random.nextInt(4);
            int[] rows = new int[r];
            for (int i = 0; i < r; i++) {
                rows[i] = random.nextInt(25);
            }
            Arrays.sort(rows);
            int total = Arrays.stream(rows).sum();
            if (total == 0) {
                continue;
            }
            int column = random.nextInt(total + 1);
            double[] extremes = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            every(rows, column, 0, 0, lf, extremes);
            String what = Arrays.toString(rows) + " column " + column;
            assertEquals(extremes[0], FisherTwoColumns.mostEven(rows, column, lf), 1e-9, what);
            assertEquals(extremes[1], FisherTwoColumns.mostConcentrated(rows, column, lf), 1e-9, what);
        }
    }

    /** min and max of Σ [lf(a_i) + lf(rows_i - a_i)] over every allocation. */
    private static void every(int[] rows, int left, int i, double sum, double[] lf, double[] extremes) {
        if (i == rows.length - 1) {
            if (left <= rows[i]) {
                double v = sum + lf[left] + lf[rows[i] - left];
                extremes[0] = Math.min(extremes[0], v);
                extremes[1] = Math.max(extremes[1], v);
            }
            return;
        }
        for (int a = 0; a <= Math.min(rows[i], left); a++) {
            every(rows, left - a, i + 1, sum + lf[a] + lf[rows[i] - a], lf, extremes);
        }
    }
}
