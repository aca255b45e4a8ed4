package dk.casescreen.analysis;

/**
 * One municipality in the funnel plot of cases per 1,000 inhabitants aged 18–66.
 *
 * @param municipalityCode the municipality
 * @param name             its name
 * @param cases            its screened cases
 * @param population       its inhabitants aged 18–66
 * @param rate             cases per 1,000 aged 18–66
 * @param z                its overdispersion-adjusted z-score against the overall rate
 * @param band             where it lies against the limits
 */
public record FunnelPoint(String municipalityCode, String name, long cases, long population, double rate, double z,
                          Band band) {

    /** Where a point lies against the funnel limits. */
    public enum Band {
        /** Below the lower 99.8% limit. */
        BELOW_998,
        /** Below the lower 95% limit but within the 99.8% limits. */
        BELOW_95,
        /** Within the 95% limits. */
        WITHIN,
        /** Above the upper 95% limit but within the 99.8% limits. */
        ABOVE_95,
        /** Above the upper 99.8% limit. */
        ABOVE_998
    }
}
