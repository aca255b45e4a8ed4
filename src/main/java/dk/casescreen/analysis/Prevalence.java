package dk.casescreen.analysis;

/**
 * How common an exposure is among the screened cases whose exposure is known, with the 95% Wilson interval.
 *
 * @param count  the exposed cases
 * @param n      the cases whose exposure is known
 * @param share  count / n
 * @param ciLow  lower 95% limit
 * @param ciHigh upper 95% limit
 */
public record Prevalence(long count, long n, double share, double ciLow, double ciHigh) {

    static Prevalence of(long count, long n) {
        AnswerShare s = Profiles.share("exposed", count, n);
        return new Prevalence(count, n, s.share(), s.ciLow(), s.ciHigh());
    }
}
