package dk.casescreen.followup;

import dk.casescreen.Text;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.ScreeningRound;
import java.util.List;

/**
 * A follow-up across screening rounds: the rounds in date order, the warnings about citizens whose
 * records do not fit between rounds, notes (questions left out, rounds with nothing to compare), and one
 * comparison per pair of consecutive rounds.
 *
 * @param rounds      the rounds, in date order, numbered from 1 (one per case table given)
 * @param warnings    problems found between consecutive rounds ({@link dk.casescreen.cases.RoundChecks#between}: gender changed, age not grown)
 * @param notes       notes in Danish and English
 * @param comparisons one comparison per pair of consecutive rounds
 * @param origin      synthetic when any round is synthetic
 * @param options     the options the follow-up was computed with (confidence level, alpha and power of the
 *                    minimum detectable effects, bootstrap replicates and seed)
 */
public record FollowUpResult(List<ScreeningRound> rounds, List<Problem> warnings, List<Text> notes,
                             List<RoundComparison> comparisons, DataOrigin origin, FollowUpOptions options) {

    /** Creates a result; the lists are copied. */
    public FollowUpResult {
        rounds = List.copyOf(rounds);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        comparisons = List.copyOf(comparisons);
    }

    /** Whether the data are synthetic (from {@link #origin()}). */
    public boolean synthetic() {
        return origin.isSynthetic();
    }
}
