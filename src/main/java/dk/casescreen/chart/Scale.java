package dk.casescreen.chart;

import dk.casescreen.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis laid out: its domain widened to round ticks, the ticks, and the map from values to
 * pixels. Linear axes step by 1, 2, 2.5 or 5 times a power of ten; logarithmic axes tick at 1, 2 and
 * 5 times powers of ten (only the powers of ten when that gives more than ten ticks).
 *
 * @param axis  the axis
 * @param min   the lowest value shown
 * @param max   the highest value shown
 * @param ticks the tick values, ascending
 * @param from  the pixel of {@code min}
 * @param to    the pixel of {@code max}
 */
record Scale(Axis axis, double min, double max, List<Double> ticks, double from, double to) {

    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    /** The scale of an axis over values from {@code low} to {@code high}; a linear one from 0 when {@code fromZero}. */
    static Scale of(Axis axis, double low, double high, boolean fromZero) {
        if (axis.scale() == Axis.Scale.LOG) {
            return log(axis, low, high);
        }
        if (Double.isNaN(low) || Double.isNaN(high)) {
            low = 0;
            high = 1;
        }
        if (fromZero) {
            low = Math.min(0, low);
            high = Math.max(0, high);
        }
        if (!(high > low)) {
            double pad = low == 0 ? 1 : Math.abs(low) / 2;
            low -= low == 0 ? 0 : pad;
            high += pad;
        }
        double step = nice((high - low) / 5);
        double min = Math.floor(low / step + 1e-9) * step;
        double max = Math.ceil(high / step - 1e-9) * step;
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long k = 0; k <= count; k++) {
            ticks.add(clean(min + k * step));
        }
        return new Scale(axis, clean(min), clean(max), List.copyOf(ticks), 0, 1);
    }

    private static Scale log(Axis axis, double lowest, double highest) {
        boolean positive = lowest > 0 && highest > 0;
        double low = !positive ? 1 : highest > lowest ? lowest : lowest / 2;
        double high = !positive ? 10 : highest > lowest ? highest : highest * 2;
        List<Double> sequence = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(low)) - 1; k <= (int) Math.ceil(Math.log10(high)) + 1; k++) {
            for (double m : new double[] {1, 2, 5}) {
                sequence.add(clean(m * Math.pow(10, k)));
            }
        }
        double min = sequence.stream().filter(v -> v <= low * (1 + 1e-9)).reduce((a, b) -> b).orElseThrow();
        double max = sequence.stream().filter(v -> v >= high * (1 - 1e-9)).findFirst().orElseThrow();
        List<Double> ticks = sequence.stream().filter(v -> v >= min && v <= max).toList();
        if (ticks.size() > 10) {
            double decadeMin = Math.pow(10, Math.floor(Math.log10(min) + 1e-9));
            double decadeMax = Math.pow(10, Math.ceil(Math.log10(max) - 1e-9));
            ticks = sequence.stream().filter(v -> v >= decadeMin && v <= decadeMax && isPowerOfTen(v)).toList();
            return new Scale(axis, clean(decadeMin), clean(decadeMax), ticks, 0, 1);
        }
        return new Scale(axis, min, max, ticks, 0, 1);
    }

    /** The same scale mapped onto the pixels from {@code from} to {@code to}. */
    Scale place(double from, double to) {
        return new Scale(axis, min, max, ticks, from, to);
    }

    /** Whether the scale is logarithmic. */
    boolean isLog() {
        return axis.scale() == Axis.Scale.LOG;
    }

    /** Whether a value can be placed: a number, and positive on a logarithmic scale. */
    boolean shows(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v) && (!isLog() || v > 0);
    }

    /** The pixel of a value. */
    double at(double v) {
        double share = isLog() ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) : (v - min) / (max - min);
        return from + share * (to - from);
    }

    /** A tick's label: as many decimals as the ticks need ("2,5", "0,5", "10"); the axis's decimals are its values'. */
    String label(double tick, NumberFormats f) {
        int needed = isLog() ? decimals(tick) : ticks.stream().mapToInt(Scale::decimals).max().orElse(0);
        return f.decimal(tick, needed);
    }

    /** The decimals a value needs to be written exactly (at most 6). */
    static int decimals(double v) {
        for (int d = 0; d < 6; d++) {
            double scaled = Math.abs(v) * Math.pow(10, d);
            if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 6;
    }

    /** The smallest 1, 2, 2.5 or 5 times a power of ten at or above {@code v}. */
    static double nice(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : STEPS) {
            if (m * power >= v * (1 - 1e-9)) {
                return clean(m * power);
            }
        }
        return clean(10 * power);
    }

    private static boolean isPowerOfTen(double v) {
        double l = Math.log10(v);
        return Math.abs(l - Math.round(l)) < 1e-9;
    }

    /** Removes floating-point noise (0.30000000000000004 becomes 0.3). */
    private static double clean(double v) {
        return v == 0 ? 0 : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v));
    }
}
