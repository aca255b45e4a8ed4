package dk.casescreen.bench;

import dk.casescreen.analysis.CaseDesign;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import dk.casescreen.stats.DesignMatrix;
import dk.casescreen.stats.ModelFit;
import dk.casescreen.stats.Models;
import dk.casescreen.stats.TestResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The hot steps inside the full analysis (issue 18), one at a time on {@code cases} synthetic cases
 * (seed 1, 99 fictional municipalities): building a hypothesis's design matrix from the case table,
 * the proportional-odds fit of the cost band on it, the gamma regression of the annual cost on the
 * same columns, and Kruskal-Wallis of the cost band by provider type. Run with e.g. {@code scripts/bench -f 1 -wi 3 -i 5 -p cases=100000 ModelBenchmark}; compare
 * with {@link ScaleBenchmark#analysis()} for the whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelBenchmark {

    /** The number of synthetic cases. */
    @Param({"100000"})
    public int cases;

    private CaseTable table;
    private DesignMatrix design;
    private DesignMatrix costDesign;
    private double[][] rawRows;
    private int[] rawOutcome;

    /** Generates the cases and builds the design once for the fit. */
    @Setup
    public void generate() {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        table = new CaseTable(sheet, new SyntheticGenerator(sheet).generate(new SyntheticOptions(1, cases, 99, 0, List.of()))
                .records());
        design = design();
        costDesign = costDesign(table, design);
        rawRows = design.x();
        rawOutcome = design.outcome();
    }

    /** The annual cost of the design's cases on the design's columns, as numbers (0/1 for an answer's column). */
    private static DesignMatrix costDesign(CaseTable table, DesignMatrix design) {
        int[] used = design.caseIndices();
        double[] cost = new double[used.length];
        for (int i = 0; i < used.length; i++) {
            cost[i] = table.annualCost(used[i]).map(java.math.BigDecimal::doubleValue).orElse(Double.NaN);
        }
        DesignMatrix.Builder builder = DesignMatrix.builder(used.length).numeric("cost", cost);
        List<String> names = design.columnNames();
        for (int j = 0; j < names.size(); j++) {
            builder.numeric(names.get(j), design.column(j));
        }
        return builder.numericOutcome("cost").predictors(names.toArray(String[]::new)).build();
    }

    /** The design of the cost band on a hypothesis's exposure question and the default confounders. */
    @Benchmark
    public DesignMatrix design() {
        return CaseDesign.from(table).outcome("cost_band").predictors("conviction", "target_group", "behaviour_decisive")
                .dropEmptyLevels().build();
    }

    /** The proportional-odds fit of that design. */
    @Benchmark
    public ModelFit proportionalOdds() {
        return Models.proportionalOdds(design);
    }

    /**
     * The same fit from arrays a caller made ({@code Models.proportionalOdds(y, x, names)}: a row array
     * per case, equal rows found by their values).
     */
    @Benchmark
    public ModelFit proportionalOddsOfArrays() {
        return Models.proportionalOdds(rawOutcome, rawRows, design.columnNames(), design.outcomeLevels(),
                dk.casescreen.stats.FitControl.DEFAULT);
    }

    /** The gamma regression (log link) of the annual cost on the design's columns. */
    @Benchmark
    public ModelFit gamma() {
        return Models.gamma(costDesign);
    }

    /** Kruskal-Wallis of the cost band by provider type, as bench/run's step. */
    @Benchmark
    public TestResult kruskalWallis() {
        return Steps.kruskal(table);
    }
}
