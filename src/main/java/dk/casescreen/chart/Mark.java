package dk.casescreen.chart;

/** How a series is drawn. */
public enum Mark {
    /** A bar (or column) per category. */
    BAR,
    /** A point per datum. */
    POINT,
    /** A solid line through the data. */
    LINE,
    /** A dashed line (a 95 % limit). */
    DASHED_LINE,
    /** A dotted line (a 99.8 % limit). */
    DOTTED_LINE;

    /** Whether the mark is a line. */
    public boolean isLine() {
        return this == LINE || this == DASHED_LINE || this == DOTTED_LINE;
    }
}
