package dk.casescreen.bench;

import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.cases.Municipalities;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.analysis.CrossTabs;
import dk.casescreen.stats.RankTests;
import dk.casescreen.stats.TestResult;
import dk.casescreen.stats.Tests;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The whole-process benchmark's casescreen side (bench/run): times the steps the peers also do on
 * one case file (load and validate the CSV, cross-tabulate target group by provider type with a
 * chi-square test, Kruskal-Wallis of cost band by provider type) and the full analysis, each
 * repeated in one JVM, and prints one JSON object with every time in milliseconds.
 *
 * <p>Arguments: {@code CASES.csv MUNICIPALITIES.csv REPETITIONS [STEPS]}, steps a comma-separated
 * subset of {@code load,crosstab,kruskal,analysis} (default: all; {@code load} also times reading the
 * file's bytes once, {@code read_bytes}, the physical limit of loading). The first run of each step
 * (cold, in a fresh JVM) is reported apart as {@code first}; after a warm-up (at least two seconds and at
 * least ten runs, so that a short step on a million cases runs compiled, but never beyond twenty seconds)
 * the timed runs are {@code times} (at least {@value #SHORT_STEP_REPETITIONS} of the short cross-tab and
 * Kruskal-Wallis steps, whose medians would otherwise move with the machine's noise), with the JVM's CPU
 * time over each of them in {@code cpu} (every thread, as the operating system counts it: in clock ticks of
 * 10 ms on Linux, so only telling for the long steps; -1 where the JVM cannot tell it).
 */
public final class Steps {

    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final int WARM_UP_MIN_RUNS = 10;
    private static final long WARM_UP_MAX_NANOS = 20_000_000_000L;
    private static final int WARM_UP_RUNS = 500;
    /** The least number of timed runs of the short steps (cross-tab + chi-square, Kruskal-Wallis). */
    private static final int SHORT_STEP_REPETITIONS = 50;

    private Steps() {
    }

    /** Runs the steps; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path cases = Path.of(args[0]);
        Municipalities registry = Municipalities.danish().with(Municipalities.of(PopulationsCsv.readFile(Path.of(args[1]))
                .stream().map(MunicipalityPopulation::municipality).toList()));
        int repetitions = Integer.parseInt(args[2]);
        // the steps of micro- to milliseconds repeated more often: their medians move with the machine's noise
        int shortRepetitions = Math.max(repetitions, SHORT_STEP_REPETITIONS);
        List<String> steps = List.of((args.length > 3 ? args[3] : "load,crosstab,kruskal,analysis").split(","));
        StringBuilder json = new StringBuilder("{");
        long before = usedHeapAfterGc();
        LoadResult[] last = new LoadResult[1];
        Timed load = time(() -> {
            last[0] = null; // as a user holds one load at a time
            return last[0] = Cases.csv(cases).municipalities(registry).load();
        },
                steps.contains("load") ? repetitions : 0);
        LoadResult result = last[0];
        CaseTable table = result.cases();
        long retained = usedHeapAfterGc() - before;
        json.append("\"cases\":").append(table.size())
                .append(",\"rejected\":").append(result.report().rejected())
                .append(",\"problems\":").append(result.report().problems().size());
        // the case table alone, as an analysis holds it once the report is read (issue 18, point 5)
        last[0] = null;
        result = null;
        long tableOnly = usedHeapAfterGc() - before;
        json.append(",\"table_bytes_per_case\":").append(String.format(Locale.ROOT, "%.1f", tableOnly / (double) Math.max(1, table.size())))
                .append(",\"heap_retained_mb\":").append(String.format(Locale.ROOT, "%.1f", retained / 1048576.0))
                .append(",\"max_heap_mb\":").append(Runtime.getRuntime().maxMemory() / 1048576);
        if (steps.contains("load")) {
            load.write(json, "load");
            // the physical limit of loading: the file's bytes read once into a buffer, nothing parsed
            time(() -> readBytes(cases), repetitions).write(json, "read_bytes");
        }
        if (steps.contains("crosstab")) {
            TestResult chi = Tests.chiSquare(CrossTabs.of(table, "target_group", "provider_type"), false);
            time(() -> Tests.chiSquare(CrossTabs.of(table, "target_group", "provider_type"), false), shortRepetitions)
                    .write(json, "crosstab");
            json.append(",\"chisq_statistic\":").append(chi.statistic());
        }
        if (steps.contains("kruskal")) {
            time(() -> kruskal(table), shortRepetitions).write(json, "kruskal");
            json.append(",\"kruskal_statistic\":").append(kruskal(table).statistic());
        }
        if (steps.contains("analysis")) {
            time(() -> {
                Analysis analysis = Analyses.run(table, Analyses.defaults(table.sheet()));
                if (analysis.hypotheses().isEmpty()) {
                    throw new IllegalStateException("no hypotheses were tested");
                }
                return analysis;
            }, repetitions).write(json, "analysis");
        }
        json.append(",\"peak_heap_mb\":").append(String.format(Locale.ROOT, "%.1f", peakHeap() / 1048576.0));
        System.out.println(json.append('}'));
    }

    /** The first (cold) run and the timed runs after the warm-up, in milliseconds. */
    private record Timed(double first, List<Double> times, List<Double> cpu) {
        void write(StringBuilder json, String step) {
            json.append(",\"").append(step).append("\":{\"first\":").append(String.format(Locale.ROOT, "%.3f", first));
            list(json, "times", times);
            list(json, "cpu", cpu);
            json.append("}");
        }

        private static void list(StringBuilder json, String name, List<Double> values) {
            json.append(",\"").append(name).append("\":[");
            for (int i = 0; i < values.size(); i++) {
                json.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "%.3f", values.get(i)));
            }
            json.append("]");
        }
    }

    /**
     * Runs {@code step} once cold, then untimed until {@link #WARM_UP_NANOS} have passed since the start and
     * {@link #WARM_UP_MIN_RUNS} runs were made (the JIT compiles a loop after enough runs of it, not after
     * enough seconds), at most {@link #WARM_UP_RUNS} runs and {@link #WARM_UP_MAX_NANOS}, then
     * {@code repetitions} timed runs.
     */
    private static Timed time(Supplier<?> step, int repetitions) {
        long start = System.nanoTime();
        Object sink = step.get();
        double first = (System.nanoTime() - start) / 1e6;
        for (int i = 0; repetitions > 0 && i < WARM_UP_RUNS; i++) {
            long elapsed = System.nanoTime() - start;
            if (elapsed >= WARM_UP_MAX_NANOS || (elapsed >= WARM_UP_NANOS && i >= WARM_UP_MIN_RUNS)) {
                break;
            }
            sink = step.get();
        }
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long c = processCpuNanos();
            long t = System.nanoTime();
            sink = step.get();
            times.add((System.nanoTime() - t) / 1e6);
            long after = processCpuNanos();
            cpu.add(c < 0 || after < 0 ? -1 : (after - c) / 1e6);
        }
        if (sink == null) {
            throw new IllegalStateException("a step gave no result");
        }
        return new Timed(first, times, cpu);
    }

    /** Kruskal-Wallis of the cost band (position in sheet order) by provider type, cases with both answered. */
    static TestResult kruskal(CaseTable table) {
        AnswerColumn band = table.column("cost_band");
        AnswerColumn provider = table.column("provider_type");
        int n = table.size();
        double[] values = new double[n];
        int[] groups = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int b = band.option(i);
            int p = provider.option(i);
            if (b >= 0 && p >= 0) {
                values[k] = b;
                groups[k++] = p;
            }
        }
        return RankTests.kruskalWallis(java.util.Arrays.copyOf(values, k), java.util.Arrays.copyOf(groups, k));
    }

    /**
     * The CPU time of the whole JVM so far (every thread: the step's, the collector's, the compilers'), in
     * nanoseconds, or -1 where the JVM cannot tell it.
     */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }

    /** Reads the file's bytes once, in blocks of a mebibyte, and returns how many there were. */
    static Long readBytes(Path file) {
        byte[] block = new byte[1 << 20];
        long total = 0;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                total += n;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return total;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
