package dk.casescreen.analysis;

/**
 * How many cases gave one answer, out of how many answered, with the share's 95% Wilson interval.
 *
 * @param code   the answer code
 * @param count  the cases that gave it
 * @param n      the denominator: the cases that answered the question ("Ved ikke" included)
 * @param share  count / n
 * @param ciLow  the lower bound of the 95% Wilson interval
 * @param ciHigh the upper bound of the 95% Wilson interval
 */
public record AnswerShare(String code, long count, long n, double share, double ciLow, double ciHigh) {
}
