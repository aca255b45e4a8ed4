package dk.casescreen.analysis;

import java.math.BigDecimal;
import java.util.Locale;

/** Short, locale-independent number texts for the {@code toString} of result records (not for reports). */
final class Results {

    private Results() {
    }

    /** A number with three significant digits ("1.84", "0.00431", "NaN"). */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros().toPlainString();
    }

    /** A proportion as a percentage with one decimal ("12.5%"). */
    static String share(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** A confidence level as a percentage ("95%", "99.5%"). */
    static String percent(double level) {
        return Double.isNaN(level) ? "NaN" : BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
