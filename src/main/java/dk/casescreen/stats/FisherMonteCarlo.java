package dk.casescreen.stats;

import java.util.SplittableRandom;

/**
 * The Monte Carlo p-value of Fisher's test for an r x c table, as R's
 * {@code fisher.test(x, simulate.p.value = TRUE, B = B)} computes it: B random tables with the
 * observed margins are drawn by Patefield's (1981) algorithm (algorithm AS 159: each cell in turn
 * from its hypergeometric distribution given the cells already drawn), and
 * p = (1 + #{tables with P(table) <= P(observed)}) / (B + 1), comparing
 * -Σ log n_ij! with R's relative tolerance of 64 machine epsilons. The random numbers come from
 * {@link SplittableRandom} with the given seed, so they differ from R's, not in distribution.
 */
final class FisherMonteCarlo {

    /** A simulated p-value with its Monte Carlo standard error sqrt(p (1 - p) / B). */
    record Outcome(double pValue, double standardError, long replicates) {
    }

    private static final double ALMOST_ONE = 1 + 64 * Math.ulp(1.0);

    private final int[] rowTotals;
    private final int[] columnTotals;
    private final int n;
    private final LogFactorials lf;

    FisherMonteCarlo(int[] rowTotals, int[] columnTotals) {
        this.rowTotals = rowTotals.clone();
        this.columnTotals = columnTotals.clone();
        long total = 0;
        for (int t : rowTotals) {
            total += t;
        }
        long columnSum = 0;
        for (int t : columnTotals) {
            columnSum += t;
        }
        if (total != columnSum || total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("row totals add up to " + total + ", column totals to " + columnSum);
        }
        this.n = (int) total;
        this.lf = new LogFactorials(total);
    }

    /** The simulated p-value of a table without empty rows or columns. */
    static Outcome pValue(int[][] table, long replicates, long seed) {
        int[] rows = new int[table.length];
        int[] columns = new int[table[0].length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                rows[i] += table[i][j];
                columns[j] += table[i][j];
            }
        }
        FisherMonteCarlo sampler = new FisherMonteCarlo(rows, columns);
        double observed = 0;
        for (int[] row : table) {
            for (int x : row) {
                observed -= sampler.lf.at(x);
            }
        }
        double limit = observed / ALMOST_ONE;
        SplittableRandom random = new SplittableRandom(seed);
        int[][] drawn = new int[rows.length][columns.length];
        long hits = 0;
        for (long b = 0; b < replicates; b++) {
            sampler.draw(random, drawn);
            double statistic = 0;
            for (int[] row : drawn) {
                for (int x : row) {
                    statistic -= sampler.lf.at(x);
                }
            }
            if (statistic <= limit) {
                hits++;
            }
        }
        double p = (1.0 + hits) / (replicates + 1.0);
        return new Outcome(p, Math.sqrt(p * (1 - p) / replicates), replicates);
    }

    /** Draws a table with the given margins, uniformly among the ways to place the n cases (Patefield 1981). */
    void draw(SplittableRandom random, int[][] out) {
        int r = rowTotals.length;
        int c = columnTotals.length;
        int[] columnsLeft = columnTotals.clone();
        int casesLeft = n;
        for (int i = 0; i < r - 1; i++) {
            int rowLeft = rowTotals[i];
            int pool = casesLeft;
            for (int j = 0; j < c - 1; j++) {
                int x = hypergeometric(random, pool, columnsLeft[j], rowLeft);
                out[i][j] = x;
                pool -= columnsLeft[j];
                columnsLeft[j] -= x;
                rowLeft -= x;
            }
            out[i][c - 1] = rowLeft;
            columnsLeft[c - 1] -= rowLeft;
            casesLeft -= rowTotals[i];
        }
        for (int j = 0; j < c; j++) {
            out[r - 1][j] = columnsLeft[j];
        }
    }

    /**
     * The number of successes in {@code draws} draws without replacement from {@code population}
     * items of which {@code successes} are successes, by inversion from the mode outwards (taking
     * the more probable neighbour first), as Patefield's algorithm does per cell.
     */
    int hypergeometric(SplittableRandom random, int population, int successes, int draws) {
        int failures = population - successes;
        int lo = Math.max(0, draws - failures);
        int hi = Math.min(draws, successes);
        if (lo == hi) {
            return lo;
        }
        int mode = (int) (((long) draws + 1) * ((long) successes + 1) / ((long) population + 2));
        mode = Math.max(lo, Math.min(hi, mode));
        double pMode = Math.exp(lf.at(successes) + lf.at(failures) + lf.at(draws) + lf.at(population - draws)
                - lf.at(population) - lf.at(mode) - lf.at(successes - mode) - lf.at(draws - mode)
                - lf.at(failures - draws + mode));
        double u = random.nextDouble();
        while (true) {
            double cumulative = pMode;
            if (u <= cumulative) {
                return mode;
            }
            int up = mode;
            int down = mode;
            double pUp = pMode;
            double pDown = pMode;
            boolean upOpen = up < hi;
            boolean downOpen = down > lo;
            double nextUp = upOpen ? pUp * ratioUp(up, successes, failures, draws) : -1;
            double nextDown = downOpen ? pDown * ratioDown(down, successes, failures, draws) : -1;
            while (upOpen || downOpen) {
                if (upOpen && (!downOpen || nextUp >= nextDown)) {
                    up++;
                    pUp = nextUp;
                    cumulative += pUp;
                    if (u <= cumulative) {
                        return up;
                    }
                    upOpen = up < hi;
                    nextUp = upOpen ? pUp * ratioUp(up, successes, failures, draws) : -1;
                } else {
                    down--;
                    pDown = nextDown;
                    cumulative += pDown;
                    if (u <= cumulative) {
                        return down;
                    }
                    downOpen = down > lo;
                    nextDown = downOpen ? pDown * ratioDown(down, successes, failures, draws) : -1;
                }
            }
            // Rounding left the total just under u: draw again within the total, as AS 159 does.
            u = cumulative * random.nextDouble();
        }
    }

    /** P(x + 1) / P(x). */
    private static double ratioUp(int x, int successes, int failures, int draws) {
        return ((double) (successes - x) * (draws - x)) / ((double) (x + 1) * (failures - draws + x + 1));
    }

    /** P(x - 1) / P(x). */
    private static double ratioDown(int x, int successes, int failures, int draws) {
        return ((double) x * (failures - draws + x)) / ((double) (successes - x + 1) * (draws - x + 1));
    }
}
