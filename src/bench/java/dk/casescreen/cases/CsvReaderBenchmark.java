package dk.casescreen.cases;

import dk.casescreen.bench.SyntheticFolder;
import dk.casescreen.reference.synth.SyntheticFiles;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reading thread's share of loading a CSV alone, on one thread: split the synthetic file of {@code cases}
 * cases (as {@code ScaleBenchmark} makes it) into rows of cells, number the repeated texts, and give each row
 * back as the loader does. {@code ScaleBenchmark.load} times the whole load, this thread and the checking one
 * together; this one tells a change to the reading thread from the noise of the other. Run with e.g.
 * {@code scripts/bench -f 1 -wi 3 -i 5 CsvReaderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvReaderBenchmark {

    /** The number of synthetic cases. */
    @Param({"100000"})
    public int cases;

    private Path folder;

    /** Writes the data set to a temporary folder. */
    @Setup
    public void generate() throws IOException {
        folder = SyntheticFolder.write(cases);
    }

    /** Removes the temporary folder. */
    @TearDown
    public void remove() throws IOException {
        SyntheticFolder.remove(folder);
    }

    /** Reads every row of the CSV into cells; returns the number of cells. */
    @Benchmark
    public long readRows(Blackhole sink) {
        long cells = 0;
        try (CsvRowReader reader = CsvRowReader.open(folder.resolve(SyntheticFiles.CASES), "cases.csv", InputLimits.DEFAULT)) {
            for (RawRow row = reader.next(); row != null; row = reader.next()) {
                sink.consume(row.cell(0));
                cells += row.cells().length;
                reader.recycle(row);
            }
        }
        return cells;
    }
}
