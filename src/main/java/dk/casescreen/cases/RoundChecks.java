package dk.casescreen.cases;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.sheet.AnswerType;
import dk.casescreen.sheet.Question;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that the records of the same citizen (municipality and case number) in two screening
 * rounds agree: the gender is the same, and the age has grown by the whole years between the two
 * screening dates, give or take one.
 */
public final class RoundChecks {

    /** The key of the gender question. */
    static final String GENDER = "gender";
    /** The key of the age question. */
    static final String AGE = "age";

    private RoundChecks() {
    }

    /**
     * The warnings for every citizen in both tables: {@link Rule#GENDER_CHANGED} when the gender
     * answers differ, {@link Rule#AGE_NOT_GROWN} when both ages and both dates are known and the age
     * has not grown by the whole years between the dates ±1. Each is located at the later record and
     * names the earlier record's location; it shows no more of the records than the two values. A
     * sheet without the question skips its check.
     */
    public static List<Problem> between(CaseTable earlier, CaseTable later) {
        List<Problem> problems = new ArrayList<>();
        int n = earlier.size();
        CaseKeys keys = new CaseKeys(new CaseKeys.Keys() {
            @Override
            public int round(int r) {
                return 0;
            }

            @Override
            public String municipality(int r) {
                return r < n ? earlier.municipalityCode(r) : later.municipalityCode(r - n);
            }

            @Override
            public String caseNumber(int r) {
                return r < n ? earlier.caseNumber(r) : later.caseNumber(r - n);
            }
        }, n);
        for (int i = 0; i < n; i++) {
            keys.putIfAbsent(i);
        }
        Optional<Question> gender = question(earlier, GENDER).filter(q -> q.type().isChoice());
        Optional<Question> age = question(earlier, AGE).filter(q -> q.type() == AnswerType.WHOLE_NUMBER);
        AnswerColumn genderBefore = gender.map(q -> earlier.column(q.key())).orElse(null);
        AnswerColumn genderAfter = gender.flatMap(q -> question(later, q.key())).map(q -> later.column(q.key())).orElse(null);
        AnswerColumn ageBefore = age.map(q -> earlier.column(q.key())).orElse(null);
        AnswerColumn ageAfter = age.flatMap(q -> question(later, q.key())).map(q -> later.column(q.key())).orElse(null);
        for (int j = 0; j < later.size(); j++) {
            int i = keys.putIfAbsent(n + j);
            if (i < 0 || i >= n) {
                continue;
            }
            if (genderAfter != null) {
                int before = genderBefore.option(i);
                int after = genderAfter.option(j);
                if (before >= 0 && after >= 0 && before != after) {
                    Question q = gender.get();
                    String value = q.codes().get(after);
                    problems.add(Rule.GENDER_CHANGED.problem(later.source(j), RecordParser.label(q), value,
                            label(q, after), label(q, before), where(earlier.source(i))));
                }
            }
            if (ageAfter != null && ageBefore.option(i) == AnswerColumn.NUMBER && ageAfter.option(j) == AnswerColumn.NUMBER
                    && earlier.epochDay(i) != RoundIndex.NO_DATE && later.epochDay(j) != RoundIndex.NO_DATE) {
                long years = ChronoUnit.YEARS.between(LocalDate.ofEpochDay(earlier.epochDay(i)), LocalDate.ofEpochDay(later.epochDay(j)));
                int before = ageBefore.number(i);
                int after = ageAfter.number(j);
                long grown = (long) after - before;
                if (grown < years - 1 || grown > years + 1) {
                    problems.add(Rule.AGE_NOT_GROWN.problem(later.source(j), RecordParser.label(age.get()),
                            Integer.toString(after), after, before, where(earlier.source(i)), years,
                            before + years - 1, before + years + 1));
                }
            }
        }
        return problems;
    }

    private static Optional<Question> question(CaseTable table, String key) {
        return table.sheet().questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    private static Text label(Question q, int option) {
        return q.options().get(option).label();
    }

    private static Text where(Location l) {
        return new Text(l.describe(Language.DA), l.describe(Language.EN));
    }
}
