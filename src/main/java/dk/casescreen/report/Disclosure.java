package dk.casescreen.report;

/**
 * Statistical disclosure control for output that leaves a municipality: a count or a share based on
 * fewer persons than the threshold is suppressed and shown as "&lt;threshold". The threshold is 5 by
 * default (Statistics Denmark's researcher rules) and may never be set below 3 (the limit below which
 * Statistics Denmark never publishes a cell). Internal output (for the municipality's own use)
 * suppresses nothing.
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

    /** No suppression: the municipality's own, internal report. */
    public static Disclosure internal() {
        return new Disclosure(false, 0);
    }

    /**
     * Suppression of cells under {@code threshold} persons, for output that is shared.
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

    /** Whether output is shared (case numbers hidden, small cells suppressed). */
    public boolean isShared() {
        return shared;
    }

    /** The threshold (0 when internal). */
    public int threshold() {
        return threshold;
    }

    /**
     * Whether a cell must be suppressed: it counts {@code persons} and is shared. A count of 0 is
     * shown (it discloses no person); any count from 1 to threshold − 1 is suppressed.
     */
    public boolean suppress(long persons) {
        return shared && persons > 0 && persons < threshold;
    }

    /**
     * Whether a share must be suppressed: its numerator or its complement (denominator − numerator)
     * is a small non-zero count, or its denominator is below the threshold — otherwise the small cell
     * could be worked out by subtraction.
     */
    public boolean suppressShare(long count, long n) {
        return shared && (n < threshold || suppress(count) || suppress(n - count));
    }

    /** The text shown instead of a suppressed value: "&lt;5". */
    public String suppressedText() {
        return "<" + threshold;
    }
}
