package dk.casescreen.followup;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first round's "Udvikling i udgift over tid" ({@code cost_trend}) against the realised band change:
 * the agreement table over every answer option, and Cohen's kappa (Cohen 1960) on rising, unchanged and
 * falling against dearer, same and cheaper ("Ved ikke" is left out of kappa).
 */
final class SelfReports {

    static final String COST_TREND = "cost_trend";
    /** The answer codes matched, in order, to dearer, same and cheaper. */
    static final List<String> MATCHED = List.of("rising", "unchanged", "falling");

    private SelfReports() {
    }

    static Optional<SelfReport> of(Linking link, int[][] moves, double confLevel) {
        Optional<Question> question = link.earlier().sheet().question(COST_TREND);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = question.get().codes();
        Direction[] directions = Direction.values();
        long[][] counts = new long[codes.size()][directions.length];
        for (int i = 0; i < link.size(); i++) {
            if (!Comparisons.banded(moves[i])) {
                continue;
            }
            CaseRecord a = link.before(i);
            int reported = a.code(COST_TREND).map(codes::indexOf).orElse(-1);
            if (reported >= 0) {
                counts[reported][Direction.of(moves[i][0], moves[i][1]).ordinal()]++;
            }
        }
        List<AgreementCell> table = new ArrayList<>();
        for (int r = 0; r < codes.size(); r++) {
            for (Direction d : directions) {
                table.add(new AgreementCell(codes.get(r), d.code(), counts[r][d.ordinal()]));
            }
        }
        long[][] square = new long[MATCHED.size()][directions.length];
        for (int r = 0; r < MATCHED.size(); r++) {
            int row = codes.indexOf(MATCHED.get(r));
            if (row >= 0) {
                square[r] = counts[row].clone();
            }
        }
        return Optional.of(new SelfReport(table, PairedStatistics.kappa(square, confLevel)));
    }
}
