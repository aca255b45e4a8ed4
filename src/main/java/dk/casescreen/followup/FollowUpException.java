package dk.casescreen.followup;

import dk.casescreen.Language;
import dk.casescreen.Text;

/**
 * Rounds that cannot be followed up as given: fewer than two, a round without dated cases or spanning
 * more than one round, the same round given twice, or rounds out of date order. The reason is in Danish
 * and English and names the dates concerned; the exception message is the English text.
 */
public final class FollowUpException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The reason in Danish and English. */
    private final transient Text reason;

    /** Creates the exception with its reason. */
    public FollowUpException(Text reason) {
        super(reason.en());
        this.reason = reason;
    }

    /** The reason in Danish and English. */
    public Text reason() {
        return reason;
    }

    /** The reason in one language. */
    public String describe(Language language) {
        return reason.in(language);
    }
}
