package dk.casescreen.bench;

import dk.casescreen.analysis.CaseDesign;
import dk.casescreen.reference.ReferenceData;
import dk.casescreen.stats.ContingencyTable;
import dk.casescreen.stats.DesignMatrix;
import dk.casescreen.stats.ModelFit;
import dk.casescreen.stats.Models;
import dk.casescreen.stats.TestResult;
import dk.casescreen.stats.Tests;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue targets: exact Fisher on a 3x4 table with n = 200 in under 1 s; a proportional-odds fit with
 * 8 coefficients (and 6 thresholds) on the 683 reference cases in under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatisticsBenchmark {

    /** A 3 x 4 table of 200 cases, sparse in its last column like the screening's small categories. */
    private static final long[][] TABLE_3X4 = {{12, 8, 5, 3}, {20, 15, 9, 6}, {40, 35, 30, 17}};

    private ContingencyTable table;
    private DesignMatrix design;

    /** Builds the inputs and checks that the benchmarked calls give what they claim. */
    @Setup
    public void setUp() {
        table = ContingencyTable.of(TABLE_3X4);
        design = CaseDesign.from(ReferenceData.builtIn().cases()).outcome("cost_band")
                .predictors("target_group", "behaviour_decisive", "provider_type").dropEmptyLevels().build();
        TestResult fisher = fisherExact3x4();
        if (!fisher.method().contains("Fisher") || fisher.method().contains("simulated") || !(fisher.pValue() > 0)) {
            throw new IllegalStateException("not an exact Fisher test: " + fisher);
        }
        ModelFit fit = proportionalOdds8();
        if (fit.coefficients().size() != 8 || fit.n() < 600) {
            throw new IllegalStateException("expected 8 coefficients on about 683 cases: " + fit.coefficients().size() + ", n " + fit.n());
        }
    }

    /** Exact Fisher test (network algorithm) of a 3 x 4 table with n = 200. */
    @Benchmark
    public TestResult fisherExact3x4() {
        return Tests.fisher(table);
    }

    /** Proportional-odds fit of the cost band on target group, behaviour decisive and provider. */
    @Benchmark
    public ModelFit proportionalOdds8() {
        return Models.proportionalOdds(design);
    }
}
