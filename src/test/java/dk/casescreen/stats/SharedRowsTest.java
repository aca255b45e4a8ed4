package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Design rows shared between cases of the same levels and values ({@link DesignRows}), and the
 * proportional-odds and gamma fits that compute their terms once per kind of case ({@link CaseKinds},
 * {@link KindSums}): the same fits, to the last bit, as fitting the same rows case by case.
 */
class SharedRowsTest {

    private static final List<String> AREAS = List.of("nord", "syd", "vest", "oest");
    private static final List<String> BANDS = List.of("lav", "mellem", "hoej", "meget hoej");

    @Test
    void casesOfTheSameLevelsAndValuesShareOneRowAndOthersDoNot() {
        String[] area = {"nord", "syd", "nord", "vest", "syd", "nord"};
        double[] exposed = {1, 0, 1, 1, 0, 0};
        double[] age = {30, 30, 30, 30, 30, -0.0};
        DesignMatrix design = DesignMatrix.builder(6).factor("area", AREAS.subList(0, 3), area)
                .numeric("exposed", exposed).numeric("age", age).predictors("exposed", "area", "age").build();
        double[][] rows = design.rows().x();
        assertSame(rows[0], rows[2]);
        assertSame(rows[1], rows[4]);
        for (int[] differ : new int[][] {{0, 1}, {0, 3}, {0, 5}, {1, 5}, {3, 4}}) {
            assertNotSame(rows[differ[0]], rows[differ[1]], Arrays.toString(differ));
        }
        assertEquals(4, design.rows().patterns());
        assertSame(rows[3], design.rows().distinct()[2]);
        assertArrayEquals(new int[] {0, 1, 0, 2, 1, 3}, design.rows().pattern());
        double[][] copy = design.x();
        assertArrayEquals(new double[] {1, 0, 0, 30}, copy[0]);
        assertArrayEquals(new double[] {0, 0, 0, -0.0}, copy[5]);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(copy[5][3]),
                "-0.0 is a value of its own, not 0");
        copy[0][0] = 99;
        assertEquals(1, design.x()[2][0], "the copies a caller gets are their own");
    }

    @Test
    void rowsACallerMadeAreNumberedByTheirValuesUnlessNearlyAllDiffer() {
        double[][] templates = {{1, 0, 30}, {0, 1, 30}, {1, 0, 30}, {0, 0, -0.0}, {0, 0, 0}, {0, 1, 30}};
        double[][] x = new double[18][];
        for (int i = 0; i < x.length; i++) {
            x[i] = templates[i % templates.length].clone();
        }
        DesignRows rows = DesignRows.each(x).byContent();
        assertArrayEquals(new int[] {0, 1, 0, 2, 3, 1, 0, 1, 0, 2, 3, 1, 0, 1, 0, 2, 3, 1}, rows.pattern());
        assertSame(x[0], rows.distinct()[0]);
        assertSame(x[3], rows.distinct()[2]);
        assertSame(x, rows.x(), "the caller's rows, not copies");
        assertSame(rows, rows.byContent());
        double[][] distinct = new double[100][];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = new double[] {i, i % 3 == 0 ? 1 : 0};
        }
        distinct[99] = distinct[98].clone();
        assertNull(DesignRows.each(distinct).byContent().pattern(), "99 distinct rows of 100: each its own");
    }

    @Test
    void aNumberColumnOfMoreDistinctValuesThanCanBeSharedKeepsARowPerCase() {
        int n = DesignRows.MOST_SHARED + 5;
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = i % (DesignRows.MOST_SHARED + 1);
        }
        DesignMatrix design = DesignMatrix.builder(n).numeric("score", score).predictors("score").build();
        assertNull(design.rows().pattern());
        assertEquals(n, design.rows().patterns());
        assertNotSame(design.rows().x()[0], design.rows().x()[DesignRows.MOST_SHARED + 1]);
        assertEquals(design.rows().x()[0][0], design.rows().x()[DesignRows.MOST_SHARED + 1][0]);
    }

    @Test
    void theDistinctValuesOfAColumnAreNumberedInTheOrderTheyFirstAppear() {
        Random random = new Random(7);
        double[] values = new double[5000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(300) * (random.nextBoolean() ? 1e6 : 1);
        }
        int[] cases = java.util.stream.IntStream.range(0, values.length).map(i -> values.length - 1 - i).toArray();
        int[] index = new int[values.length];
        int distinct = DistinctValues.index(values, cases, index, 1000);
        java.util.Map<Long, Integer> expected = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            int number = expected.computeIfAbsent(Double.doubleToRawLongBits(values[cases[i]]), b -> expected.size());
            assertEquals(number, index[i], "case " + i);
        }
        assertEquals(expected.size(), distinct);
        assertEquals(-1, DistinctValues.index(values, cases, new int[values.length], distinct - 1));
    }

    @Test
    void aProportionalOddsFitOnSharedRowsIsTheFitCaseByCaseToTheLastBit() {
        Random random = new Random(20261202);
        int fitted = 0;
        int failed = 0;
        for (int sample = 0; sample < 150; sample++) {
            DesignMatrix design = randomDesign(random).withoutNotes();
            assertTrue(design.rows().patterns() < design.n() || design.n() < 40, "rows are shared");
            Object shared = fitOrFailure(() -> Models.proportionalOdds(design));
            Object caseByCase = fitOrFailure(() -> ProportionalOdds.fit(design.outcome(), eachItsOwn(design.x()),
                    design.columnNames(), design.outcomeLevels(), FitControl.DEFAULT, Models.CONF_LEVEL));
            // rows a caller made are shared by their values
            Object raw = fitOrFailure(() -> Models.proportionalOdds(design.outcome(), design.x(),
                    design.columnNames(), design.outcomeLevels(), FitControl.DEFAULT));
            assertEquals(caseByCase, shared, "sample " + sample);
            assertEquals(caseByCase, raw, "sample " + sample);
            if (shared instanceof ModelFit) {
                fitted++;
            } else {
                failed++;
            }
        }
        assertTrue(fitted > 100 && failed > 5, "both fits and failures compared: " + fitted + " / " + failed);
    }

    @Test
    void aGammaFitOnSharedRowsIsTheFitCaseByCaseToTheLastBit() {
        Random random = new Random(42);
        int fitted = 0;
        for (int sample = 0; sample < 100; sample++) {
            DesignMatrix ordered = randomDesign(random);
            int n = ordered.n();
            double[] cost = new double[n];
            double[][] x = ordered.x();
            for (int i = 0; i < n; i++) {
                cost[i] = Math.exp(14.5 + 0.4 * x[i][0] + 0.01 * x[i][x[i].length - 1] + 0.5 * random.nextGaussian());
            }
            String[] area = new String[n];
            double[] exposed = new double[n];
            double[] age = new double[n];
            for (int i = 0; i < n; i++) {
                exposed[i] = x[i][0];
                age[i] = x[i][x[i].length - 1];
                area[i] = AREAS.get(random.nextInt(1 + random.nextInt(AREAS.size())));
            }
            DesignMatrix design = DesignMatrix.builder(n).numeric("cost", cost).numeric("exposed", exposed)
                    .factor("area", AREAS, area).numeric("age", age).numericOutcome("cost")
                    .predictors("exposed", "area", "age").dropEmptyLevels().build().withoutNotes();
            assertTrue(design.rows().patterns() < n || n < 40, "rows are shared");
            Object shared = fitOrFailure(() -> Models.gamma(design));
            Object caseByCase = fitOrFailure(() -> GammaRegression.fit(design.response(), eachItsOwn(design.x()),
                    design.columnNames(), FitControl.DEFAULT, Models.CONF_LEVEL));
            Object raw = fitOrFailure(() -> Models.gamma(design.response(), design.x(), design.columnNames(),
                    FitControl.DEFAULT));
            assertEquals(caseByCase, shared, "sample " + sample);
            assertEquals(caseByCase, raw, "sample " + sample);
            fitted += shared instanceof ModelFit ? 1 : 0;
        }
        assertTrue(fitted > 90, "fits compared: " + fitted);
    }

    @Test
    void sumsOfTheTermsOfAllKindsAtOnceAreThoseOfEachCaseInTurnInTheCasesOrder() {
        Random random = new Random(3);
        int n = 3000;
        double[][] patterns = new double[12][];
        for (int p = 0; p < patterns.length; p++) {
            patterns[p] = new double[] {random.nextGaussian(), p % 2, 0};
        }
        int[] pattern = new int[n];
        for (int i = 0; i < n; i++) {
            pattern[i] = random.nextInt(patterns.length);
        }
        int size = 8;
        KindSums.Source source = (kind, into) -> {
            double[] row = patterns[kind];
            into.add(kind % (size - 2), Math.exp(row[0]) / 7);
            into.add(size - 1, -row[0] * row[1]);
            into.add(size - 2, row[2]);
        };
        double[] atOnce = new double[size];
        double[] inTurn = new double[size];
        new KindSums(size, patterns.length, pattern, Integer.MAX_VALUE).sum(n, source, atOnce);
        new KindSums(size, patterns.length, pattern, 0).sum(n, source, inTurn);
        assertArrayEquals(inTurn, atOnce);
        double byHand = 0;
        for (int i = 0; i < n; i++) {
            byHand += -patterns[pattern[i]][0] * patterns[pattern[i]][1];
        }
        assertEquals(Double.doubleToRawLongBits(byHand), Double.doubleToRawLongBits(atOnce[size - 1]),
                "summed case by case in order");
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(atOnce[size - 2]),
                "zero terms leave a sum at +0");
    }

    /** A design of an area (a factor), a yes/no exposure and an age of a few values, some answers missing. */
    private static DesignMatrix randomDesign(Random random) {
        int n = 20 + random.nextInt(random.nextBoolean() ? 60 : 3000);
        int categories = 2 + random.nextInt(3);
        String[] area = new String[n];
        String[] band = new String[n];
        double[] exposed = new double[n];
        double[] age = new double[n];
        double effect = random.nextGaussian() * (random.nextInt(5) == 0 ? 6 : 1);
        for (int i = 0; i < n; i++) {
            int a = random.nextInt(AREAS.size());
            area[i] = random.nextInt(40) == 0 ? null : AREAS.get(a);
            exposed[i] = random.nextInt(2);
            age[i] = 18 + random.nextInt(1 + random.nextInt(40));
            double latent = effect * exposed[i] + 0.3 * a + 0.02 * age[i] + random.nextGaussian();
            band[i] = BANDS.get(Math.min(categories - 1, Math.max(0, (int) Math.floor(latent + categories / 2.0))));
        }
        DesignMatrix.Missing[] missing = new DesignMatrix.Missing[n];
        for (int i = 0; i < n; i++) {
            missing[i] = area[i] == null ? DesignMatrix.Missing.NOT_ANSWERED : null;
        }
        return DesignMatrix.builder(n).factor("area", AREAS, area, missing).numeric("exposed", exposed)
                .numeric("age", age).factor("band", BANDS.subList(0, categories), band).outcome("band")
                .predictors("exposed", "area", "age").dropEmptyLevels().build();
    }

    /** Rows numbered each as its own pattern: every term computed case by case, as before rows were shared. */
    private static DesignRows eachItsOwn(double[][] x) {
        return new DesignRows(x, java.util.stream.IntStream.range(0, x.length).toArray(), x);
    }

    private static Object fitOrFailure(java.util.function.Supplier<ModelFit> fit) {
        try {
            return fit.get();
        } catch (ModelFitException e) {
            return e.kind() + ": " + e.getMessage();
        }
    }
}
