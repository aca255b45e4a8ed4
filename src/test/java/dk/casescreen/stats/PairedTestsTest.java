package dk.casescreen.stats;

import static dk.casescreen.stats.PairedCases.R;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.stats.PairedCases.Pairs;
import dk.casescreen.stats.PairedCases.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * McNemar, exact McNemar, Bowker, Stuart-Maxwell and the Wilcoxon signed rank test against R 4.2.2
 * (src/test/R/paired.R): {@code mcnemar.test(x, correct = TRUE/FALSE)}, {@code binom.test(b, b + c, 0.5)},
 * Bowker's sum over the non-empty pairs with {@code pchisq} (checked there against
 * {@code mcnemar.test(x, correct = FALSE)} where no pair is empty), Stuart-Maxwell as
 * {@code t(d) %*% MASS::ginv(V) %*% d} on {@code qr(V)$rank} df, and
 * {@code wilcox.test(x, y, paired = TRUE, exact, correct, alternative)}; plus invariants.
 */
class PairedTestsTest {

    private static final double TOLERANCE = 1e-9;

    static List<Table> tables() {
        return PairedCases.tables();
    }

    static List<Table> twoByTwo() {
        return PairedCases.twoByTwo();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoByTwo")
    void mcnemarMatchesMcnemarTestWithAndWithoutCorrection(Table t) {
        for (boolean correct : new boolean[] {true, false}) {
            String prefix = correct ? "mcnemar_cc_" : "mcnemar_";
            TestResult result = PairedTests.mcnemar(t.counts(), correct);
            R.assertClose(t.name(), prefix + "statistic", result.statistic(), TOLERANCE);
            R.assertClose(t.name(), prefix + "df", result.df(), 0);
            R.assertClose(t.name(), prefix + "p", result.pValue(), TOLERANCE);
            assertEquals(R.text(t.name(), prefix + "method"), result.method());
            assertEquals(t.counts()[0][1] + t.counts()[1][0] == 0, result.warnings().contains(PairedTests.NO_DISCORDANT_PAIRS),
                    result.warnings()::toString);
        }
    }

    @Test
    void mcnemarWithoutDiscordantPairsIsNaNWithAWarning() {
        TestResult result = PairedTests.mcnemar(PairedCases.table("t2_no_discordant").counts(), true);
        assertTrue(Double.isNaN(result.statistic()) && Double.isNaN(result.pValue()), result::toString);
        assertEquals(List.of(PairedTests.NO_DISCORDANT_PAIRS), result.warnings());
        assertEquals(24, result.n());
    }

    @Test
    void mcnemarCorrectsOnlyWhenTheDiscordantCountsDiffer() {
        TestResult equal = PairedTests.mcnemar(PairedCases.table("t2_b_equals_c").counts(), true);
        assertEquals(0, equal.statistic());
        assertEquals(1, equal.pValue());
        assertFalse(equal.method().contains("correction"), equal.method());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoByTwo")
    void exactMcnemarMatchesBinomTestOfTheDiscordantPairs(Table t) {
        TestResult result = PairedTests.mcnemarExact(t.counts(), t.level());
        R.assertClose(t.name(), "exact_p", result.pValue(), TOLERANCE);
        assertEquals(t.level(), result.confLevel());
        if (Double.isNaN(R.value(t.name(), "exact_p"))) {
            assertTrue(Double.isNaN(result.estimate()) && Double.isNaN(result.confLow()), result::toString);
            assertEquals(List.of(PairedTests.NO_DISCORDANT_PAIRS), result.warnings());
            return;
        }
        R.assertClose(t.name(), "exact_estimate", result.estimate(), TOLERANCE);
        R.assertClose(t.name(), "exact_low", result.confLow(), TOLERANCE);
        R.assertClose(t.name(), "exact_high", result.confHigh(), TOLERANCE);
        assertEquals(t.counts()[0][1], result.statistic());
        assertTrue(result.method().startsWith("Exact McNemar test"), result.method());
    }

    @Test
    void exactMcnemarDefaultsToA95PercentInterval() {
        long[][] table = PairedCases.table("t2_basic").counts();
        assertEquals(PairedTests.mcnemarExact(table, 0.95), PairedTests.mcnemarExact(table));
        assertEquals(0.95, PairedTests.mcnemarExact(table).confLevel());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void bowkerMatchesTheSumOverNonEmptyPairsInR(Table t) {
        TestResult result = PairedTests.bowker(t.counts());
        R.assertClose(t.name(), "bowker_statistic", result.statistic(), TOLERANCE);
        R.assertClose(t.name(), "bowker_df", result.df(), 0);
        R.assertClose(t.name(), "bowker_p", result.pValue(), TOLERANCE);
        int k = t.counts().length;
        int pairs = k * (k - 1) / 2;
        int used = (int) R.value(t.name(), "bowker_df");
        assertTrue(result.method().startsWith("Bowker's test of symmetry (" + used + (used == pairs ? " pairs" : " of " + pairs)),
                result.method());
        assertEquals(used == 0, result.warnings().contains(PairedTests.NO_DISCORDANT_PAIRS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoByTwo")
    void bowkerOfA2x2TableIsMcnemarWithoutCorrection(Table t) {
        TestResult bowker = PairedTests.bowker(t.counts());
        TestResult mcnemar = PairedTests.mcnemar(t.counts(), false);
        assertEquals(mcnemar.statistic(), bowker.statistic());
        assertEquals(mcnemar.pValue(), bowker.pValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void stuartMaxwellMatchesTheGeneralizedInverseFormInR(Table t) {
        TestResult result = PairedTests.stuartMaxwell(t.counts());
        R.assertClose(t.name(), "sm_statistic", result.statistic(), TOLERANCE);
        R.assertClose(t.name(), "sm_df", result.df(), 0);
        R.assertClose(t.name(), "sm_p", result.pValue(), TOLERANCE);
        assertTrue(result.method().startsWith("Stuart-Maxwell test of marginal homogeneity"), result.method());
    }

    @Test
    void stuartMaxwellSaysWhenTheCategoriesFallInSeparateGroups() {
        // bands 4 and 7 only on the diagonal, band 8 empty; bands 1-3 and 5-6 never exchange cases
        TestResult split = PairedTests.stuartMaxwell(PairedCases.table("t8_bands_split").counts());
        assertEquals(3, split.df());
        assertTrue(split.method().contains("5 of 8 categories with discordant pairs, in 2 separate groups"), split.method());
        assertEquals(1, split.warnings().size(), split.warnings()::toString);
        TestResult connected = PairedTests.stuartMaxwell(PairedCases.table("t4_n105").counts());
        assertEquals("Stuart-Maxwell test of marginal homogeneity", connected.method());
        assertEquals(List.of(), connected.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void transposingTheTableKeepsBowkerAndStuartMaxwell(Table t) {
        for (var test : List.<java.util.function.Function<long[][], TestResult>>of(PairedTests::bowker,
                PairedTests::stuartMaxwell)) {
            TestResult original = test.apply(t.counts());
            TestResult transposed = test.apply(t.transposed());
            assertClose(original.statistic(), transposed.statistic());
            assertEquals(original.df(), transposed.df());
            assertClose(original.pValue(), transposed.pValue());
        }
    }

    @Test
    void symmetricTablesGiveStatisticZeroAndPOne() {
        long[][] fromR = PairedCases.table("t3_symmetric").counts();
        long[][] bands = {{9, 2, 0, 0}, {2, 7, 3, 0}, {0, 3, 5, 1}, {0, 0, 1, 4}};
        for (long[][] table : List.of(fromR, bands)) {
            for (TestResult result : List.of(PairedTests.bowker(table), PairedTests.stuartMaxwell(table))) {
                assertEquals(0, result.statistic(), 0, result::toString);
                assertEquals(1, result.pValue(), 0, result::toString);
            }
        }
        assertEquals(1, PairedTests.mcnemar(new long[][] {{4, 3}, {3, 8}}, true).pValue());
        assertEquals(1, PairedTests.mcnemarExact(new long[][] {{4, 3}, {3, 8}}).pValue());
    }

    static Stream<Arguments> wilcoxonSettings() {
        List<Arguments> settings = new ArrayList<>();
        for (Pairs p : PairedCases.pairs()) {
            for (String exact : List.of("NULL", "TRUE", "FALSE")) {
                for (boolean correct : new boolean[] {true, false}) {
                    settings.add(Arguments.of(p, exact, correct));
                }
            }
        }
        return settings.stream();
    }

    @ParameterizedTest(name = "{0} exact={1} correct={2}")
    @MethodSource("wilcoxonSettings")
    void wilcoxonSignedRankMatchesWilcoxTestPaired(Pairs p, String exact, boolean correct) {
        RankTests.Exact e = switch (exact) {
            case "NULL" -> RankTests.Exact.AUTO;
            case "TRUE" -> RankTests.Exact.EXACT;
            default -> RankTests.Exact.APPROXIMATE;
        };
        String setting = exact + "." + (correct ? "TRUE" : "FALSE");
        List<String> rWarnings = R.text(p.name(), "warning." + setting).equals("none") ? List.of()
                : Arrays.asList(R.text(p.name(), "warning." + setting).split("; "));
        for (Alternative alternative : Alternative.values()) {
            TestResult result = PairedTests.wilcoxonSignedRank(p.x(), p.y(), alternative, e, correct);
            R.assertClose(p.name(), "statistic", result.statistic(), TOLERANCE);
            R.assertClose(p.name(), "p." + setting + "." + alternative.rName(), result.pValue(), TOLERANCE);
            assertEquals(R.text(p.name(), "method." + setting), result.method());
            assertEquals((long) R.value(p.name(), "n"), result.n());
            List<String> own = result.warnings().stream().filter(w -> !w.equals(WilcoxonSignedRank.ALL_ZERO)).toList();
            assertEquals(rWarnings, own);
            assertTrue(Double.isNaN(result.estimate()) && Double.isNaN(result.df()));
            if (e != RankTests.Exact.AUTO) {
                TestResult viaBoolean = PairedTests.wilcoxonSignedRank(p.x(), p.y(), alternative, e == RankTests.Exact.EXACT,
                        correct);
                assertEquals(result, viaBoolean);
            }
        }
    }

    @Test
    void wilcoxonDefaultsAreRs() {
        Pairs p = PairedCases.pairs("w_n49_exact");
        TestResult defaults = PairedTests.wilcoxonSignedRank(p.x(), p.y());
        R.assertClose(p.name(), "p.NULL.TRUE.two.sided", defaults.pValue(), TOLERANCE);
        assertEquals("Wilcoxon signed rank exact test", defaults.method());
        TestResult twoSided = PairedTests.wilcoxonSignedRank(p.x(), p.y(), false, true);
        R.assertClose(p.name(), "p.FALSE.TRUE.two.sided", twoSided.pValue(), TOLERANCE);
        assertEquals(Alternative.TWO_SIDED, twoSided.alternative());
    }

    @Test
    void wilcoxonWithOnlyZeroDifferencesSaysSo() {
        Pairs p = PairedCases.pairs("w_all_zero");
        TestResult result = PairedTests.wilcoxonSignedRank(p.x(), p.y(), false, true);
        assertTrue(Double.isNaN(result.pValue()));
        assertEquals(0, result.n());
        assertEquals(List.of(WilcoxonSignedRank.ALL_ZERO), result.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dk.casescreen.stats.PairedCases#pairs")
    void swappingXAndYKeepsTheTwoSidedWilcoxonP(Pairs p) {
        for (boolean exact : new boolean[] {true, false}) {
            for (boolean correct : new boolean[] {true, false}) {
                TestResult xy = PairedTests.wilcoxonSignedRank(p.x(), p.y(), exact, correct);
                TestResult yx = PairedTests.wilcoxonSignedRank(p.y(), p.x(), exact, correct);
                assertClose(xy.pValue(), yx.pValue());
                // V of y - x is the rank sum of the negative differences: n(n + 1)/2 - V
                assertEquals(xy.n() * (xy.n() + 1) / 2.0 - xy.statistic(), yx.statistic(), 1e-9);
            }
        }
    }

    @Test
    void signedRankDistributionIsSymmetricAndSumsToOne() {
        for (int n : new int[] {1, 2, 7, 20, 49}) {
            SignedRankDistribution d = new SignedRankDistribution(n);
            double total = n * (n + 1) / 2.0;
            assertEquals(0, d.cdf(-1, true));
            assertEquals(1, d.cdf(total, true));
            assertEquals(Math.pow(0.5, n), d.cdf(0, true), 1e-15 * Math.pow(0.5, n));
            for (int q = 0; q < total; q++) {
                assertEquals(1, d.cdf(q, true) + d.cdf(q, false), 1e-14);
                assertEquals(d.cdf(q, true), d.cdf(total - q - 1, false), 1e-14);
            }
        }
    }

    @Test
    void badInputFailsNamingTheValue() {
        var negative = assertThrows(IllegalArgumentException.class,
                () -> PairedTests.bowker(new long[][] {{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}));
        assertTrue(negative.getMessage().contains("row 2, column 2 is -5"), negative.getMessage());
        var ragged = assertThrows(IllegalArgumentException.class,
                () -> PairedTests.stuartMaxwell(new long[][] {{1, 2, 3}, {4, 5}, {7, 8, 9}}));
        assertTrue(ragged.getMessage().contains("row 2 has 2 columns"), ragged.getMessage());
        var notTwoByTwo = assertThrows(IllegalArgumentException.class,
                () -> PairedTests.mcnemar(new long[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, true));
        assertTrue(notTwoByTwo.getMessage().contains("must be 2 x 2, not 3 x 3"), notTwoByTwo.getMessage());
        var oneRow = assertThrows(IllegalArgumentException.class, () -> PairedTests.mcnemarExact(new long[][] {{4}}));
        assertTrue(oneRow.getMessage().contains("not 1 rows"), oneRow.getMessage());
        var level = assertThrows(IllegalArgumentException.class,
                () -> PairedTests.mcnemarExact(new long[][] {{1, 2}, {3, 4}}, 95));
        assertTrue(level.getMessage().contains("95"), level.getMessage());
        var lengths = assertThrows(IllegalArgumentException.class,
                () -> PairedTests.wilcoxonSignedRank(new double[] {1, 2, 3}, new double[] {1, 2}, true, true));
        assertTrue(lengths.getMessage().contains("x has 3 values but y has 2"), lengths.getMessage());
        var missing = assertThrows(IllegalArgumentException.class,
                () -> PairedTests.wilcoxonSignedRank(new double[] {Double.NaN, 2}, new double[] {1, Double.NaN}, true, true));
        assertTrue(missing.getMessage().contains("no pair"), missing.getMessage());
        var large = assertThrows(IllegalArgumentException.class, () -> new SignedRankDistribution(2001));
        assertTrue(large.getMessage().contains("n = 2001"), large.getMessage());
    }

    private static void assertClose(double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), () -> "expected NaN but was " + actual);
        } else {
            assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
        }
    }
}
