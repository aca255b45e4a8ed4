package dk.casescreen.cases;

import dk.casescreen.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The loader's round warnings: rows that cannot be placed in a round, inputs given out of date order,
 * and the contradictions between consecutive rounds ({@link RoundChecks}).
 */
final class LoadRounds {

    private LoadRounds() {
    }

    /**
     * Adds to each file's problems a warning when it has rows without a date while the load has dated
     * rounds, and a warning when an input's earliest round is dated earlier than the earliest round of
     * the input before it on the command line.
     *
     * @param inputOf for each parse, the position of its input on the command line
     */
    static void fileWarnings(List<CaseLoader.FileParse> parses, List<Integer> inputOf, RoundIndex rounds) {
        int undated = rounds.count() - 1;
        boolean mixed = rounds.datedAndUndated();
        int previousRound = -1;
        Location previousAt = null;
        int input = -1;
        int inputRound = -1;
        CaseLoader.FileParse inputFirst = null;
        for (int p = 0; p <= parses.size(); p++) {
            if (p == parses.size() || inputOf.get(p) != input) {
                if (inputRound >= 0) {
                    if (previousRound > inputRound) {
                        inputFirst.fileProblems().add(Rule.ROUND_OUT_OF_ORDER.problem(inputFirst.location(), null, null,
                                rounds.firstDate(inputRound).orElseThrow().toString(),
                                rounds.firstDate(previousRound).orElseThrow().toString(), previousAt.file()));
                    }
                    previousRound = inputRound;
                    previousAt = inputFirst.location();
                }
                if (p == parses.size()) {
                    break;
                }
                input = inputOf.get(p);
                inputRound = -1;
                inputFirst = parses.get(p);
            }
            CaseLoader.FileParse parse = parses.get(p);
            ParsedRows rows = parse.rows();
            int withoutDate = 0;
            for (int i = 0; i < rows.size(); i++) {
                int r = rows.record(i);
                if (r < 0) {
                    continue;
                }
                int round = rounds.of(r);
                if (rounds.dated(round)) {
                    inputRound = inputRound < 0 ? round : Math.min(inputRound, round);
                } else if (round == undated) {
                    withoutDate++;
                }
            }
            if (mixed && withoutDate > 0) {
                parse.fileProblems().add(Rule.UNDATED_ROWS.problem(parse.location(), null, null, withoutDate == 1
                        ? new Text("1 række har", "1 row has")
                        : new Text(withoutDate + " rækker har", withoutDate + " rows have")));
            }
        }
    }

    /** The contradictions between the records of the same citizen in consecutive rounds of the table. */
    static List<Problem> between(CaseTable table) {
        List<Problem> problems = new ArrayList<>();
        if (table.rounds().size() < 2) {
            return problems;
        }
        List<CaseTable> byRound = table.byRound();
        for (int k = 1; k < byRound.size(); k++) {
            problems.addAll(RoundChecks.between(byRound.get(k - 1), byRound.get(k)));
        }
        return problems;
    }
}
