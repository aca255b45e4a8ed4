package dk.casescreen.analysis;

import dk.casescreen.stats.Concentration;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Where the kroner concentrate among the screened cases with an annual cost: the share of the total
 * held by the most expensive 10 % and 20 % of the cases ({@link Concentration#topShare}, interpolated),
 * the Gini coefficient ({@link Concentration#gini}, R's {@code ineq::Gini}) with its interval, and the
 * Lorenz curve for a chart.
 *
 * @param n          the cases with an annual cost
 * @param top10Share the share of the total held by the most expensive 10 %
 * @param top20Share the share of the total held by the most expensive 20 %
 * @param estimate   the Gini coefficient
 * @param confLow    the lower limit of its interval
 * @param confHigh   the upper limit of its interval
 * @param confLevel  the interval's confidence level
 * @param method     how the interval was computed (bootstrap BCa with replicates and seed, or the jackknife
 *                   normal interval for many cases)
 * @param lorenz     the Lorenz curve: every point when there are at most 100 cases, otherwise 101 points at
 *                   case shares 0, 0.01, ..., 1, read off the full curve by linear interpolation
 */
public record CostConcentration(long n, double top10Share, double top20Share, double estimate, double confLow,
                                double confHigh, double confLevel, String method, List<Concentration.Point> lorenz) {

    /** Creates the record; the list is copied. */
    public CostConcentration {
        lorenz = List.copyOf(lorenz);
    }

    /** The Gini coefficient (the same as {@link #estimate()}). */
    public double gini() {
        return estimate;
    }

    /** The Lorenz curve's points as a table with the columns case.share and amount.share. */
    public Table asTable() {
        return new Concentration.Lorenz(lorenz).asTable();
    }
}
