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
}
