package dk.casescreen.stats;

import java.math.BigDecimal;
import java.util.Locale;

/** Short, locale-independent number texts for the {@code toString} of result records (not for reports). */
final class Readable {

    private Readable() {
    }

    /** A number with three significant digits ("1.84", "0.00431", "NaN"). */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros().toPlainString();
    }

    /** An interval at a level: {@code "95% CI 1.21 to 2.8"}. */
    static String interval(double low, double high, double level) {
        return Intervals.percent(level) + " CI " + number(low) + " to " + number(high);
    }
}
