package dk.casescreen.analysis;

import dk.casescreen.reference.FigureBound;

/**
 * An own share beside a reference figure: the share of the own cases giving one of the figure's answers,
 * with its 95% Wilson interval, and whether the reference figure lies above or below that interval.
 *
 * @param figure   the reference figure
 * @param count    the own cases giving one of its answers
 * @param n        the own denominator: the cases that answered (all screened cases for a figure "of all")
 * @param estimate the own share, count / n (NaN when n is 0)
 * @param confLow  the lower 95% Wilson limit of the own share
 * @param confHigh the upper 95% Wilson limit
 * @param position where the own share lies against the figure
 */
public record FigureComparison(ReferenceFigure figure, long count, long n, double estimate, double confLow, double confHigh,
                               Position position) {

    /** Where the own share lies against a reference figure. */
    public enum Position {
        /** The own interval lies wholly above the figure. */
        ABOVE,
        /** The own interval lies wholly below the figure (for "over x %", below x). */
        BELOW,
        /** The figure lies within the own interval (for "over x %": the own interval lies above x). */
        WITHIN,
        /** Cannot be told: no own answers, a suppressed figure, or only a lower bound that the own interval reaches. */
        UNKNOWN
    }

    static Position position(ReferenceFigure f, long n, double low, double high) {
        if (n == 0 || f.suppressed() || Double.isNaN(f.share())) {
            return Position.UNKNOWN;
        }
        if (high < f.share()) {
            return Position.BELOW;
        }
        if (f.bound() == FigureBound.OVER) {
            // "over half": an own interval wholly above the bound agrees with it
            return low > f.share() ? Position.WITHIN : Position.UNKNOWN;
        }
        return low > f.share() ? Position.ABOVE : Position.WITHIN;
    }
}
