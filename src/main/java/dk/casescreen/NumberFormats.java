package dk.casescreen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats numbers for people: the Danish way in Danish (decimal comma, thousands separator ".",
 * "12,3 %"), the English way in English; p-values like gtsummary ({@code "<0,001"}, {@code ">0,9"}). Renderers
 * only; analyses never format.
 */
public final class NumberFormats {

    /** Formats of up to this many decimals are made once and kept. */
    private static final int KEPT_DECIMALS = 6;

    private final Language language;
    private final DecimalFormatSymbols symbols;
    /**
     * The format of each number of decimals, made when first used: a report formats thousands of numbers, and
     * parsing the pattern for each was the most of it. A format is used by one thread at a time.
     */
    private final DecimalFormat[] formats = new DecimalFormat[KEPT_DECIMALS + 1];

    /** Formats for the given language. */
    public NumberFormats(Language language) {
        this.language = language;
        this.symbols = DecimalFormatSymbols.getInstance(language == Language.DA ? Locale.forLanguageTag("da-DK") : Locale.UK);
    }

    /** The language. */
    public Language language() {
        return language;
    }

    /** A whole number with thousands separators: 1.234.567 (da), 1,234,567 (en). */
    public String integer(long value) {
        DecimalFormat f = format(0);
        synchronized (f) {
            return f.format(value);
        }
    }

    /** A number with the given decimals, rounded half up: 12,35 (da). NaN gives "–". */
    public String decimal(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        DecimalFormat f = format(decimals);
        synchronized (f) {
            return f.format(rounded);
        }
    }

    /** The format with thousands separators and {@code decimals} decimals. */
    private DecimalFormat format(int decimals) {
        if (decimals < 0 || decimals > KEPT_DECIMALS) {
            return new DecimalFormat(pattern(decimals), symbols);
        }
        synchronized (formats) {
            if (formats[decimals] == null) {
                formats[decimals] = new DecimalFormat(pattern(decimals), symbols);
            }
            return formats[decimals];
        }
    }

    private static String pattern(int decimals) {
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    /** A share as a percentage with one decimal: "12,3 %" (da), "12.3%" (en). */
    public String percent(double share) {
        if (Double.isNaN(share)) {
            return "–";
        }
        String number = decimal(100 * share, 1);
        return language == Language.DA ? number + " %" : number + "%";
    }

    /** An interval of shares: "10,4–15,4 %". */
    public String percentInterval(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "–";
        }
        String s = decimal(100 * low, 1) + "–" + decimal(100 * high, 1);
        return language == Language.DA ? s + " %" : s + "%";
    }

    /**
     * A p-value the way gtsummary shows it: {@code "<0,001"} below 0.001, {@code ">0,9"} above 0.9, three decimals
     * below 0.1 and two above.
     */
    public String pValue(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        if (p < 0.001) {
            return "<" + decimal(0.001, 3);
        }
        if (p > 0.9) {
            return ">" + decimal(0.9, 1);
        }
        return p < 0.1 ? decimal(p, 3) : decimal(p, 2);
    }

    /** An amount in kr.: "2.345.678 kr." (da), "DKK 2,345,678" (en). */
    public String kroner(double amount) {
        return language == Language.DA ? integer(Math.round(amount)) + " kr." : "DKK " + integer(Math.round(amount));
    }
}
