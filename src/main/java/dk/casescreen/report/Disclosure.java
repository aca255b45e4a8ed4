package dk.casescreen.report;

/**
 * Which edition of a report is written, and the threshold of its disclosure control. A count of 1
 * to threshold − 1 persons is suppressed ("&lt;5"), and so are other counts where the small one could
 * otherwise be worked out by subtraction ("·"); see {@code dk.casescreen.disclosure}. The threshold is
 * 5 by default (Statistics Denmark's researcher rules) and may never be set below 3 (the limit below
 * which Statistics Denmark never publishes a cell).
 *
 * <p>The <b>shared</b> edition protects every count. The <b>internal</b> edition is for the own
 * municipality only: its own counts and case numbers are shown as they are, while other
 * municipalities appear in it only as a shared edition would show them (their counts in the pooled
 * reference and the funnel plot are protected the same way).
 */
public final class Disclosure {

    /** The default threshold. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** The lowest threshold allowed. */
    public static final int MINIMUM_THRESHOLD = 3;

    private final boolean shared;
    private final int threshold;

    private Disclosure(boolean shared, int threshold) {
        this.shared = shared;
        this.threshold = threshold;
    }

    /** The municipality's own, internal edition: own counts and case numbers shown, others protected. */
    public static Disclosure internal() {
        return new Disclosure(false, DEFAULT_THRESHOLD);
    }

    /**
     * The shared edition: no case numbers, every count protected with the given threshold.
     *
     * @throws IllegalArgumentException when the threshold is below {@value #MINIMUM_THRESHOLD}
     */
    public static Disclosure shared(int threshold) {
        if (threshold < MINIMUM_THRESHOLD) {
            throw new IllegalArgumentException("The suppression threshold must be at least " + MINIMUM_THRESHOLD
                    + " persons, not " + threshold);
        }
        return new Disclosure(true, threshold);
    }

    /** Whether output is shared (case numbers hidden, every count protected). */
    public boolean isShared() {
        return shared;
    }

    /** The threshold: counts of 1 to threshold − 1 persons are suppressed. */
    public int threshold() {
        return threshold;
    }

    /** The text shown instead of a small count: "&lt;5". */
    public String suppressedText() {
        return suppressedText(threshold);
    }

    static String suppressedText(int threshold) {
        return "<" + threshold;
    }
}
