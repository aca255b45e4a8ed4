package dk.casescreen.bench;

import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.reference.MunicipalityPopulation;
import dk.casescreen.reference.Municipalities;
import dk.casescreen.reference.PopulationsCsv;
import dk.casescreen.stats.ContingencyTable;
import dk.casescreen.stats.RankTests;
import dk.casescreen.stats.TestResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.IntColumn;

/**
 * The whole-process benchmark's casescreen side (bench/run): times the steps the peers also do on
 * one case file (load and validate the CSV, cross-tabulate target group by provider type with a
 * chi-square test, Kruskal-Wallis of cost band by provider type) and the full analysis, each
 * repeated in one JVM, and prints one JSON object with every time in milliseconds.
 *
 * <p>Arguments: {@code CASES.csv MUNICIPALITIES.csv REPETITIONS [STEPS]}, steps a comma-separated
 * subset of {@code load,crosstab,kruskal,analysis} (default: all). The first repetition of each
 * step runs in a fresh JVM and is reported apart as {@code first}; the others are {@code times}.
 */
public final class Steps {

    private Steps() {
    }

    /** Runs the steps; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path cases = Path.of(args[0]);
        Municipalities registry = Municipalities.danish().with(Municipalities.of(PopulationsCsv.readFile(Path.of(args[1]))
                .stream().map(MunicipalityPopulation::municipality).toList()));
        int repetitions = Integer.parseInt(args[2]);
        List<String> steps = List.of((args.length > 3 ? args[3] : "load,crosstab,kruskal,analysis").split(","));
        StringBuilder json = new StringBuilder("{");
        long before = usedHeapAfterGc();
        LoadResult result = null;
        List<Double> load = new ArrayList<>();
        for (int i = 0; i < (steps.contains("load") ? repetitions : 1); i++) {
            result = null;
            long t = System.nanoTime();
            result = Cases.csv(cases).municipalities(registry).load();
            load.add((System.nanoTime() - t) / 1e6);
        }
        CaseTable table = result.cases();
        long retained = usedHeapAfterGc() - before;
        json.append("\"cases\":").append(table.size())
                .append(",\"rejected\":").append(result.report().rejected())
                .append(",\"problems\":").append(result.report().problems().size())
                .append(",\"heap_retained_mb\":").append(String.format(Locale.ROOT, "%.1f", retained / 1048576.0))
                .append(",\"max_heap_mb\":").append(Runtime.getRuntime().maxMemory() / 1048576);
        if (steps.contains("load")) {
            times(json, "load", load);
        }
        if (steps.contains("crosstab")) {
            List<Double> t = new ArrayList<>();
            TestResult chi = null;
            for (int i = 0; i < repetitions; i++) {
                long t0 = System.nanoTime();
                chi = dk.casescreen.stats.Tests.chiSquare(ContingencyTable.of(table, "target_group", "provider_type"), false);
                t.add((System.nanoTime() - t0) / 1e6);
            }
            times(json, "crosstab", t);
            json.append(",\"chisq_statistic\":").append(chi.statistic());
        }
        if (steps.contains("kruskal")) {
            List<Double> t = new ArrayList<>();
            TestResult kw = null;
            for (int i = 0; i < repetitions; i++) {
                long t0 = System.nanoTime();
                kw = kruskal(table);
                t.add((System.nanoTime() - t0) / 1e6);
            }
            times(json, "kruskal", t);
            json.append(",\"kruskal_statistic\":").append(kw.statistic());
        }
        if (steps.contains("analysis")) {
            List<Double> t = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                long t0 = System.nanoTime();
                Analysis analysis = Analyses.run(table, Analyses.defaults(table.sheet()));
                t.add((System.nanoTime() - t0) / 1e6);
                if (analysis.hypotheses().isEmpty()) {
                    throw new IllegalStateException("no hypotheses were tested");
                }
            }
            times(json, "analysis", t);
        }
        json.append(",\"peak_heap_mb\":").append(String.format(Locale.ROOT, "%.1f", peakHeap() / 1048576.0));
        System.out.println(json.append('}'));
    }

    /** Kruskal-Wallis of the cost band (position in sheet order) by provider type, cases with both answered. */
    static TestResult kruskal(CaseTable table) {
        IntColumn band = table.ordinal("cost_band");
        IntColumn provider = table.ordinal("provider_type");
        int n = table.size();
        double[] values = new double[n];
        int[] groups = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!band.isMissing(i) && !provider.isMissing(i)) {
                values[k] = band.getInt(i);
                groups[k++] = provider.getInt(i);
            }
        }
        return RankTests.kruskalWallis(java.util.Arrays.copyOf(values, k), java.util.Arrays.copyOf(groups, k));
    }

    private static void times(StringBuilder json, String step, List<Double> times) {
        json.append(",\"").append(step).append("\":{\"first\":").append(String.format(Locale.ROOT, "%.2f", times.get(0)))
                .append(",\"times\":[");
        List<Double> rest = times.size() > 1 ? times.subList(1, times.size()) : times;
        for (int i = 0; i < rest.size(); i++) {
            json.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "%.2f", rest.get(i)));
        }
        json.append("]}");
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
