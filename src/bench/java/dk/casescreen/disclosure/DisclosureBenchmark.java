package dk.casescreen.disclosure;

import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The disclosure control of a shared report (issue 18's hot step in {@code casescreen demo}): secondary
 * suppression and the attacker's audit of a publication of overlapping tables, each answer of four
 * questions by municipality with both margins and the grand total, over {@code cases} synthetic cases
 * (seed 1) in {@code municipalities} fictional municipalities (98, as many tables as the national picture has). The
 * remembered audits ({@link AuditedGroups}) are forgotten before every call, so each call solves its programs as a
 * report's first protection does. Run with e.g. {@code scripts/bench -f 1 -wi 3 -i 5 DisclosureBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DisclosureBenchmark {

    /** The number of synthetic cases. */
    @Param({"683"})
    public int cases;

    /** The number of fictional municipalities. */
    @Param({"98"})
    public int municipalities;

    private Publication publication;
    private SuppressionPlan plan;

    /** Generates the cases and registers the tables' cells. */
    @Setup
    public void publish() {
        ScreeningSheet sheet = ScreeningSheet.builtIn();
        CaseTable table = new CaseTable(sheet, new SyntheticGenerator(sheet)
                .generate(new SyntheticOptions(1, cases, municipalities, 0, List.of())).records());
        publication = new Publication();
        for (String question : List.of("target_group", "provider_type", "cost_band", "conviction")) {
            register(publication, table, question);
        }
        plan = Suppression.protect(publication);
    }

    private static void register(Publication publication, CaseTable table, String question) {
        AnswerColumn answers = table.column(question);
        List<String> levels = table.levels(question);
        Map<String, BitSet[]> byMunicipality = new TreeMap<>();
        BitSet[] byAnswer = new BitSet[levels.size()];
        BitSet all = new BitSet();
        for (int i = 0; i < table.size(); i++) {
            int a = answers.option(i);
            if (a < 0) {
                continue;
            }
            BitSet[] row = byMunicipality.computeIfAbsent(table.municipalityCode(i), m -> new BitSet[levels.size() + 1]);
            for (int c : new int[] {a, levels.size()}) {
                (row[c] == null ? row[c] = new BitSet() : row[c]).set(i);
            }
            (byAnswer[a] == null ? byAnswer[a] = new BitSet() : byAnswer[a]).set(i);
            all.set(i);
        }
        List<String> dims = List.of(question, "municipality");
        for (Map.Entry<String, BitSet[]> m : byMunicipality.entrySet()) {
            for (int c = 0; c <= levels.size(); c++) {
                BitSet members = m.getValue()[c] == null ? new BitSet() : m.getValue()[c];
                publication.add(question, m.getKey(), c < levels.size() ? levels.get(c) : "total", members, dims);
            }
        }
        for (int c = 0; c < levels.size(); c++) {
            publication.add(question, "total", levels.get(c), byAnswer[c] == null ? new BitSet() : byAnswer[c], dims);
        }
        publication.add(question, "total", "total", all, dims);
    }

    /** Primary and secondary suppression of every table, with no audit remembered. */
    @Benchmark
    public SuppressionPlan protect() {
        AuditedGroups.forget();
        return Suppression.protect(publication);
    }

    /**
     * The attacker's audit of the finished plan: one interval per sensitive cell, with no audit remembered.
     */
    @Benchmark
    public AuditResult audit() {
        AuditedGroups.forget();
        return DisclosureAudit.audit(publication, plan);
    }
}
