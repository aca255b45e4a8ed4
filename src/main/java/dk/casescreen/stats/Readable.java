package dk.casescreen.stats;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Short, locale-independent number texts for the {@code toString} of result records, in
 * {@code stats} and {@code analysis} alike (not for reports: those use {@link dk.casescreen.NumberFormats}).
 */
public final class Readable {

    private Readable() {
    }

    /** A number with three significant digits ("1.84", "0.00431", "NaN"). */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros().toPlainString();
    }

    /** An interval at a level: {@code "95% CI 1.21 to 2.8"}. */
    public static String interval(double low, double high, double level) {
        return percent(level) + " CI " + number(low) + " to " + number(high);
    }

    /** A proportion as a percentage with one decimal ("12.5%"). */
    public static String share(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** A confidence level as a percentage ("95%", "99.5%"). */
    public static String percent(double level) {
        return Double.isNaN(level) ? "NaN" : BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
