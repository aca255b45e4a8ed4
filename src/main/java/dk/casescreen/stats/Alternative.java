package dk.casescreen.stats;

/** The alternative hypothesis of a test, named as R names it. */
public enum Alternative {
    /** Two-sided ({@code "two.sided"}). */
    TWO_SIDED("two.sided"),
    /** The true value is less than the null value ({@code "less"}). */
    LESS("less"),
    /** The true value is greater than the null value ({@code "greater"}). */
    GREATER("greater");

    private final String r;

    Alternative(String r) {
        this.r = r;
    }

    /** The name R uses. */
    public String rName() {
        return r;
    }

    /**
     * The continuity correction R's rank tests subtract from a normal statistic's centred value {@code z}
     * under this alternative: half a unit towards zero when two-sided, else half a unit in the tested direction.
     */
    double continuityCorrection(double z) {
        return switch (this) {
            case TWO_SIDED -> Math.signum(z) * 0.5;
            case GREATER -> 0.5;
            case LESS -> -0.5;
        };
    }
}
