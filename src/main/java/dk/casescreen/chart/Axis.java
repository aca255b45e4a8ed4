package dk.casescreen.chart;

import java.util.Objects;

/**
 * A value axis: its title, scale and unit. Bar charts have one value axis (the category axis is
 * given by the categories); scatter charts have two.
 *
 * @param title    the axis title, with its unit ("Andel af besvarede (%)")
 * @param scale    linear or logarithmic
 * @param decimals decimals of the values (value labels of native charts, tooltips); tick labels,
 *                 being round numbers, get as many as they need
 */
public record Axis(String title, Scale scale, int decimals) {

    /** How values map to positions. */
    public enum Scale {
        /** Equal steps for equal differences. */
        LINEAR,
        /** Equal steps for equal ratios (base 10); values must be positive. */
        LOG
    }

    /** An axis; the title is required. */
    public Axis {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scale, "scale");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6, was " + decimals);
        }
    }

    /** A linear axis with whole-number ticks. */
    public static Axis linear(String title) {
        return new Axis(title, Scale.LINEAR, 0);
    }

    /** A logarithmic axis with whole-number ticks. */
    public static Axis log(String title) {
        return new Axis(title, Scale.LOG, 0);
    }

    /** The same axis with ticks of this many decimals. */
    public Axis withDecimals(int n) {
        return new Axis(title, scale, n);
    }
}
