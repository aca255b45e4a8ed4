package dk.casescreen.followup;

import dk.casescreen.analysis.Profiles;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.Intervals;
import dk.casescreen.stats.Multiplicity;
import dk.casescreen.stats.TestResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares two consecutive rounds: linking, transitions, band change and the paired tests. */
final class Comparisons {

    private Comparisons() {
    }

    static RoundComparison compare(int firstRound, CaseTable earlier, CaseTable later, YesNoQuestions questions,
                                   FollowUpOptions options) {
        Linking link = Linking.of(earlier, later);
        BandScale bands = BandScale.of(earlier.sheet(), later.sheet());
        Set<String> gone = Arrays.stream(link.onlyFirst()).mapToObj(r -> Linking.key(earlier.record(r)))
                .collect(Collectors.toSet());
        Dropouts dropouts = new Dropouts(link.onlyFirst().length,
                Profiles.of(earlier, "only round " + firstRound, r -> gone.contains(Linking.key(r))));
        int[][] moves = moves(link, bands);
        long[][] square = square(moves, bands.size());
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            for (int j = 0; j < bands.size(); j++) {
                transitions.add(new Transition(bands.codes().get(i), bands.codes().get(j), square[i][j]));
            }
        }
        BandChange change = bandChange(moves, options.confLevel());
        List<PairedTest> tests = tests(link, moves, square, questions, options);
        List<Predictor> predictors = Predictors.of(link, bands, moves, questions, options);
        return new RoundComparison(firstRound, firstRound + 1, link.size(), dropouts, link.onlySecond().length,
                transitions, change, tests, predictors, SelfReports.of(link, moves, options.confLevel()),
                CostChanges.of(link, options));
    }

    /** For every linked citizen, the earlier and later band positions (-1 where a round has no band). */
    static int[][] moves(Linking link, BandScale bands) {
        int[][] moves = new int[link.size()][];
        for (int i = 0; i < link.size(); i++) {
            moves[i] = new int[] {bands.position(link.before(i)), bands.position(link.after(i))};
        }
        return moves;
    }

    /** Whether the i-th citizen has a band in both rounds. */
    static boolean banded(int[] move) {
        return move[0] >= 0 && move[1] >= 0;
    }

    private static long[][] square(int[][] moves, int k) {
        long[][] t = new long[k][k];
        for (int[] m : moves) {
            if (banded(m)) {
                t[m[0]][m[1]]++;
            }
        }
        return t;
    }

    private static BandChange bandChange(int[][] moves, double level) {
        long[] counts = new long[Direction.values().length];
        for (int[] m : moves) {
            if (banded(m)) {
                counts[Direction.of(m[0], m[1]).ordinal()]++;
            }
        }
        long n = Arrays.stream(counts).sum();
        ChangeShare[] shares = new ChangeShare[counts.length];
        String method = "Wilson score interval without continuity correction";
        for (Direction d : Direction.values()) {
            long x = counts[d.ordinal()];
            if (n == 0) {
                shares[d.ordinal()] = new ChangeShare(d, 0, 0, Double.NaN, Double.NaN, Double.NaN, level);
            } else {
                TestResult w = Intervals.wilson(x, n, level);
                method = w.method();
                shares[d.ordinal()] = new ChangeShare(d, x, n, w.estimate(), w.confLow(), w.confHigh(), level);
            }
        }
        return new BandChange(shares[0], shares[1], shares[2], level, method);
    }

    private static List<PairedTest> tests(Linking link, int[][] moves, long[][] square, YesNoQuestions questions,
                                          FollowUpOptions options) {
        List<String> ids = new ArrayList<>();
        List<TestResult> results = new ArrayList<>();
        ids.add("bowker_cost_band");
        results.add(PairedStatistics.bowker(square));
        ids.add("stuart_maxwell_cost_band");
        results.add(PairedStatistics.stuartMaxwell(square));
        double[][] positions = Arrays.stream(moves).filter(Comparisons::banded)
                .map(m -> new double[] {m[0] + 1, m[1] + 1}).toArray(double[][]::new);
        ids.add("wilcoxon_cost_band");
        results.add(PairedStatistics.wilcoxon(column(positions, 1), column(positions, 0)));
        for (Question q : questions.questions()) {
            long[][] t = new long[2][2];
            for (int i = 0; i < link.size(); i++) {
                CaseRecord a = link.before(i);
                CaseRecord b = link.after(i);
                if (q.isConditional() && !(YesNoQuestions.applies(q, a) && YesNoQuestions.applies(q, b))) {
                    continue;
                }
                int x = YesNoQuestions.yesNo(q, a);
                int y = YesNoQuestions.yesNo(q, b);
                if (x >= 0 && y >= 0) {
                    t[1 - x][1 - y]++;
                }
            }
            ids.add("mcnemar_" + q.key());
            results.add(PairedStatistics.mcnemar(t));
        }
        double[] adjusted = holm(results.stream().mapToDouble(TestResult::pValue).toArray());
        List<PairedTest> tests = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            tests.add(new PairedTest(ids.get(i), results.get(i), adjusted[i]));
        }
        return tests;
    }

    /** Holm's adjustment of the finite p-values; NaN stays NaN and is not counted in the family. */
    static double[] holm(double[] p) {
        int[] finite = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).toArray();
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        if (finite.length == 0) {
            return out;
        }
        double[] adjusted = Multiplicity.holm(Arrays.stream(finite).mapToDouble(i -> p[i]).toArray());
        for (int k = 0; k < finite.length; k++) {
            out[finite[k]] = adjusted[k];
        }
        return out;
    }

    private static double[] column(double[][] rows, int c) {
        return Arrays.stream(rows).mapToDouble(r -> r[c]).toArray();
    }
}
