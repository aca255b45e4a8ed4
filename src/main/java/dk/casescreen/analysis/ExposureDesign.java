package dk.casescreen.analysis;

import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.DesignMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The design of one hypothesis's model: a 0/1 exposure column and treatment-coded confounders
 * (reference level: the first level present, in sheet order), over the complete cases (exposure
 * known, every confounder answered with a known answer). Outcome categories without cases are dropped.
 * Built by {@link DesignMatrix}, the one design-matrix builder (the confounders as {@link CaseDesign} reads them).
 */
final class ExposureDesign {

    /** The name of the exposure column. */
    static final String EXPOSURE = "exposure";

    /** The name of the outcome variable in the design (no question key has parentheses). */
    private static final String OUTCOME = "(outcome)";

    private final DesignMatrix design;
    private final int[] outcome;
    private final long exposedCount;
    private final List<String> notes;

    private ExposureDesign(DesignMatrix design, List<String> notes) {
        this.design = design;
        this.outcome = design.outcome();
        long count = 0;
        for (double e : design.column(0)) {
            count += e == 1 ? 1 : 0;
        }
        this.exposedCount = count;
        this.notes = notes;
    }

    /**
     * The design over the cases {@code rows} of {@code cases}, with {@code exposure} (by table row,
     * as {@link Exposures}) and the outcome level of each table row from {@code outcomeIndex}.
     */
    static ExposureDesign of(HypothesisSpec spec, ScreeningSheet sheet, CaseTable cases, int[] rows, int[] exposure,
                             List<String> levels, IntUnaryOperator outcomeIndex) {
        DesignMatrix.Builder builder = DesignMatrix.builder(rows.length);
        double[] exposed = new double[rows.length];
        String[] outcome = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            exposed[i] = exposure[row] == Exposures.UNKNOWN ? Double.NaN : exposure[row] == Exposures.EXPOSED ? 1 : 0;
            int level = outcomeIndex.applyAsInt(row);
            outcome[i] = level >= 0 && level < levels.size() ? levels.get(level) : null;
        }
        builder.numeric(EXPOSURE, exposed).factor(OUTCOME, levels, outcome);
        for (String key : spec.confounders()) {
            CaseDesign.declare(builder, cases, sheet.require(key), rows);
        }
        DesignMatrix design = builder.outcome(OUTCOME).dropEmptyLevels()
                .predictors(EXPOSURE).predictors(spec.confounders().toArray(String[]::new)).build();
        List<String> notes = new ArrayList<>();
        if (design.n() < rows.length) {
            notes.add(design.dropped() + " of " + rows.length
                    + " cases left out: exposure or a confounder unknown, not answered or not applicable");
        }
        if (design.outcomeLevels().size() < levels.size()) {
            notes.add("cost bands without cases dropped from the model");
        }
        return new ExposureDesign(design.withoutNotes(), List.copyOf(notes));
    }

    /**
     * The design to fit, without the design's own notes ({@link #notes()} says them in this model's
     * words), sharing its arrays rather than copying them.
     */
    DesignMatrix model() {
        return design;
    }

    int[] outcome() {
        return outcome;
    }

    /** A copy of the design columns of each case (only for a fit that cannot take {@link #model()}). */
    double[][] x() {
        return design.x();
    }

    List<String> names() {
        return design.columnNames();
    }

    List<String> outcomeLevels() {
        return design.outcomeLevels();
    }

    List<String> notes() {
        return notes;
    }

    int n() {
        return outcome.length;
    }

    long exposedCount() {
        return exposedCount;
    }

    double exposedShare() {
        return n() == 0 ? Double.NaN : (double) exposedCount() / n();
    }

    double[] outcomeShares() {
        double[] shares = new double[design.outcomeLevels().size()];
        for (int y : outcome) {
            shares[y] += 1.0 / outcome.length;
        }
        return shares;
    }
}
