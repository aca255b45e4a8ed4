package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Chooses between the 2 x 2 test, the exact r x c network algorithm and the Monte Carlo p-value. */
final class FisherExact {

    private FisherExact() {
    }

    static FisherResult test(ContingencyTable table, FisherOptions options) {
        if (table.rows() == 2 && table.columns() == 2) {
            return new FisherResult(Fisher2x2.test(table, 0.95), true, 0, 0, Double.NaN, 0);
        }
        ContingencyTable t = table.withoutEmptyRowsAndColumns();
        String dropped = PearsonChiSquare.droppedText(table, t);
        List<String> warnings = new ArrayList<>();
        if (t.rows() < 2 || t.columns() < 2) {
            warnings.add("Fewer than two non-empty rows or columns: the observed table is the only one with these"
                    + " margins, so p = 1.");
            return new FisherResult(TestResult.test("Fisher's Exact Test for Count Data" + dropped, Double.NaN,
                    Double.NaN, 1, Alternative.TWO_SIDED, table.n(), warnings), true, 0, 0, Double.NaN, 0);
        }
        if (t.n() > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("the table has too many cases for Fisher's test: " + t.n());
        }
        int[][] counts = new int[t.rows()][t.columns()];
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                counts[i][j] = (int) t.count(i, j);
            }
        }
        long work = 0;
        if (!options.monteCarlo()) {
            try {
                FisherNetwork.Outcome exact = FisherNetwork.pValue(counts, options.workspace());
                String method = "Fisher's Exact Test for Count Data (exact " + t.rows() + " x " + t.columns()
                        + " p-value by the network algorithm of Mehta & Patel 1983)" + dropped;
                return new FisherResult(TestResult.test(method, Double.NaN, Double.NaN, exact.pValue(),
                        Alternative.TWO_SIDED, t.n(), warnings), true, 0, 0, Double.NaN, exact.work());
            } catch (FisherNetwork.WorkspaceExceeded e) {
                work = options.workspace();
            }
        }
        FisherMonteCarlo.Outcome simulated = FisherMonteCarlo.pValue(counts, options.replicates(), options.seed());
        String se = String.format(Locale.ROOT, "%.2g", simulated.standardError());
        if (!options.monteCarlo()) {
            warnings.add("The exact p-value needs more than the workspace of " + options.workspace()
                    + " work units; the p-value is simulated from " + options.replicates()
                    + " random tables (Monte Carlo standard error " + se + ").");
        }
        String method = "Fisher's Exact Test for Count Data with simulated p-value (based on " + options.replicates()
                + " replicates: Patefield 1981 random tables, seed " + options.seed() + "; Monte Carlo standard error "
                + se + ")" + dropped;
        return new FisherResult(TestResult.test(method, Double.NaN, Double.NaN, simulated.pValue(),
                Alternative.TWO_SIDED, t.n(), warnings), false, options.replicates(), options.seed(),
                simulated.standardError(), work);
    }
}
