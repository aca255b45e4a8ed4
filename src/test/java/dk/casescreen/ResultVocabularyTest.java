package dk.casescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.analysis.ActionOpportunities;
import dk.casescreen.analysis.Analyses;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.AnswerShare;
import dk.casescreen.analysis.Effect;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.Prevalence;
import dk.casescreen.analysis.Profile;
import dk.casescreen.stats.Coefficient;
import dk.casescreen.stats.FisherResult;
import dk.casescreen.stats.ModelFit;
import dk.casescreen.stats.TestResult;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * One result vocabulary (STYLE.md): the records of stats, analysis and reference name intervals,
 * levels and p-values alike ({@code estimate}, {@code confLow}, {@code confHigh}, {@code confLevel},
 * {@code pValue}, {@code pAdjusted}, {@code method}), and the main results render themselves as tidy
 * tables with broom's column names.
 */
class ResultVocabularyTest {

    /** Names another record of the code base once used for what the vocabulary names otherwise. */
    private static final Set<String> RETIRED = Set.of("ciLow", "ciHigh", "low", "high", "lower", "upper", "level",
            "measure", "pvalue", "pval", "adjustedP", "pAdj", "confidenceLevel");

    @Test
    void noRecordUsesARetiredName() throws IOException, ClassNotFoundException {
        List<String> offending = new ArrayList<>();
        for (String pkg : List.of("stats", "analysis", "reference", "followup")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/dk/casescreen", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String name = f.getFileName().toString().replace(".java", "");
                    if (name.equals("package-info") || name.equals("module-info")) {
                        continue;
                    }
                    Class<?> c = Class.forName("dk.casescreen." + pkg + "." + name);
                    if (c.isRecord()) {
                        for (RecordComponent rc : c.getRecordComponents()) {
                            if (RETIRED.contains(rc.getName())) {
                                offending.add(c.getSimpleName() + "." + rc.getName());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void resultsRenderAsTidyTables() {
        Analysis a = Analyses.synthetic();
        HypothesisResult h = a.hypotheses().getFirst();
        Effect e = a.hypotheses().stream().flatMap(r -> r.effect().stream()).findFirst().orElseThrow();
        Prevalence p = h.prevalence();
        AnswerShare s = a.profile().questions().getFirst().answers().getFirst();
        hasColumns(e.asTable(), 1, "term", "estimate", "p.value", "conf.low", "conf.high", "conf.level", "method", "n");
        assertEquals(e.estimate(), e.asTable().doubleColumn("estimate").get(0));
        hasColumns(p.asTable(), 1, "estimate", "conf.low", "conf.high", "conf.level", "method", "n");
        hasColumns(s.asTable(), 1, "answer", "count", "n", "estimate", "conf.low", "conf.high", "conf.level");
        hasColumns(h.asTable(), 1, "hypothesis", "estimate", "conf.low", "conf.high", "p.value", "p.adjusted", "verdict");
        hasColumns(a.hypothesesTable(), a.hypotheses().size(), "hypothesis", "estimate", "p.adjusted");
        hasColumns(HypothesisResult.asTable(a.hypotheses()), a.hypotheses().size(), "hypothesis");
        long shares = a.profile().questions().stream().mapToLong(q -> q.answers().size()).sum();
        hasColumns(a.profile().asTable(), (int) shares, "scope", "question", "answer", "estimate", "conf.low");
        hasColumns(Profile.asTable(List.copyOf(a.byMunicipality().values())), -1, "scope", "question", "answer", "estimate");
        ActionOpportunities o = a.opportunities();
        hasColumns(o.asTable(), o.counts().size(), "scope", "opportunity", "count", "n", "estimate");
        hasColumns(a.cost().asTable(), -1, "scope", "group", "count", "total", "estimate", "conf.low", "conf.high",
                "conf.level", "median", "method");
        hasColumns(a.cost().ratiosTable(), a.hypotheses().size(), "hypothesis", "estimate", "conf.low", "conf.high",
                "p.value", "p.adjusted", "method");
        hasColumns(dk.casescreen.analysis.MunicipalityCost.asTable(a.cost().perPopulation()), a.cost().perPopulation().size(),
                "municipality", "rank", "estimate", "conf.low", "conf.high", "conf.level");
        TestResult t = h.association().orElseThrow();
        hasColumns(t.asTable(), 1, "estimate", "statistic", "p.value", "parameter", "conf.low", "conf.high", "method",
                "alternative");
        Coefficient c = Coefficient.logOdds("sexMale", 0.5, 0.2, 0.95);
        hasColumns(c.asTable(), 1, "term", "estimate", "std.error", "statistic", "p.value", "conf.low", "conf.high");
        FisherResult f = dk.casescreen.stats.Tests.fisherExact(
                dk.casescreen.stats.ContingencyTable.of(new long[][] {{3, 1}, {1, 3}}), dk.casescreen.stats.FisherOptions.defaults());
        hasColumns(f.asTable(), 1, "estimate", "p.value", "conf.low", "conf.high", "method");
    }

    @Test
    void resultsReadShortly() {
        Coefficient c = Coefficient.logOdds("sexMale", 0.5, 0.2, 0.95);
        assertTrue(c.toString().startsWith("sexMale: estimate 0.5 (se 0.2), z 2.5, p = 0.0124, odds ratio 1.65 (95% CI"),
                c.toString());
        Analysis a = Analyses.synthetic();
        for (HypothesisResult h : a.hypotheses()) {
            assertTrue(h.toString().startsWith(h.spec().id() + ": "), h.toString());
            assertTrue(h.toString().length() < 400, h.toString());
            h.effect().ifPresent(e -> assertTrue(e.toString().matches("odds ratio \\S+ \\(95% CI \\S+ to \\S+\\), p = \\S+, n = \\d+"),
                    e.toString()));
        }
        String prevalence = a.hypotheses().getFirst().prevalence().toString();
        assertTrue(prevalence.matches("\\d+\\.\\d% \\(95% CI \\d+\\.\\d% to \\d+\\.\\d%\\), \\d+ of \\d+"), prevalence);
        assertTrue(a.hypotheses().getFirst().association().orElseThrow().toString().contains("p = "));
    }

    private static void hasColumns(Table t, int rows, String... names) {
        assertTrue(t.columnNames().containsAll(List.of(names)), t.columnNames().toString());
        if (rows >= 0) {
            assertEquals(rows, t.rowCount(), t.name());
        }
    }

    /** Keeps {@link ModelFit} in the vocabulary: its table has broom's names. */
    @Test
    void modelFitsUseBroomNames() {
        Analysis a = Analyses.synthetic();
        assertTrue(a.hypotheses().stream().anyMatch(h -> h.effect().isPresent()));
        ModelFit fit = dk.casescreen.stats.Models.logistic(new int[] {0, 1, 0, 1, 1, 0, 1, 0},
                new double[][] {{0}, {1}, {1}, {1}, {0}, {0}, {1}, {0}}, List.of("x"));
        assertEquals(List.of("term", "estimate", "std.error", "statistic", "p.value", "odds.ratio", "conf.low",
                "conf.high", "coef.type"), fit.asTable().columnNames());
    }
}
