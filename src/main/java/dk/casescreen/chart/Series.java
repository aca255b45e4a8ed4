package dk.casescreen.chart;

import java.util.List;
import java.util.Objects;

/**
 * A named series of a chart.
 *
 * @param name     the name in the legend and tooltips ("Egne sager (SYNTETISK)")
 * @param role     what the series is to the reader; gives its colour
 * @param mark     how it is drawn
 * @param data     its values
 * @param inLegend whether the legend lists it (a second limit line of the same kind does not)
 */
public record Series(String name, Role role, Mark mark, List<Datum> data, boolean inLegend) {

    /** A series; name, role, mark and data are required. */
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(mark, "mark");
        data = List.copyOf(data);
    }

    /** Bars, one per category. */
    public static Series bars(String name, Role role, List<Datum> data) {
        return new Series(name, role, Mark.BAR, data, true);
    }

    /** Points. */
    public static Series points(String name, Role role, List<Datum> data) {
        return new Series(name, role, Mark.POINT, data, true);
    }

    /** A line of the given kind. */
    public static Series line(String name, Role role, Mark mark, List<Datum> data) {
        if (!mark.isLine()) {
            throw new IllegalArgumentException(mark + " is not a line");
        }
        return new Series(name, role, mark, data, true);
    }

    /** The same series, left out of the legend. */
    public Series withoutLegend() {
        return new Series(name, role, mark, data, false);
    }
}
