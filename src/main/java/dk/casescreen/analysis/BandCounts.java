package dk.casescreen.analysis;

import java.util.List;

/**
 * The screened cases of each cost band, exposed and unexposed: what a chart of a hypothesis shows.
 *
 * @param bands     the cost band codes, in sheet order
 * @param exposed   the exposed cases in each band
 * @param unexposed the unexposed cases in each band
 */
public record BandCounts(List<String> bands, long[] exposed, long[] unexposed) {

    /** Creates the counts; arrays are copied. */
    public BandCounts {
        bands = List.copyOf(bands);
        exposed = exposed.clone();
        unexposed = unexposed.clone();
    }

    @Override
    public long[] exposed() {
        return exposed.clone();
    }

    @Override
    public long[] unexposed() {
        return unexposed.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BandCounts b && bands.equals(b.bands) && java.util.Arrays.equals(exposed, b.exposed)
                && java.util.Arrays.equals(unexposed, b.unexposed);
    }

    @Override
    public int hashCode() {
        return bands.hashCode() * 31 + java.util.Arrays.hashCode(exposed) * 7 + java.util.Arrays.hashCode(unexposed);
    }

    @Override
    public String toString() {
        return "BandCounts[" + bands + ", exposed " + java.util.Arrays.toString(exposed) + ", unexposed "
                + java.util.Arrays.toString(unexposed) + "]";
    }
}
