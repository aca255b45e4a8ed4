package dk.casescreen.chart;

/** Draws a {@link Chart} as inline SVG. (Being written: the signature is fixed, the drawing is not yet.) */
public final class SvgChart {

    private SvgChart() {
    }

    /** The chart as an {@code <svg>} element to place inline in HTML. */
    public static String render(Chart chart) {
        throw new UnsupportedOperationException("SVG rendering is not written yet");
    }
}
