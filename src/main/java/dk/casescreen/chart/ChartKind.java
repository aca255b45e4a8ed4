package dk.casescreen.chart;

/** How a chart lays out its values. */
public enum ChartKind {
    /** Grouped bars running from left to right, one group per category, the categories down the side. */
    HORIZONTAL_BARS,
    /** Grouped columns, one group per category along the bottom. */
    VERTICAL_BARS,
    /** Horizontal bars whose series are stacked within each category (shares adding up, flows). */
    STACKED_BARS,
    /** Points and lines on two numeric axes (a funnel plot). */
    SCATTER;

    /** Whether the chart's values are per category (bars) rather than at numeric x positions. */
    public boolean isCategorical() {
        return this != SCATTER;
    }
}
