package dk.casescreen.bench;

import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.analysis.CrossTabs;
import dk.casescreen.stats.TestResult;
import dk.casescreen.stats.Tests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The steps of bench/run in JMH: load and validate a synthetic CSV of {@code cases} cases (seed 1,
 * 99 fictional municipalities, as bench/run generates them), cross-tabulate target group by
 * provider type with a chi-square test, Kruskal-Wallis of cost band by provider type, and the full
 * analysis. Run with e.g. {@code scripts/bench -f 1 -wi 3 -i 5 -p cases=683,100000 ScaleBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {

    /** The number of synthetic cases. */
    @Param({"683", "100000"})
    public int cases;

    private Path folder;
    private Municipalities registry;
    private CaseTable table;

    /** Writes the data set to a temporary folder and loads it once for the steps after loading. */
    @Setup
    public void generate() throws IOException {
        folder = SyntheticFolder.write(cases);
        registry = Municipalities.danish().with(Municipalities.of(PopulationsCsv.readFile(
                folder.resolve(SyntheticFiles.MUNICIPALITIES)).stream().map(MunicipalityPopulation::municipality).toList()));
        table = load().cases();
    }

    /** Removes the temporary folder. */
    @TearDown
    public void remove() throws IOException {
        SyntheticFolder.remove(folder);
    }

    /** Loads and validates the CSV. */
    @Benchmark
    public LoadResult load() {
        return Cases.csv(folder.resolve(SyntheticFiles.CASES)).municipalities(registry).load();
    }

    /** Cross-tabulates target group by provider type and tests it (Pearson, no continuity correction). */
    @Benchmark
    public TestResult crosstabChiSquare() {
        return Tests.chiSquare(CrossTabs.of(table, "target_group", "provider_type"), false);
    }

    /** Kruskal-Wallis of cost band by provider type. */
    @Benchmark
    public TestResult kruskalWallis() {
        return Steps.kruskal(table);
    }

    /** The whole analysis with the default options. */
    @Benchmark
    public Analysis analysis() {
        return Analyses.run(table, Analyses.defaults(table.sheet()));
    }
}
