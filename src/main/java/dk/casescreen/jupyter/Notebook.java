package dk.casescreen.jupyter;

import dk.casescreen.Language;
import dk.casescreen.analysis.ActionOpportunities;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.DecisionRule;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.HypothesisSpecs;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Shows the library's results in a Jupyter notebook: tables, profiles, hypotheses, action
 * opportunities and charts become {@link NotebookOutput}s, HTML or SVG with a plain-text fallback.
 * A cell ending in {@code nb.show(x)} shows {@code x}; {@code display(nb.show(x))} shows it in the
 * middle of a cell. Everything is in one language, and when the data are synthetic every output
 * says so ({@link #synthetic()}; an {@link Analysis} of synthetic data says so by itself).
 *
 * <pre>{@code
 * Notebook nb = Notebook.danish().synthetic();
 * nb.show(Analyses.synthetic())
 * }</pre>
 */
public final class Notebook {

    private final Labels labels;
    private final boolean synthetic;

    private Notebook(Language language, boolean synthetic) {
        this.labels = new Labels(language);
        this.synthetic = synthetic;
    }

    /** Outputs in Danish. */
    public static Notebook danish() {
        return new Notebook(Language.DA, false);
    }

    /** Outputs in the given language. */
    public static Notebook of(Language language) {
        return new Notebook(language, false);
    }

    /** The same, with every output labelled as built on synthetic data. */
    public Notebook synthetic() {
        return new Notebook(labels.language(), true);
    }

    /** The same, labelled synthetic or not. */
    public Notebook synthetic(boolean isSynthetic) {
        return new Notebook(labels.language(), isSynthetic);
    }

    /** Whether outputs are labelled synthetic. */
    public boolean isSynthetic() {
        return synthetic;
    }

    /** The language. */
    public Language language() {
        return labels.language();
    }

    /**
     * Shows a library object: an {@link Analysis}, a {@link Profile}, a {@link QuestionProfile}, a
     * {@link HypothesisResult} or a list of them, {@link ActionOpportunities}, a {@link FunnelPlot}, a
     * {@link LoadResult} or {@link ValidationReport}, a {@link CaseTable} or a Tablesaw {@link Table};
     * anything else as its text.
     */
    public NotebookOutput show(Object value) {
        return switch (value) {
            case Analysis a -> analysis(a);
            case Profile p -> new ProfileView(labels).profile(p, synthetic);
            case QuestionProfile q -> new ProfileView(labels).question(q, synthetic);
            case HypothesisResult h -> hypothesis(h, HypothesisSpecs.builtInRule());
            case ActionOpportunities o -> opportunities(o, "all");
            case FunnelPlot f -> funnel(f);
            case LoadResult r -> new ValidationView(labels).report(r.report(), synthetic);
            case ValidationReport r -> new ValidationView(labels).report(r, synthetic);
            case CaseTable c -> table(c.table().setName(labels.t("Sager", "Cases")));
            case Table t -> table(t);
            case List<?> list when !list.isEmpty() && list.stream().allMatch(HypothesisResult.class::isInstance) ->
                    hypotheses(list.stream().map(HypothesisResult.class::cast).toList(), HypothesisSpecs.builtInRule());
            case null -> new Html.Page("null", synthetic, labels).build();
            default -> new Html.Page(value.getClass().getSimpleName(), synthetic, labels).paragraph(String.valueOf(value)).build();
        };
    }

    /** The analysis in brief: counts, the hypotheses' verdicts, the opportunities and the funnel plot's summary. */
    public NotebookOutput analysis(Analysis analysis) {
        return new HypothesisView(labels).analysis(analysis, new OpportunityView(labels), synthetic || analysis.synthetic());
    }

    /** All hypotheses of an analysis in one table. */
    public NotebookOutput hypotheses(Analysis analysis) {
        return new HypothesisView(labels).overview(analysis.hypotheses(), analysis.rule(), synthetic || analysis.synthetic());
    }

    /** Hypothesis results in one table, judged by {@code rule}. */
    public NotebookOutput hypotheses(List<HypothesisResult> results, DecisionRule rule) {
        return new HypothesisView(labels).overview(results, rule, synthetic);
    }

    /** One hypothesis of an analysis in detail, by id ("H1"). */
    public NotebookOutput hypothesis(Analysis analysis, String id) {
        HypothesisResult h = analysis.hypothesis(id).orElseThrow(() -> new IllegalArgumentException(
                "The analysis has no hypothesis " + id + " (it has " + analysis.hypotheses().stream().map(r -> r.spec().id()).toList() + ")"));
        return new HypothesisView(labels).detail(h, analysis.rule(), synthetic || analysis.synthetic());
    }

    /** One hypothesis result in detail, judged by {@code rule}. */
    public NotebookOutput hypothesis(HypothesisResult result, DecisionRule rule) {
        return new HypothesisView(labels).detail(result, rule, synthetic);
    }

    /** How many cases have each action opportunity, in a scope ("all" or a municipality code). */
    public NotebookOutput opportunities(ActionOpportunities opportunities, String scope) {
        String name = scope.equals("all") ? labels.t("alle sager", "all cases") : scope;
        return new OpportunityView(labels).counts(opportunities, scope, name, synthetic);
    }

    /** The action list of one municipality: its cases with at least one opportunity (for its own use). */
    public NotebookOutput actionList(ActionOpportunities opportunities, String municipalityCode, String municipalityName) {
        return new OpportunityView(labels).cases(opportunities, municipalityCode, municipalityName, synthetic);
    }

    /** The funnel plot as a chart; the given municipality codes are marked and named. */
    public NotebookOutput funnel(FunnelPlot plot, String... highlight) {
        return new Charts(labels).funnel(plot, Set.of(highlight), synthetic);
    }

    /** The municipalities of a funnel plot as a table, sorted by adjusted z-score, highest first. */
    public NotebookOutput funnelTable(FunnelPlot plot) {
        Charts charts = new Charts(labels);
        Grid grid = new Grid(labels.t("Kommune", "Municipality"), labels.t("Sager", "Cases"), labels.t("18–66-årige", "Aged 18–66"),
                labels.t("pr. 1.000", "per 1,000"), "z", labels.t("Placering", "Position")).numeric(1, 2, 3, 4);
        plot.points().stream().sorted((a, b) -> Double.compare(b.z(), a.z())).forEach(p -> grid.row(p.name(),
                labels.f().integer(p.cases()), labels.f().integer(p.population()), labels.f().decimal(p.rate(), 2),
                labels.f().decimal(p.z(), 2), charts.band(p.band())));
        return new Html.Page(labels.t("Kommunerne i tragtdiagrammet", "The municipalities in the funnel plot"), synthetic, labels)
                .paragraph(labels.t("Samlet rate ", "Overall rate ") + labels.f().decimal(plot.targetRate(), 2)
                        + labels.t(" pr. 1.000; overspredning phi ", " per 1,000; overdispersion phi ") + labels.f().decimal(plot.phi(), 2)
                        + ", tau² " + labels.f().decimal(plot.tau2(), 4) + ".")
                .grid(grid).build();
    }

    /** The shares of one question's answers as a bar chart with 95% Wilson intervals. */
    public NotebookOutput chart(QuestionProfile question) {
        return new Charts(labels).shares(question, labels.t("Sagerne", "The cases"), Optional.empty(), "", new ProfileView(labels),
                synthetic);
    }

    /** One question's shares in two groups side by side, e.g. a municipality and the reference. */
    public NotebookOutput chart(QuestionProfile own, String ownName, QuestionProfile reference, String referenceName) {
        return new Charts(labels).shares(own, ownName, Optional.of(reference), referenceName, new ProfileView(labels), synthetic);
    }

    /**
     * Cross-tabulates two choice questions of the cases (rows by columns, answers in sheet order,
     * "Ved ikke" kept), with row shares.
     */
    public NotebookOutput crossTab(CaseTable cases, String rowKey, String columnKey) {
        return new CrossTabView(labels).crossTab(cases, rowKey, columnKey, synthetic);
    }

    /** Two profiles side by side, for the given questions (all choice questions when none are given). */
    public NotebookOutput compare(Profile own, Profile reference, String... questionKeys) {
        return new ProfileView(labels).compare(own, reference, List.of(questionKeys), synthetic);
    }

    /** The first {@code rows} rows of a Tablesaw table. */
    public NotebookOutput table(Table table, int rows) {
        return new TableView(labels).table(table, rows, synthetic);
    }

    /** The first 20 rows of a Tablesaw table. */
    public NotebookOutput table(Table table) {
        return table(table, TableView.DEFAULT_ROWS);
    }

    /** A heading and lines of text, labelled like every other output. */
    public NotebookOutput text(String heading, String... lines) {
        Html.Page page = new Html.Page(heading, synthetic, labels);
        for (String line : lines) {
            page.paragraph(line);
        }
        return page.build();
    }
}
