package dk.casescreen.analysis;

import dk.casescreen.cases.Answer;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * Builds profiles: counts, shares and 95% Wilson intervals (Wilson 1927; R's
 * {@code prop.test(x, n, correct = FALSE)$conf.int}) of every answer to every question.
 */
public final class Profiles {

    private Profiles() {
    }

    /** The profile of all cases in the table. */
    public static Profile of(CaseTable cases, String scope) {
        return of(cases.records(), cases, scope);
    }

    /** The profile of the cases for which {@code subgroup} holds. */
    public static Profile of(CaseTable cases, String scope, Predicate<CaseRecord> subgroup) {
        return of(cases.records().stream().filter(subgroup).toList(), cases, scope);
    }

    /** One profile per municipality, by municipality code, in order of first appearance. */
    public static Map<String, Profile> byMunicipality(CaseTable cases) {
        Map<String, List<CaseRecord>> groups = new LinkedHashMap<>();
        cases.records().forEach(r -> groups.computeIfAbsent(r.municipalityCode(), k -> new ArrayList<>()).add(r));
        Map<String, Profile> profiles = new LinkedHashMap<>();
        groups.forEach((code, records) -> profiles.put(code, of(records, cases, code)));
        return profiles;
    }

    private static Profile of(List<CaseRecord> records, CaseTable cases, String scope) {
        List<QuestionProfile> questions = new ArrayList<>();
        for (Question q : cases.sheet().questions()) {
            questions.add(question(q, records));
        }
        return new Profile(scope, records.size(), questions);
    }

    static QuestionProfile question(Question q, List<CaseRecord> records) {
        long notAnswered = 0;
        long notApplicable = 0;
        long dontKnow = 0;
        Map<String, Long> counts = new LinkedHashMap<>();
        q.codes().forEach(c -> counts.put(c, 0L));
        List<Integer> numbers = new ArrayList<>();
        for (CaseRecord r : records) {
            switch (r.answer(q.key())) {
                case Answer.Choice(String code) -> {
                    counts.merge(code, 1L, Long::sum);
                    dontKnow += q.isDontKnow(code) ? 1 : 0;
                }
                case Answer.WholeNumber(int value) -> numbers.add(value);
                case Answer.NotAnswered ignored -> notAnswered++;
                case Answer.NotApplicable ignored -> notApplicable++;
            }
        }
        long answered = q.type().isChoice() ? counts.values().stream().mapToLong(Long::longValue).sum() : numbers.size();
        List<AnswerShare> shares = new ArrayList<>();
        for (AnswerOption option : q.options()) {
            shares.add(share(option.code(), counts.get(option.code()), answered));
        }
        Optional<NumberSummary> summary = q.type().isChoice() ? Optional.empty()
                : Optional.of(NumberSummary.of(numbers.stream().mapToInt(Integer::intValue).toArray()));
        return new QuestionProfile(q, shares, answered, dontKnow, notAnswered, notApplicable, summary, q.published());
    }

    /** The share {@code count / n} with its 95% Wilson interval (NaN when n is 0). */
    public static AnswerShare share(String code, long count, long n) {
        if (n == 0) {
            return new AnswerShare(code, count, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        Interval ci = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate((int) n, (int) count, 0.05);
        // The score interval's bounds are exactly 0 and 1 at x = 0 and x = n (as R gives them).
        double low = count == 0 ? 0 : ci.getLowerBound();
        double high = count == n ? 1 : ci.getUpperBound();
        return new AnswerShare(code, count, n, (double) count / n, low, high);
    }
}
