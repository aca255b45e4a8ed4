package dk.casescreen.analysis;

import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The design of one hypothesis's model: a 0/1 exposure column and treatment-coded confounders
 * (reference level: the first level present, in sheet order), over the complete cases (exposure
 * known, every confounder answered with a known answer). Outcome categories without cases are dropped.
 */
final class ExposureDesign {

    /** The name of the exposure column. */
    static final String EXPOSURE = "exposure";

    private final int[] outcome;
    private final double[][] x;
    private final List<String> names;
    private final List<String> outcomeLevels;
    private final List<String> notes;

    private ExposureDesign(int[] outcome, double[][] x, List<String> names, List<String> outcomeLevels, List<String> notes) {
        this.outcome = outcome;
        this.x = x;
        this.names = names;
        this.outcomeLevels = outcomeLevels;
        this.notes = notes;
    }

    /**
     * The design over the cases {@code rows} of {@code cases}, with {@code exposure} (by table row,
     * as {@link Exposures}) and the outcome level of each table row from {@code outcomeIndex}.
     */
    static ExposureDesign of(HypothesisSpec spec, ScreeningSheet sheet, CaseTable cases, int[] rows, int[] exposure,
                             List<String> levels, IntUnaryOperator outcomeIndex) {
        List<String> confounders = spec.confounders();
        int k = confounders.size();
        AnswerColumn[] columns = new AnswerColumn[k];
        boolean[][] dontKnow = new boolean[k][];
        for (int c = 0; c < k; c++) {
            Question q = sheet.require(confounders.get(c));
            columns[c] = cases.column(q.key());
            dontKnow[c] = new boolean[q.options().size()];
            for (int o = 0; o < dontKnow[c].length; o++) {
                dontKnow[c][o] = q.options().get(o).dontKnow();
            }
        }
        int[] complete = new int[rows.length];
        int n = 0;
        for (int row : rows) {
            boolean known = exposure[row] != Exposures.UNKNOWN;
            for (int c = 0; known && c < k; c++) {
                int option = columns[c].option(row);
                String code = option == AnswerColumn.OTHER ? columns[c].code(row) : null;
                known = option >= 0 ? !dontKnow[c][option]
                        : code != null && !sheet.require(confounders.get(c)).isDontKnow(code);
            }
            if (known) {
                complete[n++] = row;
            }
        }
        complete = java.util.Arrays.copyOf(complete, n);
        List<String> notes = new ArrayList<>();
        if (n < rows.length) {
            notes.add((rows.length - n) + " of " + rows.length
                    + " cases left out: exposure or a confounder unknown, not answered or not applicable");
        }
        List<String> names = new ArrayList<>(List.of(EXPOSURE));
        List<List<String>> dummies = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            String key = confounders.get(c);
            Question q = sheet.require(key);
            boolean[] seen = new boolean[q.options().size()];
            for (int row : complete) {
                int option = columns[c].option(row);
                if (option >= 0) {
                    seen[option] = true;
                }
            }
            List<String> present = new ArrayList<>();
            for (int o = 0; o < seen.length; o++) {
                if (seen[o]) {
                    present.add(q.options().get(o).code());
                }
            }
            List<String> nonReference = present.size() > 1 ? present.subList(1, present.size()) : List.of();
            dummies.add(nonReference);
            nonReference.forEach(code -> names.add(key + code));
        }
        int[] raw = new int[n];
        boolean[] used = new boolean[levels.size()];
        for (int i = 0; i < n; i++) {
            raw[i] = outcomeIndex.applyAsInt(complete[i]);
            if (raw[i] >= 0 && raw[i] < used.length) {
                used[raw[i]] = true;
            }
        }
        List<Integer> usedLevels = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            if (used[level]) {
                usedLevels.add(level);
            }
        }
        if (usedLevels.size() < levels.size()) {
            notes.add("cost bands without cases dropped from the model");
        }
        int[] newIndex = new int[levels.size()];
        for (int l = 0; l < levels.size(); l++) {
            newIndex[l] = usedLevels.indexOf(l);
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = raw[i] >= 0 && raw[i] < newIndex.length ? newIndex[raw[i]] : -1;
        }
        double[][] x = new double[n][names.size()];
        for (int i = 0; i < n; i++) {
            int row = complete[i];
            x[i][0] = exposure[row] == Exposures.EXPOSED ? 1 : 0;
            int column = 1;
            for (int c = 0; c < k; c++) {
                String code = columns[c].code(row);
                for (String level : dummies.get(c)) {
                    x[i][column++] = level.equals(code) ? 1 : 0;
                }
            }
        }
        List<String> outcomeLevels = usedLevels.stream().map(levels::get).toList();
        return new ExposureDesign(y, x, List.copyOf(names), outcomeLevels, List.copyOf(notes));
    }

    int[] outcome() {
        return outcome;
    }

    double[][] x() {
        return x;
    }

    List<String> names() {
        return names;
    }

    List<String> outcomeLevels() {
        return outcomeLevels;
    }

    List<String> notes() {
        return notes;
    }

    int n() {
        return outcome.length;
    }

    long exposedCount() {
        long count = 0;
        for (double[] row : x) {
            count += row[0] == 1 ? 1 : 0;
        }
        return count;
    }

    double exposedShare() {
        return n() == 0 ? Double.NaN : (double) exposedCount() / n();
    }

    double[] outcomeShares() {
        double[] shares = new double[outcomeLevels.size()];
        for (int y : outcome) {
            shares[y] += 1.0 / outcome.length;
        }
        return shares;
    }
}
