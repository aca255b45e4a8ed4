package dk.casescreen.analysis;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

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

    static ExposureDesign of(HypothesisSpec spec, ScreeningSheet sheet, List<CaseRecord> records, List<String> levels,
                             ToIntFunction<CaseRecord> outcomeIndex) {
        List<CaseRecord> complete = new ArrayList<>();
        List<Boolean> exposure = new ArrayList<>();
        for (CaseRecord r : records) {
            Optional<Boolean> e = spec.exposed(r, sheet);
            boolean confoundersKnown = spec.confounders().stream().allMatch(key -> r.code(key)
                    .filter(code -> !sheet.require(key).isDontKnow(code)).isPresent());
            if (e.isPresent() && confoundersKnown) {
                complete.add(r);
                exposure.add(e.get());
            }
        }
        List<String> notes = new ArrayList<>();
        if (complete.size() < records.size()) {
            notes.add((records.size() - complete.size()) + " of " + records.size()
                    + " cases left out: exposure or a confounder unknown, not answered or not applicable");
        }
        List<String> names = new ArrayList<>(List.of(EXPOSURE));
        List<List<String>> dummies = new ArrayList<>();
        for (String key : spec.confounders()) {
            Question q = sheet.require(key);
            List<String> present = q.codes().stream().filter(code -> complete.stream()
                    .anyMatch(r -> r.code(key).filter(code::equals).isPresent())).toList();
            List<String> nonReference = present.size() > 1 ? present.subList(1, present.size()) : List.of();
            dummies.add(nonReference);
            nonReference.forEach(code -> names.add(key + code));
        }
        int[] raw = complete.stream().mapToInt(outcomeIndex).toArray();
        List<Integer> usedLevels = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            final int l = level;
            if (java.util.Arrays.stream(raw).anyMatch(v -> v == l)) {
                usedLevels.add(level);
            }
        }
        if (usedLevels.size() < levels.size()) {
            notes.add("cost bands without cases dropped from the model");
        }
        int[] y = java.util.Arrays.stream(raw).map(usedLevels::indexOf).toArray();
        double[][] x = new double[complete.size()][names.size()];
        for (int i = 0; i < complete.size(); i++) {
            CaseRecord r = complete.get(i);
            x[i][0] = exposure.get(i) ? 1 : 0;
            int column = 1;
            for (int c = 0; c < spec.confounders().size(); c++) {
                String code = r.code(spec.confounders().get(c)).orElseThrow();
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
