package dk.casescreen.analysis;

import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.List;

/**
 * {@link HypothesisSpec#exposed} for every case of a table at once, read from the answer columns:
 * 1 exposed, 0 not exposed, -1 unknown.
 */
final class Exposures {

    static final int EXPOSED = 1;
    static final int NOT_EXPOSED = 0;
    static final int UNKNOWN = -1;

    private Exposures() {
    }

    /** The exposure of every case of {@code cases} under {@code spec}. */
    static int[] of(HypothesisSpec spec, ScreeningSheet sheet, CaseTable cases) {
        List<Condition> conditions = spec.exposure();
        int k = conditions.size();
        AnswerColumn[] columns = new AnswerColumn[k];
        boolean[][] holds = new boolean[k][];
        boolean[][] dontKnow = new boolean[k][];
        for (int c = 0; c < k; c++) {
            Question q = sheet.require(conditions.get(c).questionKey());
            columns[c] = cases.column(q.key());
            holds[c] = new boolean[q.options().size()];
            dontKnow[c] = new boolean[q.options().size()];
            for (int o = 0; o < q.options().size(); o++) {
                holds[c][o] = conditions.get(c).holdsFor(q.options().get(o).code());
                dontKnow[c][o] = q.options().get(o).dontKnow();
            }
        }
        int[] exposure = new int[cases.size()];
        for (int row = 0; row < exposure.length; row++) {
            int result = NOT_EXPOSED;
            for (int c = 0; c < k; c++) {
                int option = columns[c].option(row);
                if (option == AnswerColumn.OTHER) {
                    result = spec.exposed(cases.record(row), sheet).map(e -> e ? EXPOSED : NOT_EXPOSED).orElse(UNKNOWN);
                    break;
                }
                if (option == AnswerColumn.NOT_APPLICABLE) {
                    continue; // the question's own condition did not hold: known, and no exposure
                }
                if (option >= 0 && holds[c][option]) {
                    result = EXPOSED;
                    break;
                }
                if (option < 0 || dontKnow[c][option]) {
                    result = UNKNOWN;
                }
            }
            exposure[row] = result;
        }
        return exposure;
    }
}
