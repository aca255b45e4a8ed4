package dk.casescreen.reference;

/**
 * One published figure next to the share found in a data set, with that share's 95% Wilson interval.
 *
 * @param figure the published figure
 * @param count  the cases counted
 * @param n      the denominator
 * @param estimate count / n
 * @param confLow  the lower bound of the 95% interval
 * @param confHigh the upper bound of the 95% interval
 */
public record CalibrationRow(PublishedFigure figure, long count, long n, double estimate, double confLow, double confHigh) {

    /**
     * Whether the published figure agrees with the interval of the found share: the published share lies
     * within it, or, for a figure that says only "over x %", the interval reaches above x.
     */
    public boolean publishedWithinInterval() {
        if (figure.bound() == FigureBound.OVER) {
            return confHigh >= figure.share();
        }
        return figure.share() >= confLow && figure.share() <= confHigh;
    }
}
