package dk.casescreen.reference;

/**
 * One published figure next to the share found in a data set, with that share's 95% Wilson interval.
 *
 * @param figure the published figure
 * @param count  the cases counted
 * @param n      the denominator
 * @param share  count / n
 * @param low    the lower bound of the 95% interval
 * @param high   the upper bound of the 95% interval
 */
public record CalibrationRow(PublishedFigure figure, long count, long n, double share, double low, double high) {

    /** Whether the published share lies within the interval of the found share. */
    public boolean publishedWithinInterval() {
        return figure.share() >= low && figure.share() <= high;
    }
}
