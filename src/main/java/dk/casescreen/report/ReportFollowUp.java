package dk.casescreen.report;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.ScreeningRound;
import dk.casescreen.followup.FollowUpResult;
import dk.casescreen.followup.RoundComparison;
import java.util.List;

/**
 * The follow-up a report shows when the loaded cases hold two or more dated screening rounds: the own
 * municipalities' cases by round, their {@link FollowUpResult}, and the rounds of the data. The report's
 * other sections describe the latest round only; this part compares it with the round before.
 *
 * @param result the follow-up of the own municipalities' cases, one comparison per pair of consecutive rounds
 * @param rounds the own municipalities' cases of each dated round, earliest first (the tables the result compares)
 * @param dates  the dated rounds of all loaded cases, earliest first (their dates name the rounds)
 */
public record ReportFollowUp(FollowUpResult result, List<CaseTable> rounds, List<ScreeningRound> dates) {

    /** Creates the follow-up; the lists are copied and must be as long as each other, with at least two rounds. */
    public ReportFollowUp {
        rounds = List.copyOf(rounds);
        dates = List.copyOf(dates);
        if (rounds.size() < 2 || rounds.size() != dates.size()) {
            throw new IllegalArgumentException("A report's follow-up needs two or more rounds with a date each, got "
                    + rounds.size() + " rounds and " + dates.size() + " dates");
        }
    }

    /** The comparison the report shows: the latest round against the round before it. */
    public RoundComparison last() {
        return result.comparisons().getLast();
    }

    /** The earlier round of {@link #last()}. */
    public CaseTable earlier() {
        return rounds.get(rounds.size() - 2);
    }

    /** The latest round's own cases. */
    public CaseTable later() {
        return rounds.getLast();
    }

    /** The earlier round's dates. */
    public ScreeningRound earlierRound() {
        return dates.get(dates.size() - 2);
    }

    /** The latest round's dates. */
    public ScreeningRound latestRound() {
        return dates.getLast();
    }
}
