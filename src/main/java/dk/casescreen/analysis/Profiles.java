package dk.casescreen.analysis;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.Intervals;
import dk.casescreen.stats.TestResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Builds profiles: counts, shares and 95% Wilson intervals (Wilson 1927; R's
 * {@code prop.test(x, n, correct = FALSE)$conf.int}) of every answer to every question.
 */
public final class Profiles {

    private Profiles() {
    }

    /** The profile of all cases in the table. */
    public static Profile of(CaseTable cases, String scope) {
        int[] all = new int[cases.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return of(cases, all, scope);
    }

    /** The profile of the cases for which {@code subgroup} holds. */
    public static Profile of(CaseTable cases, String scope, Predicate<CaseRecord> subgroup) {
        List<CaseRecord> records = cases.records();
        return of(cases, IntStream.range(0, cases.size()).filter(i -> subgroup.test(records.get(i))).toArray(), scope);
    }

    /** One profile per municipality, by municipality code, in order of first appearance. */
    public static Map<String, Profile> byMunicipality(CaseTable cases) {
        Map<String, IntStream.Builder> groups = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            groups.computeIfAbsent(cases.municipalityCode(i), k -> IntStream.builder()).add(i);
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        groups.forEach((code, rows) -> profiles.put(code, of(cases, rows.build().toArray(), code)));
        return profiles;
    }

    /** The profile of the cases {@code rows} of the table. */
    static Profile of(CaseTable cases, int[] rows, String scope) {
        List<QuestionProfile> questions = new ArrayList<>();
        for (Question q : cases.sheet().questions()) {
            questions.add(question(q, cases.column(q.key()), rows));
        }
        return new Profile(scope, rows.length, questions, cases.origin());
    }

    static QuestionProfile question(Question q, AnswerColumn column, int[] rows) {
        long notAnswered = 0;
        long notApplicable = 0;
        long dontKnow = 0;
        long[] optionCounts = new long[q.options().size()];
        long others = 0;
        int[] numbers = new int[rows.length];
        int numberCount = 0;
        for (int r : rows) {
            int option = column.option(r);
            if (option >= 0) {
                optionCounts[option]++;
                continue;
            }
            switch (column.answer(r)) {
                case Answer.Choice(String code) -> {
                    others++;
                    dontKnow += q.isDontKnow(code) ? 1 : 0;
                }
                case Answer.WholeNumber(int value) -> numbers[numberCount++] = value;
                case Answer.NotAnswered ignored -> notAnswered++;
                case Answer.NotApplicable ignored -> notApplicable++;
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int o = 0; o < optionCounts.length; o++) {
            counts.put(q.options().get(o).code(), optionCounts[o]);
            dontKnow += q.options().get(o).dontKnow() ? optionCounts[o] : 0;
        }
        long answered = q.type().isChoice() ? Arrays.stream(optionCounts).sum() + others : numberCount;
        List<AnswerShare> shares = new ArrayList<>();
        for (AnswerOption option : q.options()) {
            // a question the sheet version retires is counted but not made a share of anything
            shares.add(q.isRetired() ? new AnswerShare(option.code(), counts.get(option.code()), 0, Double.NaN, Double.NaN,
                    Double.NaN) : share(option.code(), counts.get(option.code()), answered));
        }
        Optional<NumberSummary> summary = q.type().isChoice() ? Optional.empty()
                : Optional.of(NumberSummary.of(Arrays.copyOf(numbers, numberCount)));
        return new QuestionProfile(q, shares, answered, dontKnow, notAnswered, notApplicable, summary, q.published());
    }

    /** The share {@code count / n} with its 95% Wilson interval ({@link Intervals#wilson}; NaN when n is 0). */
    public static AnswerShare share(String code, long count, long n) {
        if (n == 0) {
            return new AnswerShare(code, count, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        TestResult ci = Intervals.wilson(count, n, 0.95);
        return new AnswerShare(code, count, n, ci.estimate(), ci.confLow(), ci.confHigh());
    }
}
