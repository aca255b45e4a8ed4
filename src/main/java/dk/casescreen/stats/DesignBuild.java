package dk.casescreen.stats;

import dk.casescreen.stats.DesignMatrix.Column;
import dk.casescreen.stats.DesignMatrix.Exclusion;
import dk.casescreen.stats.DesignMatrix.Missing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The work of {@link DesignMatrix.Builder#build()}: complete cases, outcome coding, treatment coding,
 * over the variables declared on the builder.
 */
record DesignBuild(int size, Map<String, DesignBuild.Variable> variables, String outcome, Set<String> events,
                   boolean numericOutcome, List<String> predictors, Map<String, String> references, boolean dropEmptyLevels) {

    /**
     * One variable: a factor ({@code levels} non-null, {@code positions}: each row's position among
     * them, -1 where it has none) or a number ({@code numbers}); {@code missing[i]} says why row
     * {@code i} has no value, {@code null} when it has one.
     */
    record Variable(String name, List<String> levels, int[] positions, double[] numbers, Missing[] missing) {

        boolean isFactor() {
            return levels != null;
        }
    }

    DesignMatrix build() {
        List<Variable> used = new ArrayList<>();
        Variable outcomeVariable = outcome == null ? null : require(outcome);
        if (outcomeVariable != null) {
            if (numericOutcome && outcomeVariable.isFactor()) {
                throw new IllegalArgumentException("The numeric outcome " + outcome + " must be a number, not a factor");
            }
            if (!numericOutcome && !outcomeVariable.isFactor()) {
                throw new IllegalArgumentException("The outcome " + outcome + " must be a factor (a choice question)");
            }
            for (String code : events == null ? Set.<String>of() : events) {
                requireLevel(outcomeVariable, code, "event answer");
            }
            used.add(outcomeVariable);
        }
        for (String name : predictors) {
            Variable v = require(name);
            if (used.contains(v)) {
                throw new IllegalArgumentException("The variable " + name + " is used twice in the model");
            }
            used.add(v);
        }
        for (var e : references.entrySet()) {
            if (!predictors.contains(e.getKey())) {
                throw new IllegalArgumentException("A reference level was given for " + e.getKey()
                        + ", which is not a predictor");
            }
            Variable v = require(e.getKey());
            if (!v.isFactor()) {
                throw new IllegalArgumentException("A reference level was given for the numeric variable " + e.getKey());
            }
            requireLevel(v, e.getValue(), "reference level");
        }
        // one pass over the rows: the complete cases and, per variable, the count of each reason it is missing
        Missing[] reasons = Missing.values();
        int[][] missingCounts = new int[used.size()][reasons.length];
        int[] rowsKept = new int[size];
        int keptCount = 0;
        for (int r = 0; r < size; r++) {
            boolean complete = true;
            for (int u = 0; u < used.size(); u++) {
                Missing missing = used.get(u).missing()[r];
                if (missing != null) {
                    missingCounts[u][missing.ordinal()]++;
                    complete = false;
                }
            }
            if (complete) {
                rowsKept[keptCount++] = r;
            }
        }
        int[] kept = Arrays.copyOf(rowsKept, keptCount);
        List<Exclusion> exclusions = new ArrayList<>();
        for (int u = 0; u < used.size(); u++) {
            for (Missing reason : reasons) {
                if (missingCounts[u][reason.ordinal()] > 0) {
                    exclusions.add(new Exclusion(used.get(u).name(), reason, missingCounts[u][reason.ordinal()]));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (kept.length < size) {
            notes.add("Complete cases: " + kept.length + " of " + size + " cases used; left out for "
                    + String.join(", ", exclusions.stream().map(e -> e.variable() + " " + describe(e.reason())
                    + " (" + e.cases() + ")").toList()) + ".");
        }
        List<String> outcomeLevels = new ArrayList<>();
        int[] y = new int[kept.length];
        double[] response = null;
        if (outcomeVariable != null && numericOutcome) {
            response = new double[kept.length];
            for (int i = 0; i < kept.length; i++) {
                response[i] = outcomeVariable.numbers()[kept[i]];
            }
        } else if (outcomeVariable != null) {
            outcomeLevels = outcomeCoding(outcomeVariable, kept, y, notes);
        }
        List<Column> columns = new ArrayList<>();
        Map<String, String> referenceLevels = new LinkedHashMap<>();
        for (String name : predictors) {
            columns.addAll(predictorColumns(require(name), kept, referenceLevels, notes));
        }
        // each column as the numbers of its variable or as the level position it indicates (-1 for a number)
        int width = columns.size();
        double[][] numbers = new double[width][];
        int[][] levelOf = new int[width][];
        int[] indicated = new int[width];
        Map<String, int[]> positions = new LinkedHashMap<>();
        for (int j = 0; j < width; j++) {
            Column c = columns.get(j);
            Variable v = variables.get(c.variable());
            if (c.level().isEmpty()) {
                numbers[j] = v.numbers();
                indicated[j] = -1;
            } else {
                levelOf[j] = positions.computeIfAbsent(v.name(), k -> levelPositions(v, kept));
                indicated[j] = v.levels().indexOf(c.level().get());
            }
        }
        int[] levelCounts = positions.keySet().stream().mapToInt(name -> variables.get(name).levels().size()).toArray();
        DesignRows x = DesignRows.build(kept.length, numbers, kept, levelOf, indicated, List.copyOf(positions.values()),
                levelCounts);
        return new DesignMatrix(x, columns, y, response, outcomeLevels, Optional.ofNullable(outcome),
                kept, size, exclusions, referenceLevels, notes);
    }

    /** The position among its levels of the factor's value in each kept row (in the order of {@code kept}). */
    private static int[] levelPositions(Variable v, int[] kept) {
        int[] positions = v.positions();
        int[] result = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            result[i] = positions[kept[i]];
        }
        return result;
    }

    private Variable require(String name) {
        Variable v = variables.get(name);
        if (v == null) {
            throw new IllegalArgumentException("No variable " + name + "; the variables are "
                    + String.join(", ", variables.keySet()));
        }
        return v;
    }

    private List<String> outcomeCoding(Variable v, int[] kept, int[] y, List<String> notes) {
        List<String> codes = v.levels();
        int[] level = levelPositions(v, kept);
        if (events != null) {
            List<String> others = codes.stream().filter(c -> !events.contains(c)).toList();
            int[] isEvent = new int[codes.size()];
            for (int l = 0; l < isEvent.length; l++) {
                isEvent[l] = events.contains(codes.get(l)) ? 1 : 0;
            }
            for (int i = 0; i < kept.length; i++) {
                y[i] = isEvent[level[i]];
            }
            return List.of(String.join("/", others), String.join("/", events));
        }
        int[] count = new int[codes.size()];
        for (int l : level) {
            count[l]++;
        }
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            (count[c] > 0 ? present : absent).add(codes.get(c));
        }
        if (!absent.isEmpty()) {
            notes.add("Outcome " + v.name() + ": no case used has " + String.join(", ", absent)
                    + "; left out of the outcome categories.");
        }
        int[] presentIndex = new int[codes.size()];
        for (int c = 0; c < codes.size(); c++) {
            presentIndex[c] = present.indexOf(codes.get(c));
        }
        for (int i = 0; i < kept.length; i++) {
            y[i] = presentIndex[level[i]];
        }
        return present;
    }

    private List<Column> predictorColumns(Variable v, int[] kept, Map<String, String> referenceLevels,
                                          List<String> notes) {
        if (!v.isFactor()) {
            return List.of(new Column(v.name(), v.name(), Optional.empty()));
        }
        List<String> codes = v.levels();
        int[] perLevel = new int[codes.size()];
        for (int l : levelPositions(v, kept)) {
            perLevel[l]++;
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            count.put(codes.get(c), perLevel[c]);
        }
        List<String> empty = codes.stream().filter(c -> count.get(c) == 0).toList();
        String reference = references.getOrDefault(v.name(), codes.getFirst());
        if (count.get(reference) == 0) {
            if (!dropEmptyLevels || references.containsKey(v.name())) {
                throw new ModelFitException(ModelFitException.Kind.RANK_DEFICIENT,
                        codes.stream().filter(c -> !c.equals(reference)).map(c -> v.name() + c).toList(),
                        "No case used has the reference level " + v.name() + " = " + reference + ", so the columns of "
                                + v.name() + " add up to the intercept. Choose another reference level"
                                + (references.containsKey(v.name()) ? "" : " or call dropEmptyLevels()") + ".");
            }
            Optional<String> replacement = codes.stream().filter(c -> count.get(c) > 0).findFirst();
            if (replacement.isEmpty()) {
                return List.of();
            }
            notes.add(v.name() + ": no case used has the first level " + reference + "; " + replacement.get()
                    + " is the reference level instead.");
            return dummies(v, codes, count, replacement.get(), referenceLevels, notes, empty);
        }
        return dummies(v, codes, count, reference, referenceLevels, notes, empty);
    }

    private List<Column> dummies(Variable v, List<String> codes, Map<String, Integer> count, String reference,
                                 Map<String, String> referenceLevels, List<String> notes, List<String> empty) {
        referenceLevels.put(v.name(), reference);
        List<String> emptyNonReference = empty.stream().filter(c -> !c.equals(reference)).toList();
        if (!emptyNonReference.isEmpty()) {
            List<String> names = emptyNonReference.stream().map(c -> v.name() + c).toList();
            if (!dropEmptyLevels) {
                throw new ModelFitException(ModelFitException.Kind.RANK_DEFICIENT, names, "No case used has "
                        + v.name() + " = " + String.join(" or ", emptyNonReference) + ", so the column"
                        + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + " would be 0 for every case "
                        + "and " + (names.size() == 1 ? "its coefficient is" : "their coefficients are")
                        + " not identified. Merge the level with another, or call dropEmptyLevels().");
            }
            notes.add(v.name() + ": no case used has " + String.join(", ", emptyNonReference) + "; level"
                    + (names.size() == 1 ? "" : "s") + " dropped from the model.");
        }
        List<Column> list = new ArrayList<>();
        for (String c : codes) {
            if (!c.equals(reference) && count.get(c) > 0) {
                list.add(new Column(v.name() + c, v.name(), Optional.of(c)));
            }
        }
        return list;
    }

    private static String describe(Missing reason) {
        return switch (reason) {
            case NOT_ANSWERED -> "not answered";
            case NOT_APPLICABLE -> "not applicable";
            case DONT_KNOW -> "Ved ikke";
        };
    }

    private static void requireLevel(Variable v, String code, String what) {
        if (!v.levels().contains(code)) {
            throw new IllegalArgumentException("'" + code + "' cannot be the " + what + " of " + v.name()
                    + "; its levels are " + String.join(", ", v.levels()));
        }
    }
}
