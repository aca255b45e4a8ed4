package dk.casescreen.bench;

import dk.casescreen.cases.LoadResult;
import dk.casescreen.reference.ReferenceData;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Loading and validating the built-in reference data (683 synthetic cases, CSV) through the ordinary loader. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {

    /** Copies the shipped CSV out of the jar, loads and validates it. */
    @Benchmark
    public LoadResult loadReferenceCases() {
        return ReferenceData.builtIn().load();
    }
}
