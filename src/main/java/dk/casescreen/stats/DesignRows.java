package dk.casescreen.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a design matrix, one array per case used, column {@code j} of row {@code i} either the
 * number {@code numbers[j][case]} or 1 where the case's level of a factor is the level the column
 * indicates, else 0. Where the factors' levels and the number columns' distinct values make at most
 * {@value #MOST_SHARED} combinations (answers, yes/no exposures, ages), cases with the same
 * combination share one row array: a million cases are then a few thousand arrays, which the models
 * read from the cache in every iteration of a fit instead of a million from memory. The values are the
 * same either way; the models in this package read the rows and never write them, and
 * {@link DesignMatrix#x()} hands out copies.
 */
record DesignRows(double[][] x, int[] pattern, double[][] distinct) {

    /** The most combinations for which rows are shared (a table of this many references). */
    static final int MOST_SHARED = 1 << 16;

    /**
     * Rows, of which those with the same pattern number are the same array.
     *
     * @param x        the rows
     * @param pattern  each row's pattern number in the order the patterns first appear; null when every
     *                 row is its own (its number is its position)
     * @param distinct the row of each pattern number ({@code x} itself when every row is its own)
     */
    DesignRows {
    }

    /** Rows given by a caller, each its own pattern (whether or not two are equal). */
    static DesignRows each(double[][] x) {
        return new DesignRows(x, null, x);
    }

    /**
     * These rows with those of the same values numbered as one pattern, found by content (bit for bit, as
     * {@link Arrays#equals(double[], double[])} compares; the arrays stay the caller's): for rows a caller
     * made, a row per case. Already numbered rows are returned as they are; rows of more than
     * {@value #MOST_SHARED} distinct values, or of more than a quarter as many as there are rows, stay
     * each their own.
     */
    DesignRows byContent() {
        if (pattern != null) {
            return this;
        }
        // rows that are nearly all different gain little from sharing: given up at a quarter of the rows
        int most = Math.min(MOST_SHARED, x.length / 4);
        Map<Content, Integer> numbers = new HashMap<>();
        int[] numbered = new int[x.length];
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Integer number = numbers.putIfAbsent(new Content(x[i]), rows.size());
            if (number == null) {
                if (rows.size() == most) {
                    return this;
                }
                number = rows.size();
                rows.add(x[i]);
            }
            numbered[i] = number;
        }
        return new DesignRows(x, numbered, rows.toArray(double[][]::new));
    }

    /** A row as a key by its values. */
    private record Content(double[] row) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && Arrays.equals(row, c.row);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(row);
        }
    }

    /** The number of patterns (distinct rows). */
    int patterns() {
        return distinct.length;
    }

    /**
     * Builds the rows.
     *
     * @param rows      the number of cases used
     * @param numbers   per column, the numbers of its variable by case (null for an indicator column)
     * @param cases     the case of each row, for {@code numbers}
     * @param levelOf   per column, the level position of each row's value (null for a number column)
     * @param indicated per column, the level position it indicates, or -1 for a number column
     * @param factors   the distinct arrays of {@code levelOf}, one per factor
     * @param levels    each factor's number of levels, in the order of {@code factors}
     */
    static DesignRows build(int rows, double[][] numbers, int[] cases, int[][] levelOf, int[] indicated,
                         List<int[]> factors, int[] levels) {
        List<int[]> codes = new ArrayList<>(factors);
        List<Integer> sizes = new ArrayList<>(Arrays.stream(levels).boxed().toList());
        long combinations = 1;
        for (int size : levels) {
            combinations = Math.min(combinations * size, MOST_SHARED + 1L);
        }
        for (int j = 0; j < indicated.length && combinations <= MOST_SHARED; j++) {
            if (indicated[j] < 0) {
                int[] valueIndex = new int[rows];
                int distinct = DistinctValues.index(numbers[j], cases, valueIndex, MOST_SHARED);
                codes.add(valueIndex);
                sizes.add(distinct);
                combinations = distinct < 0 ? MOST_SHARED + 1L : Math.min(combinations * distinct, MOST_SHARED + 1L);
            }
        }
        double[][] x = new double[rows][];
        if (combinations > MOST_SHARED) {
            for (int i = 0; i < rows; i++) {
                x[i] = row(i, numbers, cases, levelOf, indicated);
            }
            return each(x);
        }
        int[][] code = codes.toArray(int[][]::new);
        int[] size = sizes.stream().mapToInt(Integer::intValue).toArray();
        int[] numberOf = new int[(int) combinations];
        Arrays.fill(numberOf, -1);
        List<double[]> distinct = new ArrayList<>();
        int[] pattern = new int[rows];
        for (int i = 0; i < rows; i++) {
            int combination = 0;
            for (int d = 0; d < code.length; d++) {
                combination = combination * size[d] + code[d][i];
            }
            int number = numberOf[combination];
            if (number < 0) {
                number = numberOf[combination] = distinct.size();
                distinct.add(row(i, numbers, cases, levelOf, indicated));
            }
            x[i] = distinct.get(number);
            pattern[i] = number;
        }
        return new DesignRows(x, pattern, distinct.toArray(double[][]::new));
    }

    private static double[] row(int i, double[][] numbers, int[] cases, int[][] levelOf, int[] indicated) {
        double[] xi = new double[indicated.length];
        for (int j = 0; j < indicated.length; j++) {
            xi[j] = indicated[j] < 0 ? numbers[j][cases[i]] : levelOf[j][i] == indicated[j] ? 1 : 0;
        }
        return xi;
    }
}
