package dk.casescreen.stats;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.AnswerType;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.DesignMatrix.Column;
import dk.casescreen.stats.DesignMatrix.Exclusion;
import dk.casescreen.stats.DesignMatrix.Missing;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The work of {@link DesignMatrix.Builder#build()}: complete cases, outcome coding, treatment coding. */
record DesignBuild(CaseTable cases, String outcome, Set<String> events, List<String> predictors,
                   Map<String, String> references, boolean dropEmptyLevels) {

    DesignMatrix build() {
        List<Question> used = new ArrayList<>();
        Question outcomeQuestion = outcome == null ? null : cases.sheet().require(outcome);
        if (outcomeQuestion != null) {
            if (!outcomeQuestion.type().isChoice()) {
                throw new IllegalArgumentException("The outcome " + outcome + " must be a choice question");
            }
            for (String code : events == null ? Set.<String>of() : events) {
                requireLevel(outcomeQuestion, code, "event answer");
            }
            used.add(outcomeQuestion);
        }
        for (String key : predictors) {
            Question q = cases.sheet().require(key);
            if (used.contains(q)) {
                throw new IllegalArgumentException("The question " + key + " is used twice in the model");
            }
            used.add(q);
        }
        for (var e : references.entrySet()) {
            if (!predictors.contains(e.getKey())) {
                throw new IllegalArgumentException("A reference level was given for " + e.getKey()
                        + ", which is not a predictor");
            }
            requireLevel(cases.sheet().require(e.getKey()), e.getValue(), "reference level");
        }
        int size = cases.size();
        Map<String, EnumMap<Missing, Integer>> counts = new LinkedHashMap<>();
        used.forEach(q -> counts.put(q.key(), new EnumMap<>(Missing.class)));
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            boolean complete = true;
            for (Question q : used) {
                Missing missing = missing(q, cases.column(q.key()).answer(r));
                if (missing != null) {
                    counts.get(q.key()).merge(missing, 1, Integer::sum);
                    complete = false;
                }
            }
            if (complete) {
                kept.add(r);
            }
        }
        List<Exclusion> exclusions = new ArrayList<>();
        counts.forEach((key, byReason) -> byReason.forEach((reason, c) -> exclusions.add(new Exclusion(key, reason, c))));
        List<String> notes = new ArrayList<>();
        if (kept.size() < size) {
            notes.add("Complete cases: " + kept.size() + " of " + size + " cases used; left out for "
                    + String.join(", ", exclusions.stream().map(e -> e.questionKey() + " " + describe(e.reason())
                    + " (" + e.cases() + ")").toList()) + ".");
        }
        List<String> outcomeLevels = new ArrayList<>();
        int[] y = new int[kept.size()];
        if (outcomeQuestion != null) {
            outcomeLevels = outcomeCoding(outcomeQuestion, kept, y, notes);
        }
        List<Column> columns = new ArrayList<>();
        Map<String, String> referenceLevels = new LinkedHashMap<>();
        for (String key : predictors) {
            columns.addAll(predictorColumns(cases.sheet().require(key), kept, referenceLevels, notes));
        }
        double[][] x = new double[kept.size()][columns.size()];
        for (int i = 0; i < kept.size(); i++) {
            int record = kept.get(i);
            for (int j = 0; j < columns.size(); j++) {
                Column c = columns.get(j);
                Answer a = cases.column(c.questionKey()).answer(record);
                x[i][j] = c.level().isEmpty() ? ((Answer.WholeNumber) a).value()
                        : c.level().get().equals(((Answer.Choice) a).code()) ? 1 : 0;
            }
        }
        return new DesignMatrix(x, columns, y, outcomeLevels, Optional.ofNullable(outcome),
                kept.stream().mapToInt(Integer::intValue).toArray(), size, exclusions, referenceLevels,
                notes);
    }

    private List<String> outcomeCoding(Question q, List<Integer> kept, int[] y, List<String> notes) {
        List<String> codes = levels(q);
        if (events != null) {
            List<String> others = codes.stream().filter(c -> !events.contains(c)).toList();
            for (int i = 0; i < kept.size(); i++) {
                y[i] = events.contains(code(kept.get(i), q)) ? 1 : 0;
            }
            return List.of(String.join("/", others), String.join("/", events));
        }
        int[] count = new int[codes.size()];
        for (int r : kept) {
            count[codes.indexOf(code(r, q))]++;
        }
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            (count[c] > 0 ? present : absent).add(codes.get(c));
        }
        if (!absent.isEmpty()) {
            notes.add("Outcome " + q.key() + ": no case used has " + String.join(", ", absent)
                    + "; left out of the outcome categories.");
        }
        for (int i = 0; i < kept.size(); i++) {
            y[i] = present.indexOf(code(kept.get(i), q));
        }
        return present;
    }

    private List<Column> predictorColumns(Question q, List<Integer> kept, Map<String, String> referenceLevels,
                                          List<String> notes) {
        if (q.type() == AnswerType.WHOLE_NUMBER) {
            return List.of(new Column(q.key(), q.key(), Optional.empty()));
        }
        List<String> codes = levels(q);
        Map<String, Integer> count = new LinkedHashMap<>();
        codes.forEach(c -> count.put(c, 0));
        for (int r : kept) {
            count.merge(code(r, q), 1, Integer::sum);
        }
        List<String> empty = codes.stream().filter(c -> count.get(c) == 0).toList();
        String reference = references.getOrDefault(q.key(), codes.getFirst());
        if (count.get(reference) == 0) {
            if (!dropEmptyLevels || references.containsKey(q.key())) {
                throw new ModelFitException(ModelFitException.Kind.RANK_DEFICIENT,
                        codes.stream().filter(c -> !c.equals(reference)).map(c -> q.key() + c).toList(),
                        "No case used has the reference level " + q.key() + " = " + reference + ", so the columns of "
                                + q.key() + " add up to the intercept. Choose another reference level"
                                + (references.containsKey(q.key()) ? "" : " or call dropEmptyLevels()") + ".");
            }
            String replacement = codes.stream().filter(c -> count.get(c) > 0).findFirst().orElseThrow();
            notes.add(q.key() + ": no case used has the first level " + reference + "; " + replacement
                    + " is the reference level instead.");
            return dummies(q, codes, count, replacement, referenceLevels, notes, empty);
        }
        return dummies(q, codes, count, reference, referenceLevels, notes, empty);
    }

    private List<Column> dummies(Question q, List<String> codes, Map<String, Integer> count, String reference,
                                 Map<String, String> referenceLevels, List<String> notes, List<String> empty) {
        referenceLevels.put(q.key(), reference);
        List<String> emptyNonReference = empty.stream().filter(c -> !c.equals(reference)).toList();
        if (!emptyNonReference.isEmpty()) {
            List<String> names = emptyNonReference.stream().map(c -> q.key() + c).toList();
            if (!dropEmptyLevels) {
                throw new ModelFitException(ModelFitException.Kind.RANK_DEFICIENT, names, "No case used has "
                        + q.key() + " = " + String.join(" or ", emptyNonReference) + ", so the column"
                        + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + " would be 0 for every case "
                        + "and " + (names.size() == 1 ? "its coefficient is" : "their coefficients are")
                        + " not identified. Merge the level with another, or call dropEmptyLevels().");
            }
            notes.add(q.key() + ": no case used has " + String.join(", ", emptyNonReference) + "; level"
                    + (names.size() == 1 ? "" : "s") + " dropped from the model.");
        }
        List<Column> list = new ArrayList<>();
        for (String c : codes) {
            if (!c.equals(reference) && count.get(c) > 0) {
                list.add(new Column(q.key() + c, q.key(), Optional.of(c)));
            }
        }
        return list;
    }

    private String code(int record, Question q) {
        return ((Answer.Choice) cases.column(q.key()).answer(record)).code();
    }

    private static List<String> levels(Question q) {
        return q.codes().stream().filter(c -> !q.isDontKnow(c)).toList();
    }

    private static Missing missing(Question q, Answer a) {
        return switch (a) {
            case Answer.NotAnswered ignored -> Missing.NOT_ANSWERED;
            case Answer.NotApplicable ignored -> Missing.NOT_APPLICABLE;
            case Answer.Choice(String code) when q.isDontKnow(code) -> Missing.DONT_KNOW;
            case Answer.Choice ignored when !q.type().isChoice() -> throw new IllegalArgumentException(
                    "A choice answer to the whole-number question " + q.key());
            case Answer.WholeNumber ignored when q.type().isChoice() -> throw new IllegalArgumentException(
                    "A whole-number answer to the choice question " + q.key());
            default -> null;
        };
    }

    private static String describe(Missing reason) {
        return switch (reason) {
            case NOT_ANSWERED -> "not answered";
            case NOT_APPLICABLE -> "not applicable";
            case DONT_KNOW -> "Ved ikke";
        };
    }

    private static void requireLevel(Question q, String code, String what) {
        if (q.option(code).isEmpty() || q.isDontKnow(code)) {
            throw new IllegalArgumentException("'" + code + "' cannot be the " + what + " of " + q.key()
                    + "; its answers are " + String.join(", ", levels(q)));
        }
    }
}
