package dk.casescreen.reference;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.stats.Intervals;
import dk.casescreen.stats.TestResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a data set with the published figures: for every figure, the share found among the
 * screened cases (cost band 2 mio. kr. or more; comparison cases below are left out) and its 95%
 * Wilson score interval (Wilson 1927; Agresti and Coull 1998).
 */
public final class Calibration {

    private static final String BELOW_TWO_MIO = "band_under_2_0";

    private Calibration() {
    }

    /** The calibration table of the screened cases of {@code cases}. */
    public static List<CalibrationRow> table(CaseTable cases) {
        List<CaseRecord> screened = cases.records().stream()
                .filter(r -> !r.code("cost_band").filter(BELOW_TWO_MIO::equals).isPresent()).toList();
        List<CalibrationRow> rows = new ArrayList<>();
        for (PublishedFigure f : targets()) {
            long count = 0;
            long n = 0;
            for (CaseRecord r : screened) {
                if (f.amongQuestion().isPresent()
                        && !r.code(f.amongQuestion().get()).filter(f.amongAnswers()::contains).isPresent()) {
                    continue;
                }
                Answer a = r.answer(f.question());
                boolean given = a.isGiven();
                if (given || f.ofAll()) {
                    n++;
                }
                if (given && counts(f, a)) {
                    count++;
                }
            }
            TestResult ci = n == 0 ? null : Intervals.wilson(count, n, 0.95);
            rows.add(new CalibrationRow(f, count, n, ci == null ? Double.NaN : ci.estimate(),
                    ci == null ? Double.NaN : ci.confLow(), ci == null ? Double.NaN : ci.confHigh()));
        }
        return rows;
    }

    /**
     * The figures the synthetic data are calibrated to: every national figure, and a Region Midtjylland
     * figure only where no national figure of the same answers exists (the psychiatry split).
     */
    public static List<PublishedFigure> targets() {
        List<PublishedFigure> all = PublishedFigures.all();
        return all.stream().filter(f -> f.national() || all.stream().noneMatch(o -> o.national()
                && o.question().equals(f.question()) && o.answers().equals(f.answers())
                && o.amongQuestion().equals(f.amongQuestion()))).toList();
    }

    private static boolean counts(PublishedFigure f, Answer a) {
        return switch (a) {
            case Answer.Choice(String code) -> f.answers().contains(code);
            case Answer.WholeNumber(int v) -> v >= f.rangeMin().orElse(Integer.MIN_VALUE) && v <= f.rangeMax().orElse(Integer.MAX_VALUE);
            default -> false;
        };
    }
}
