package dk.casescreen.stats;

import java.util.Arrays;

/** The past path values reaching one node, with their weights (numbers of paths, scaled when merged). */
final class FisherPasts {

    /** Past values closer than this on the log scale are merged. */
    static final double MERGE = 1e-9;

    final int[] rows;
    double[] v = new double[4];
    double[] w = new double[4];
    /** The values on a grid of {@link #MERGE}, and an open-addressing index of them (entry + 1, 0 free). */
    long[] grid = new long[4];
    int[] slots = new int[8];
    int size;

    FisherPasts(int[] rows) {
        this.rows = rows;
    }

    /** Adds a path, merging it into a stored one on the same grid point; whether it was stored anew. */
    boolean add(double value, double weight) {
        long g = Math.round(value / MERGE);
        int mask = slots.length - 1;
        int h = (int) (g * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (slots[h] != 0) {
            int at = slots[h] - 1;
            if (grid[at] == g) {
                // exp(value - v[at]) to second order: the two differ by less than 1e-9
                double d = value - v[at];
                w[at] += weight * (1 + d + 0.5 * d * d);
                return false;
            }
            h = (h + 1) & mask;
        }
        if (size == v.length) {
            v = Arrays.copyOf(v, size * 2);
            w = Arrays.copyOf(w, size * 2);
            grid = Arrays.copyOf(grid, size * 2);
        }
        v[size] = value;
        w[size] = weight;
        grid[size] = g;
        size++;
        slots[h] = size;
        if (2 * size > slots.length) {
            rehash();
        }
        return true;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int h = (int) (grid[i] * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            slots[h] = i + 1;
        }
    }

    /** Sorts by value and merges values within {@link #MERGE} of the first of their run. */
    void sortAndMerge() {
        sortPairs(v, w, 0, size - 1);
        int out = 0;
        for (int i = 0; i < size; i++) {
            if (out > 0 && v[i] - v[out - 1] <= MERGE) {
                w[out - 1] += w[i] * Math.exp(v[i] - v[out - 1]);
            } else {
                v[out] = v[i];
                w[out] = w[i];
                out++;
            }
        }
        size = out;
        grid = null;
        slots = null;
    }

    /** Sorts v[lo..hi] ascending, moving w along (quicksort, insertion sort for short runs). */
    private static void sortPairs(double[] v, double[] w, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(v[lo], v[mid], v[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(v, w, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sortPairs(v, w, lo, j);
                lo = i;
            } else {
                sortPairs(v, w, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double x = v[i];
            double y = w[i];
            int j = i - 1;
            while (j >= lo && v[j] > x) {
                v[j + 1] = v[j];
                w[j + 1] = w[j];
                j--;
            }
            v[j + 1] = x;
            w[j + 1] = y;
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] v, double[] w, int i, int j) {
        double t = v[i];
        v[i] = v[j];
        v[j] = t;
        t = w[i];
        w[i] = w[j];
        w[j] = t;
    }
}
