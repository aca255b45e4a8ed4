package dk.casescreen.analysis;

import dk.casescreen.Language;
import dk.casescreen.Text;
import dk.casescreen.cases.DataOrigin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pooled benchmark: aggregate counts of the screened cases of at least three municipalities, made with
 * {@link Benchmarks#of} and written and read with {@link BenchmarkJson}. It holds no count, name or code of
 * any single municipality, and every count of 1 to threshold−1 cases, and every count from which such a
 * count could be worked out, is suppressed.
 *
 * <p>The counts are of the <em>screened</em> cases: every case whose cost band is not "under 2,0 mio. kr."
 * (cases with no cost band answered are screened cases, as in {@link Analyses#run}). Comparison cases below
 * 2 mio. kr. are not in any other count; their number is {@link #comparisonCases()}.
 *
 * @param title            the title the benchmark was given
 * @param origin           observed or synthetic (synthetic when any input case is)
 * @param sheetId          the id of the sheet the cases were read against
 * @param sheetVersion     its version
 * @param firstScreening   the earliest screening date of the cases, where any is known
 * @param lastScreening    the latest screening date
 * @param municipalities   the number of municipalities (at least 3)
 * @param screenedCases    the number of screened cases
 * @param comparisonCases  the number of comparison cases below 2 mio. kr. (counted apart)
 * @param threshold        the disclosure threshold used: counts of 1 to threshold−1 are suppressed
 * @param questions        the counts per question and answer, in sheet order
 * @param hypotheses       the counts per hypothesis, exposed and unexposed, per cost band
 * @param notes            notes made when reading (e.g. questions dropped when mapping to another sheet)
 */
public record Benchmark(String title, DataOrigin origin, String sheetId, String sheetVersion,
                        Optional<LocalDate> firstScreening, Optional<LocalDate> lastScreening, int municipalities,
                        BenchmarkCount screenedCases, BenchmarkCount comparisonCases, int threshold,
                        List<QuestionCounts> questions, List<HypothesisCounts> hypotheses, List<Text> notes) {

    /** The fewest municipalities a benchmark may pool. */
    public static final int MINIMUM_MUNICIPALITIES = 3;

    /** Checks and copies. */
    public Benchmark {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sheetId, "sheetId");
        Objects.requireNonNull(sheetVersion, "sheetVersion");
        Objects.requireNonNull(firstScreening, "firstScreening");
        Objects.requireNonNull(lastScreening, "lastScreening");
        Objects.requireNonNull(screenedCases, "screenedCases");
        Objects.requireNonNull(comparisonCases, "comparisonCases");
        if (municipalities < MINIMUM_MUNICIPALITIES) {
            throw new IllegalArgumentException(tooFew(municipalities).en());
        }
        if (threshold < 3) {
            throw new IllegalArgumentException("The disclosure threshold " + threshold + " is below 3");
        }
        questions = List.copyOf(questions);
        hypotheses = List.copyOf(hypotheses);
        notes = List.copyOf(notes);
    }

    /** The refusal for too few municipalities, in Danish and English. */
    static Text tooFew(int municipalities) {
        return new Text("En benchmark kræver mindst " + MINIMUM_MUNICIPALITIES + " kommuner; data har "
                + municipalities + (municipalities == 1 ? " kommune" : " kommuner"),
                "A benchmark needs at least " + MINIMUM_MUNICIPALITIES + " municipalities; the data hold "
                        + municipalities + (municipalities == 1 ? " municipality" : " municipalities"));
    }

    /** Whether the benchmark was built from synthetic data. */
    public boolean synthetic() {
        return origin.isSynthetic();
    }

    /** The title, with "SYNTETISK: " or "SYNTHETIC: " in front when the benchmark is synthetic. */
    public String labelledTitle(Language language) {
        return synthetic() ? origin.label(language) + ": " + title : title;
    }

    /** The screening dates as text: "2022-10-01", "2022-09-01–2022-10-31", or empty when none is known. */
    public String dates() {
        if (firstScreening.isEmpty()) {
            return "";
        }
        return firstScreening.equals(lastScreening) ? firstScreening.get().toString()
                : firstScreening.get() + "–" + lastScreening.orElseThrow();
    }

    /** The counts of one question, if the benchmark has it. */
    public Optional<QuestionCounts> question(String key) {
        return questions.stream().filter(q -> q.question().equals(key)).findFirst();
    }

    /** The counts of one hypothesis, if the benchmark has it. */
    public Optional<HypothesisCounts> hypothesis(String id) {
        return hypotheses.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** Every count of the benchmark, in file order. */
    public List<BenchmarkCount> counts() {
        List<BenchmarkCount> all = new ArrayList<>();
        all.add(screenedCases);
        all.add(comparisonCases);
        for (QuestionCounts q : questions) {
            all.add(q.answered());
            all.add(q.notAnswered());
            all.add(q.notApplicable());
            q.answers().forEach(a -> all.add(a.count()));
        }
        for (HypothesisCounts h : hypotheses) {
            for (BandCount b : h.bands()) {
                all.add(b.exposed());
                all.add(b.unexposed());
            }
        }
        return all;
    }

    /** The number of suppressed counts (primary and secondary). */
    public long suppressedCount() {
        return counts().stream().filter(BenchmarkCount::suppressed).count();
    }

    /** This benchmark with more notes. */
    public Benchmark withNotes(List<Text> more) {
        List<Text> all = new ArrayList<>(notes);
        all.addAll(more);
        return new Benchmark(title, origin, sheetId, sheetVersion, firstScreening, lastScreening, municipalities,
                screenedCases, comparisonCases, threshold, questions, hypotheses, all);
    }

    /**
     * The counts of one question among the screened cases. {@code answered + notAnswered + notApplicable} is
     * the number of screened cases; the answer counts add up to {@code answered} ("Ved ikke" is an answer).
     * A whole-number question (age) has no answer counts.
     *
     * @param question      the question key
     * @param answered      cases with an answer
     * @param notAnswered   cases left blank
     * @param notApplicable cases where the question does not apply
     * @param answers       one count per answer code, in sheet order
     */
    public record QuestionCounts(String question, BenchmarkCount answered, BenchmarkCount notAnswered,
                                 BenchmarkCount notApplicable, List<AnswerCount> answers) {

        /** Copies the answers. */
        public QuestionCounts {
            Objects.requireNonNull(question, "question");
            answers = List.copyOf(answers);
        }

        /** The count of one answer, if the benchmark has it. */
        public Optional<BenchmarkCount> answer(String code) {
            return answers.stream().filter(a -> a.code().equals(code)).map(AnswerCount::count).findFirst();
        }
    }

    /**
     * The count of one answer.
     *
     * @param code  the answer code
     * @param count the screened cases giving it
     */
    public record AnswerCount(String code, BenchmarkCount count) {
    }

    /**
     * The screened cases of each cost band, exposed and unexposed, under one hypothesis (cases whose exposure
     * is unknown and cases with no cost band are in neither).
     *
     * @param id       the hypothesis id, e.g. "H1"
     * @param claim    the claim
     * @param exposure the exposure in words
     * @param bands    one entry per cost band of the screened cases, in sheet order
     */
    public record HypothesisCounts(String id, Text claim, Text exposure, List<BandCount> bands) {

        /** Copies the bands. */
        public HypothesisCounts {
            Objects.requireNonNull(id, "id");
            bands = List.copyOf(bands);
        }
    }

    /**
     * Exposed and unexposed screened cases of one cost band.
     *
     * @param band      the cost band code
     * @param exposed   the exposed cases
     * @param unexposed the unexposed cases
     */
    public record BandCount(String band, BenchmarkCount exposed, BenchmarkCount unexposed) {
    }
}
