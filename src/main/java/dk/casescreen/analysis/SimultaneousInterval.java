package dk.casescreen.analysis;

import dk.casescreen.stats.Readable;
/**
 * A confidence interval adjusted for the whole family of hypotheses: a Bonferroni simultaneous
 * interval at level {@code 1 - alpha / family}, so that the probability that any of the family's
 * intervals misses its parameter is at most alpha. The decision rule rules an effect out, or an
 * exposure as too rare, only with these limits, just as it calls a hypothesis supported only with
 * the family-adjusted p-value (docs/hypotheses.md).
 *
 * @param confLow   the lower limit (NaN when there is nothing to estimate)
 * @param confHigh  the upper limit (NaN when there is nothing to estimate)
 * @param confLevel the confidence level, {@code 1 - alpha / family}
 * @param family    the number of hypotheses in the family
 */
public record SimultaneousInterval(double confLow, double confHigh, double confLevel, int family) {

    /** Creates an interval, checking the level and the family size; an error names the value out of range. */
    public SimultaneousInterval {
        if (!(confLevel > 0 && confLevel < 1)) {
            throw new IllegalArgumentException("The level of a simultaneous interval must lie between 0 and 1, not "
                    + confLevel);
        }
        if (family < 1) {
            throw new IllegalArgumentException("A family has at least one hypothesis, not " + family);
        }
    }

    /** A short reading: {@code "98.75% simultaneous CI 1.21 to 2.80 (family of 10)"}. */
    @Override
    public String toString() {
        return Readable.percent(confLevel) + " simultaneous CI " + Readable.number(confLow) + " to "
                + Readable.number(confHigh) + " (family of " + family + ")";
    }
}
