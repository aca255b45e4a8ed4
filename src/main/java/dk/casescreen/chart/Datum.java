package dk.casescreen.chart;

import java.util.Objects;

/**
 * One value of a series. In bar charts {@code x} is the index of the category; in scatter charts
 * both coordinates are values. A value that is not shown (suppressed, or no data) has {@code y}
 * NaN and keeps its text ("&lt;5", "·", "–"), so the reader sees why it is missing.
 *
 * @param x           the category index, or the x value
 * @param y           the value, NaN when not shown
 * @param low         the lower end of its interval, NaN when none
 * @param high        the upper end of its interval, NaN when none
 * @param text        the value as published ("12,3 % (4/33)", "&lt;5"), or a point's name
 * @param highlighted whether the datum is singled out (the own municipality)
 */
public record Datum(double x, double y, double low, double high, String text, boolean highlighted) {

    /** A datum; the text is required, an interval must enclose its value. */
    public Datum {
        Objects.requireNonNull(text, "text");
        if (!Double.isNaN(low) && !Double.isNaN(high) && low > high) {
            throw new IllegalArgumentException("interval " + low + " to " + high + " is reversed");
        }
    }

    /** A bar's value in category {@code index}. */
    public static Datum bar(int index, double value, String text) {
        return new Datum(index, value, Double.NaN, Double.NaN, text, false);
    }

    /** A bar's value with its interval. */
    public static Datum bar(int index, double value, double low, double high, String text) {
        return new Datum(index, value, low, high, text, false);
    }

    /** A point at (x, y) named {@code text}. */
    public static Datum point(double x, double y, String text) {
        return new Datum(x, y, Double.NaN, Double.NaN, text, false);
    }

    /** Whether the value is shown. */
    public boolean shown() {
        return !Double.isNaN(y);
    }

    /** Whether the datum has an interval. */
    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** The same datum, singled out. */
    public Datum highlight() {
        return new Datum(x, y, low, high, text, true);
    }
}
