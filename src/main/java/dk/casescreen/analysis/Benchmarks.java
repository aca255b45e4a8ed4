package dk.casescreen.analysis;

import dk.casescreen.Text;
import dk.casescreen.cases.Answer;
import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import dk.casescreen.disclosure.DisclosureAudit;
import dk.casescreen.disclosure.Publication;
import dk.casescreen.disclosure.Suppression;
import dk.casescreen.disclosure.SuppressionPlan;
import dk.casescreen.sheet.Question;
import dk.casescreen.sheet.ScreeningSheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link Benchmark} from the pooled cases of several municipalities: counts per question and answer
 * and per hypothesis exposure and cost band over the screened cases, protected by
 * {@link Suppression#protect} (primary suppression of counts of 1 to threshold−1, secondary suppression until
 * no small count can be worked out from the others, their margins and the other tables).
 */
public final class Benchmarks {

    /** The table of the case totals in the disclosure publication. */
    static final String CASES_TABLE = "cases";

    private Benchmarks() {
    }

    /**
     * The benchmark of the cases, with the hypotheses given (pass {@link HypothesisSpecs#builtIn} plus any of
     * the user's own).
     *
     * @param cases      the pooled cases, read against one sheet
     * @param hypotheses the hypotheses whose exposure × cost band counts to include
     * @param title      the benchmark's title
     * @param threshold  the disclosure threshold: counts of 1 to threshold−1 are suppressed (default 5, at least 3)
     * @throws IllegalArgumentException if the screened cases come from fewer than 3 municipalities (the
     *                                  message says how many), or the threshold is below 3
     * @throws dk.casescreen.disclosure.DisclosureException if no suppression pattern protects every small count
     */
    public static Benchmark of(CaseTable cases, List<HypothesisSpec> hypotheses, String title, int threshold) {
        return build(cases, hypotheses, title, threshold).benchmark();
    }

    /** A benchmark with all its cells as one publication and the status of each, for audits. */
    record Built(Benchmark benchmark, Publication publication, Map<Cell, CellStatus> plan) {

        /** The status of a cell of {@link #publication()}. */
        CellStatus status(CellRef ref) {
            return plan.get(new Cell(ref.table(), ref.row(), ref.column()));
        }
    }

    /** A cell of the benchmark, by its table, row and column. */
    record Cell(String table, String row, String column) {
    }

    /**
     * The cells of a benchmark in one publication, each with the questions that define it, so that the
     * disclosure engine protects and audits them per group of linked tables (see
     * {@link Publication#add(String, String, String, BitSet, java.util.Collection)}): each question's counts
     * with the total, each hypothesis's exposure × cost band counts with the counts of the cost band and of the
     * questions its exposure reads.
     */
    static final class Cells {
        private final Publication publication = new Publication();
        private final Map<Cell, CellRef> refs = new LinkedHashMap<>();

        Cell add(String table, String row, String column, BitSet rows, java.util.Collection<String> dimensions) {
            Cell c = new Cell(table, row, column);
            if (refs.putIfAbsent(c, publication.add(table, row, column, rows, dimensions)) != null) {
                throw new IllegalArgumentException("Cell " + c + " added twice");
            }
            return c;
        }

        Map<Cell, CellStatus> protect(int threshold) {
            SuppressionPlan plan = Suppression.protect(publication, threshold);
            DisclosureAudit.audit(publication, plan).requirePassed();
            Map<Cell, CellStatus> status = new LinkedHashMap<>();
            refs.forEach((c, ref) -> status.put(c, plan.status(ref)));
            return status;
        }

        Publication whole() {
            return publication;
        }

        int count(Cell c) {
            return refs.get(c).count();
        }
    }

    static Built build(CaseTable cases, List<HypothesisSpec> hypotheses, String title, int threshold) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A benchmark needs a title");
        }
        if (threshold < Suppression.MINIMUM_THRESHOLD) {
            throw new IllegalArgumentException("The disclosure threshold must be at least " + Suppression.MINIMUM_THRESHOLD
                    + ", not " + threshold);
        }
        ScreeningSheet sheet = cases.sheet();
        for (HypothesisSpec h : hypotheses) {
            h.checkAgainst(sheet, "Hypothesis " + h.id());
        }
        Question bandQuestion = sheet.require(HypothesisEngine.OUTCOME);
        AnswerColumn band = cases.column(bandQuestion.key());
        int n = cases.size();
        BitSet screened = new BitSet(n);
        BitSet comparison = new BitSet(n);
        Set<String> municipalities = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (int i = 0; i < n; i++) {
            if (HypothesisEngine.BELOW_TWO_MIO.equals(band.code(i))) {
                comparison.set(i);
                continue;
            }
            screened.set(i);
            municipalities.add(cases.municipalityCode(i));
            Optional<LocalDate> date = cases.record(i).screeningDate();
            if (date.isPresent()) {
                first = first == null || date.get().isBefore(first) ? date.get() : first;
                last = last == null || date.get().isAfter(last) ? date.get() : last;
            }
        }
        if (municipalities.size() < Benchmark.MINIMUM_MUNICIPALITIES) {
            Text why = Benchmark.tooFew(municipalities.size());
            throw new IllegalArgumentException(why.en() + " / " + why.da());
        }

        Cells cells = new Cells();
        Cell screenedCell = cells.add(CASES_TABLE, "screened", "count", screened, List.of());
        Cell comparisonCell = cells.add(CASES_TABLE, "comparison", "count", comparison, List.of("comparison"));

        record QuestionCells(Question q, Cell answered, Cell notAnswered, Cell notApplicable, List<Cell> answers) {
            List<Cell> all() {
                List<Cell> all = new ArrayList<>(List.of(answered, notAnswered, notApplicable));
                all.addAll(answers);
                return all;
            }
        }
        Map<String, QuestionCells> questionCells = new LinkedHashMap<>();
        for (Question q : sheet.questions()) {
            AnswerColumn column = cases.column(q.key());
            BitSet answered = new BitSet(n);
            BitSet notAnswered = new BitSet(n);
            BitSet notApplicable = new BitSet(n);
            BitSet[] options = new BitSet[q.options().size()];
            for (int o = 0; o < options.length; o++) {
                options[o] = new BitSet(n);
            }
            for (int i = screened.nextSetBit(0); i >= 0; i = screened.nextSetBit(i + 1)) {
                int option = column.option(i);
                if (option >= 0) {
                    options[option].set(i);
                    answered.set(i);
                    continue;
                }
                switch (column.answer(i)) {
                    case Answer.NotAnswered ignored -> notAnswered.set(i);
                    case Answer.NotApplicable ignored -> notApplicable.set(i);
                    default -> answered.set(i);
                }
            }
            List<Cell> answerCells = new ArrayList<>();
            for (int o = 0; o < options.length; o++) {
                answerCells.add(cells.add(q.key(), q.options().get(o).code(), "count", options[o], List.of(q.key())));
            }
            QuestionCells qc = new QuestionCells(q, cells.add(q.key(), "answered", "count", answered, List.of(q.key())),
                    cells.add(q.key(), "not_answered", "count", notAnswered, List.of(q.key())),
                    cells.add(q.key(), "not_applicable", "count", notApplicable, List.of(q.key())), answerCells);
            questionCells.put(q.key(), qc);
        }

        List<String> bands = bandQuestion.codes().stream().filter(c -> !c.equals(HypothesisEngine.BELOW_TWO_MIO)).toList();
        record HypothesisCells(HypothesisSpec spec, List<Cell[]> bands) {
        }
        List<HypothesisCells> hypothesisCells = new ArrayList<>();
        for (HypothesisSpec spec : hypotheses) {
            int[] exposure = Exposures.of(spec, sheet, cases);
            List<Cell[]> pairs = new ArrayList<>();
            Set<String> dimensions = new java.util.TreeSet<>();
            spec.exposure().forEach(c -> dimensions.add(c.questionKey()));
            dimensions.add(bandQuestion.key());
            for (String code : bands) {
                BitSet exposed = new BitSet(n);
                BitSet unexposed = new BitSet(n);
                for (int i = screened.nextSetBit(0); i >= 0; i = screened.nextSetBit(i + 1)) {
                    if (code.equals(band.code(i))) {
                        if (exposure[i] == Exposures.EXPOSED) {
                            exposed.set(i);
                        } else if (exposure[i] == Exposures.NOT_EXPOSED) {
                            unexposed.set(i);
                        }
                    }
                }
                Cell[] pair = {cells.add(spec.id(), "exposed", code, exposed, dimensions),
                    cells.add(spec.id(), "unexposed", code, unexposed, dimensions)};
                pairs.add(pair);
            }
            hypothesisCells.add(new HypothesisCells(spec, pairs));
        }

        Map<Cell, CellStatus> plan = cells.protect(threshold);

        List<Benchmark.QuestionCounts> questions = new ArrayList<>();
        for (QuestionCells qc : questionCells.values()) {
            List<Benchmark.AnswerCount> answers = new ArrayList<>();
            for (int o = 0; o < qc.answers().size(); o++) {
                answers.add(new Benchmark.AnswerCount(qc.q().options().get(o).code(), count(plan, qc.answers().get(o), cells)));
            }
            questions.add(new Benchmark.QuestionCounts(qc.q().key(), count(plan, qc.answered(), cells), count(plan, qc.notAnswered(), cells),
                    count(plan, qc.notApplicable(), cells), answers));
        }
        List<Benchmark.HypothesisCounts> hypothesisCounts = new ArrayList<>();
        for (HypothesisCells hc : hypothesisCells) {
            List<Benchmark.BandCount> bandCounts = new ArrayList<>();
            for (int b = 0; b < bands.size(); b++) {
                Cell[] pair = hc.bands().get(b);
                bandCounts.add(new Benchmark.BandCount(bands.get(b), count(plan, pair[0], cells), count(plan, pair[1], cells)));
            }
            hypothesisCounts.add(new Benchmark.HypothesisCounts(hc.spec().id(), hc.spec().claim(), hc.spec().exposureLabel(),
                    bandCounts));
        }
        return new Built(new Benchmark(title.strip(), cases.origin(), sheet.id(), sheet.version(), Optional.ofNullable(first),
                Optional.ofNullable(last), municipalities.size(), count(plan, screenedCell, cells), count(plan, comparisonCell, cells),
                threshold, questions, hypothesisCounts, List.of()), cells.whole(), plan);
    }

    /** The benchmark of the cases with the built-in hypotheses and the default threshold of 5. */
    public static Benchmark of(CaseTable cases, String title) {
        return of(cases, HypothesisSpecs.builtIn(cases.sheet()), title, Suppression.DEFAULT_THRESHOLD);
    }

    private static BenchmarkCount count(Map<Cell, CellStatus> plan, Cell cell, Cells cells) {
        CellStatus status = plan.get(cell);
        return switch (status) {
            case SHOWN -> BenchmarkCount.shown(cells.count(cell));
            case PRIMARY -> BenchmarkCount.primary();
            case SECONDARY -> BenchmarkCount.secondary();
        };
    }
}
