package dk.casescreen.followup;

/**
 * How many linked citizens moved one way, out of those with a cost band in both rounds, with the share's
 * Wilson interval ({@link dk.casescreen.stats.Intervals#wilson}; NaN when n is 0).
 *
 * @param direction the way they moved
 * @param count     the citizens who moved that way
 * @param n         the linked citizens with a cost band in both rounds
 * @param estimate  the share, count / n
 * @param confLow   the lower Wilson limit
 * @param confHigh  the upper Wilson limit
 * @param confLevel the confidence level
 */
public record ChangeShare(Direction direction, long count, long n, double estimate, double confLow, double confHigh,
                          double confLevel) {
}
