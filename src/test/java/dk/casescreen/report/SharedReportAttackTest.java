package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Language;
import dk.casescreen.analysis.AnalysisOptions;
import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.analysis.HypothesisSpecs;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.analysis.OpportunityDefinitions;
import dk.casescreen.cases.Cases;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.disclosure.CellStatus;
import dk.casescreen.reference.synth.SyntheticDataSet;
import dk.casescreen.reference.synth.SyntheticFiles;
import dk.casescreen.reference.synth.SyntheticGenerator;
import dk.casescreen.reference.synth.SyntheticOptions;
import dk.casescreen.sheet.ScreeningSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks a shared report built on crafted data: seven municipalities with so few cases that most
 * counts are 1 to 4. The attacker reads only what the HTML shows (every count and denominator in its
 * tables) and works out, by its own linear programs over the tables linked to each small count, how
 * narrowly it can be pinned down. Nothing may be recovered: every small count keeps at least
 * five possible values, and no chart, text or table shows a hidden count.
 */
class SharedReportAttackTest {

    private static final ScreeningSheet SHEET = ScreeningSheet.builtIn();
    private static final List<HypothesisSpec> HYPOTHESES = HypothesisSpecs.builtIn(SHEET);
    private static final List<OpportunityDefinition> OPPORTUNITIES = OpportunityDefinitions.builtIn(SHEET);
    private static final int THRESHOLD = 5;
    private static final Pattern SHOWN = Pattern.compile("data-cell=\"([^\"]*)\" data-count=\"(\\d+)\"(?: data-n=\"(\\d+)\" data-n-cell=\"([^\"]*)\")?");
    private static final Pattern HIDDEN = Pattern.compile("data-cell=\"([^\"]*)\" data-status=\"(primary|secondary)\">([^<]*)<");

    @TempDir
    static Path dir;
    private static LoadResult loaded;
    private static SyntheticDataSet data;

    @BeforeAll
    static void craft() throws IOException {
        data = new SyntheticGenerator(SHEET).generate(new SyntheticOptions(31, 84, 7, 0, List.of()));
        Path folder = SyntheticFiles.write(data, SHEET, dir.resolve("crafted"));
        loaded = Cases.csv(folder).municipalities(data.municipalities()).load();
    }

    private static HtmlReport.Rendered render(List<String> own, Disclosure disclosure) {
        ReportInput in = ReportBuilder.build(loaded.cases(), loaded.report(), own, "test",
                AnalysisOptions.defaults(SHEET).withPopulations(data.populations()), disclosure, Language.DA);
        return HtmlReport.renderWithCells(in);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Every count the HTML shows, by cell. */
    private static Map<String, Long> shownInHtml(String html) {
        Map<String, Long> shown = new LinkedHashMap<>();
        Matcher m = SHOWN.matcher(html);
        while (m.find()) {
            shown.put(unescape(m.group(1)), Long.parseLong(m.group(2)));
            if (m.group(3) != null) {
                shown.put(unescape(m.group(4)), Long.parseLong(m.group(3)));
            }
        }
        return shown;
    }

    private static String id(CellRef c) {
        return c.table() + " | " + c.row() + " | " + c.column();
    }

    @Test
    void theCraftedDataHaveManySmallCounts() {
        HtmlReport.Rendered r = render(List.of("901", "902"), Disclosure.shared(THRESHOLD));
        assertTrue(r.plan().primary().size() >= 30, "only " + r.plan().primary().size() + " small counts: the attack would prove little");
        assertFalse(r.plan().secondary().isEmpty(), "differencing needs secondary suppression");
    }

    @Test
    void theHtmlShowsNoHiddenCountAndNoWrongOne() {
        HtmlReport.Rendered r = render(List.of("901", "902"), Disclosure.shared(THRESHOLD));
        Map<String, Long> shown = shownInHtml(r.html());
        Map<String, CellRef> byId = new HashMap<>();
        r.publication().cells().forEach(c -> byId.put(id(c), c));
        assertFalse(shown.isEmpty());
        for (Map.Entry<String, Long> e : shown.entrySet()) {
            CellRef c = byId.get(e.getKey());
            assertTrue(c != null, "a count in the HTML that is not a published cell: " + e.getKey());
            assertEquals(CellStatus.SHOWN, r.plan().status(c), "a suppressed count is in the HTML: " + e.getKey());
            assertEquals(c.count(), e.getValue().longValue(), e.getKey());
        }
        Matcher m = HIDDEN.matcher(r.html());
        int marks = 0;
        while (m.find()) {
            CellRef c = byId.get(unescape(m.group(1)));
            String mark = unescape(m.group(3));
            marks++;
            if (mark.equals("<" + THRESHOLD)) {
                assertEquals(CellStatus.PRIMARY, r.plan().status(c), "'<5' for a cell that is not small: " + m.group(1));
                assertTrue(c.count() >= 1 && c.count() < THRESHOLD, "'<5' for a count of " + c.count());
            } else {
                assertEquals("·", mark);
                assertEquals(CellStatus.SECONDARY, r.plan().status(c), m.group(1));
            }
        }
        assertTrue(marks > 0, "no suppressed cell is marked in the HTML");
    }

    @Test
    void aCountOfFiveOrMoreIsNeverMarkedAsSmall() {
        HtmlReport.Rendered r = render(List.of("901", "902"), Disclosure.shared(THRESHOLD));
        for (CellRef c : r.publication().cells()) {
            if (c.count() >= THRESHOLD || c.count() == 0) {
                assertTrue(r.plan().status(c) != CellStatus.PRIMARY, id(c) + " = " + c.count() + " marked as small");
            } else {
                assertEquals(CellStatus.PRIMARY, r.plan().status(c), id(c) + " = " + c.count() + " shown");
            }
        }
    }

    @Test
    void anAttackerReadingTheHtmlPinsNoSmallCount() {
        HtmlReport.Rendered r = render(List.of("901", "902"), Disclosure.shared(THRESHOLD));
        Map<String, Long> shown = shownInHtml(r.html());
        List<CellRef> cells = r.publication().cells();
        List<CellRef> known = new ArrayList<>();
        for (CellRef c : cells) {
            if (shown.containsKey(id(c)) || r.plan().status(c) == CellStatus.SHOWN) {
                known.add(c);
            }
        }
        for (CellRef p : r.plan().primary()) {
            double[] interval = new Attacker(linked(p, known), loaded.cases().size()).interval(p);
            assertTrue(interval[1] - interval[0] >= THRESHOLD - 1e-6, id(p) + " (" + p.count() + ") can be worked out to "
                    + interval[0] + "–" + interval[1]);
        }
    }

    @Test
    void theInternalEditionShowsTheOwnCountsAndProtectsTheOthers() {
        HtmlReport.Rendered r = render(List.of("901"), Disclosure.internal());
        BitSet own = new dk.casescreen.analysis.CaseSets(loaded.cases()).municipality("901");
        List<CellRef> known = new ArrayList<>();
        for (CellRef c : r.publication().cells()) {
            BitSet outside = c.members();
            outside.andNot(own);
            if (outside.isEmpty()) {
                assertEquals(CellStatus.SHOWN, r.plan().status(c), "an own count is hidden internally: " + id(c));
            }
            if (r.plan().status(c) == CellStatus.SHOWN) {
                known.add(c);
            }
        }
        assertFalse(r.plan().primary().isEmpty(), "other municipalities' small counts are protected");
        for (CellRef p : r.plan().primary()) {
            double[] interval = new Attacker(linked(p, known), loaded.cases().size()).interval(p);
            assertTrue(interval[1] - interval[0] >= THRESHOLD - 1e-6, id(p) + " can be worked out to " + interval[0] + "–" + interval[1]);
        }
    }

    /**
     * The subjects a cell's table is about, read from the names the report prints: a question's title, a
     * hypothesis (with the questions its exposure reads and the cost band), the municipalities of the funnel
     * plot, or nothing (the counts of all screened cases, which link everything).
     */
    private static Set<String> subjects(CellRef c) {
        Set<String> subjects = new HashSet<>();
        String table = c.table();
        String row = c.row();
        if (table.startsWith("Hvem er de?")) {
            subjects.add(table.substring(table.indexOf(": ") + 2));
        } else if (table.startsWith("H") && Character.isDigit(table.charAt(1))) {
            HypothesisSpec spec = HYPOTHESES.stream().filter(h -> table.startsWith(h.id() + " ")).findFirst().orElseThrow();
            spec.exposure().forEach(k -> subjects.add(title(k.questionKey())));
            subjects.add(title("cost_band"));
        } else if (table.startsWith("Variation")) {
            subjects.add("kommune");
        } else if (table.startsWith("Hvad kan der gøres?")) {
            OPPORTUNITIES.stream().filter(d -> d.label().da().equals(row)).findFirst().orElseThrow()
                    .conditions().forEach(k -> subjects.add(title(k.questionKey())));
        } else if (row.startsWith("Reference: ") && !row.equals("Reference: screenede sager")) {
            subjects.add(row.substring("Reference: ".length()));
        } else if (row.equals("Udgift besvaret") || row.equals("Over 4 mio. kr.")) {
            subjects.add(title("cost_band"));
        } else if (row.startsWith("Adfærd")) {
            subjects.add(title("behaviour_decisive"));
        }
        return subjects;
    }

    private static String title(String key) {
        var q = SHEET.require(key);
        return q.number() + ". " + q.text().da();
    }

    /**
     * What an attacker sets against a small count: every shown count about the same subjects (the same
     * question, or the tables a hypothesis shares its questions with) and every count of all screened cases.
     * Tables about different questions share no other relation (any combination of their answers is possible),
     * so the attacker loses nothing by leaving them out, and gains no knowledge of which combinations occur.
     */
    private static List<CellRef> linked(CellRef target, List<CellRef> known) {
        Set<String> about = subjects(target);
        List<CellRef> linked = new ArrayList<>();
        for (CellRef c : known) {
            Set<String> s = subjects(c);
            if (s.isEmpty() || about.containsAll(s) || s.containsAll(about) && !about.isEmpty()) {
                linked.add(c);
            }
        }
        return linked;
    }

    /**
     * The attacker of this test, written apart from the library's: one variable per combination of cells
     * that some case belongs to, every shown count an equation, every variable non-negative, and the
     * smallest and largest value of the target by the simplex method (Bland's rule).
     */
    private static final class Attacker {
        private final List<CellRef> known;
        private final Map<String, Integer> atomOf = new LinkedHashMap<>();
        private final List<BitSet> atoms = new ArrayList<>();

        Attacker(List<CellRef> known, int cases) {
            this.known = known;
            for (int row = 0; row < cases; row++) {
                StringBuilder key = new StringBuilder();
                for (int c = 0; c < known.size(); c++) {
                    key.append(known.get(c).members().get(row) ? '1' : '0');
                }
                Integer a = atomOf.get(key.toString());
                if (a == null) {
                    a = atoms.size();
                    atomOf.put(key.toString(), a);
                    atoms.add(new BitSet());
                }
                atoms.get(a).set(row);
            }
        }

        double[] interval(CellRef target) {
            // a target row in an atom shared with rows outside the target: the atom is split in two variables
            List<BitSet> vars = new ArrayList<>();
            for (BitSet atom : atoms) {
                BitSet in = (BitSet) atom.clone();
                in.and(target.members());
                BitSet out = (BitSet) atom.clone();
                out.andNot(target.members());
                if (!in.isEmpty()) {
                    vars.add(in);
                }
                if (!out.isEmpty()) {
                    vars.add(out);
                }
            }
            List<LinearConstraint> constraints = new ArrayList<>();
            for (CellRef c : known) {
                double[] row = new double[vars.size()];
                for (int v = 0; v < vars.size(); v++) {
                    row[v] = vars.get(v).intersects(c.members()) ? 1 : 0;
                }
                constraints.add(new LinearConstraint(row, Relationship.EQ, c.count()));
            }
            double[] objective = new double[vars.size()];
            for (int v = 0; v < vars.size(); v++) {
                objective[v] = vars.get(v).intersects(target.members()) ? 1 : 0;
            }
            return new double[] {optimum(objective, constraints, GoalType.MINIMIZE), optimum(objective, constraints, GoalType.MAXIMIZE)};
        }

        private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
            try {
                PointValuePair p = new SimplexSolver().optimize(new MaxIter(1_000_000), new LinearObjectiveFunction(objective, 0),
                        new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
                return p.getValue();
            } catch (UnboundedSolutionException e) {
                return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException("the attacker's LP failed: " + e.getMessage(), e));
            }
        }
    }
}
