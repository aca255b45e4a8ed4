package dk.casescreen.jupyter;

import dk.casescreen.analysis.CostAnalysis;

import dk.casescreen.Language;
import dk.casescreen.analysis.ActionOpportunities;
import dk.casescreen.analysis.Analysis;
import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.Profile;
import dk.casescreen.analysis.QuestionProfile;
import dk.casescreen.analysis.Reference;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.LoadResult;
import dk.casescreen.cases.ValidationReport;
import dk.casescreen.chart.Chart;
import dk.casescreen.followup.FollowUpResult;
import dk.casescreen.followup.RoundComparison;
import dk.casescreen.report.FunnelChart;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Shows the library's results in a Jupyter notebook: tables, profiles, hypotheses, action
 * opportunities and charts become {@link NotebookOutput}s, HTML or SVG with a plain-text fallback.
 * A cell ending in {@code nb.show(x)} shows {@code x}; {@code display(nb.show(x))} shows it in the
 * middle of a cell. Everything is in one language.
 *
 * <p>Provenance belongs to the data: every output takes its label from what it shows (the
 * {@link DataOrigin} of the case table, carried by an {@link Analysis}, a {@link Profile},
 * {@link ActionOpportunities}, a {@link LoadResult}, a {@link Reference}, or the municipalities of a
 * {@link FunnelPlot}). On synthetic data the banner, the title, every table's caption, the headers
 * and legends of the numbers and the sentences with numbers say SYNTETISK (SYNTHETIC); on observed
 * data none do. There is no flag to set, and objects that do not know their origin (a single
 * {@link QuestionProfile} or {@link HypothesisResult}, a {@link ValidationReport}) are shown through
 * the object that does.
 *
 * <pre>{@code
 * Notebook nb = Notebook.danish();
 * nb.show(Analyses.synthetic())
 * }</pre>
 */
public final class Notebook {

    private final Labels labels;

    private Notebook(Language language) {
        this.labels = new Labels(language);
    }

    /** Outputs in Danish. */
    public static Notebook danish() {
        return new Notebook(Language.DA);
    }

    /** Outputs in the given language. */
    public static Notebook of(Language language) {
        return new Notebook(language);
    }

    /** The language. */
    public Language language() {
        return labels.language();
    }

    /**
     * Shows a library object: an {@link Analysis}, a {@link Profile}, {@link ActionOpportunities}, a
     * {@link FunnelPlot}, a {@link Chart}, a {@link LoadResult}, a {@link CaseTable}, a {@link Reference} or a Tablesaw
     * {@link Table}; anything else as its text. A {@link QuestionProfile}, a {@link HypothesisResult}
     * (or a list of them) and a {@link ValidationReport} do not know where their cases come from and
     * are refused with the call that shows them ({@link #question}, {@link #hypothesis},
     * {@link #hypotheses}, {@code show(loadResult)}).
     */
    public NotebookOutput show(Object value) {
        return switch (value) {
            case Analysis a -> analysis(a);
            case Profile p -> new ProfileView(labels).profile(p);
            case ActionOpportunities o -> opportunities(o, "all");
            case FunnelPlot f -> funnel(f);
            case Chart c -> NotebookOutput.of(c);
            case LoadResult r -> new ValidationView(labels).report(r.report(), r.cases().origin(), r.cases().sheet());
            case CaseTable c -> table(c, c.table().setName(labels.t("Sager", "Cases")));
            case Table t -> table(t);
            case Reference r -> new Html.Page(labels.t(r.labelledTitle()), r.origin(), labels)
                    .paragraph(labels.f().integer(r.figures().size()) + labels.t(" tal; vis dem med nb.compare(profil, reference).",
                            " figures; show them with nb.compare(profile, reference)."))
                    .build();
            case QuestionProfile q -> throw unknownOrigin("a question's profile", "nb.question(profile, \"" + q.question().key() + "\")");
            case HypothesisResult h -> throw unknownOrigin("a hypothesis result", "nb.hypothesis(analysis, \"" + h.spec().id() + "\")");
            case ValidationReport r -> throw unknownOrigin("a validation report", "nb.show(loadResult)");
            case List<?> list when !list.isEmpty() && list.stream().allMatch(HypothesisResult.class::isInstance) ->
                    throw unknownOrigin("a list of hypothesis results", "nb.hypotheses(analysis)");
            case null -> new Html.Page("null", DataOrigin.OBSERVED, labels).build();
            default -> new Html.Page(value.getClass().getSimpleName(), DataOrigin.OBSERVED, labels)
                    .paragraph(String.valueOf(value)).build();
        };
    }

    private static IllegalArgumentException unknownOrigin(String what, String instead) {
        return new IllegalArgumentException("Cannot show " + what + " by itself: it does not know whether its cases are "
                + "synthetic. Show it through the object that does: " + instead);
    }

    /** The analysis in brief: counts, the hypotheses' verdicts, the opportunities and the funnel plot's summary. */
    public NotebookOutput analysis(Analysis analysis) {
        return new HypothesisView(labels).analysis(analysis, new OpportunityView(labels));
    }

    /** All hypotheses of an analysis in one table. */
    public NotebookOutput hypotheses(Analysis analysis) {
        return new HypothesisView(labels).overview(analysis);
    }

    /** One hypothesis of an analysis in detail, by id ("H1"). */
    public NotebookOutput hypothesis(Analysis analysis, String id) {
        HypothesisResult h = analysis.hypothesis(id).orElseThrow(() -> new IllegalArgumentException(
                "The analysis has no hypothesis " + id + " (it has " + analysis.hypotheses().stream().map(r -> r.spec().id()).toList() + ")"));
        return new HypothesisView(labels).detail(analysis, h);
    }

    /** One question of a profile in full: every answer's count, share and interval, or the numbers' distribution. */
    public NotebookOutput question(Profile profile, String questionKey) {
        return new ProfileView(labels).question(profile, profile.question(questionKey).orElseThrow(
                () -> new IllegalArgumentException("The profile has no question " + questionKey)));
    }

    /** How many cases have each action opportunity, in a scope ("all" or a municipality code). */
    public NotebookOutput opportunities(ActionOpportunities opportunities, String scope) {
        return new OpportunityView(labels).counts(opportunities, scope);
    }

    /** The action list of one municipality: its cases with at least one opportunity (for its own use). */
    public NotebookOutput actionList(ActionOpportunities opportunities, String municipalityCode, String municipalityName) {
        return new OpportunityView(labels).cases(opportunities, municipalityCode, municipalityName);
    }

    /** The action list of one municipality, named by its code. */
    public NotebookOutput actionList(ActionOpportunities opportunities, String municipalityCode) {
        return actionList(opportunities, municipalityCode, labels.municipality(municipalityCode));
    }

    /** The origin of a funnel plot: synthetic when any of its municipalities is fictional. */
    static DataOrigin originOf(FunnelPlot plot) {
        return plot.points().stream().map(p -> DataOrigin.ofMunicipalityCode(p.municipalityCode()))
                .reduce(DataOrigin.OBSERVED, DataOrigin::with);
    }

    /** The funnel plot as a chart; the given municipality codes are marked and named. */
    public NotebookOutput funnel(FunnelPlot plot, String... highlight) {
        return NotebookOutput.of(funnelChart(plot, highlight));
    }

    /**
     * The funnel plot as a chart model, the same as {@link #funnel} shows, e.g. to save it with
     * {@code Display.save(chart, Path.of("tragt.svg"))}.
     */
    public Chart funnelChart(FunnelPlot plot, String... highlight) {
        return new Charts(labels).funnel(plot, Set.of(highlight), originOf(plot));
    }

    /** The municipalities of a funnel plot as a table, sorted by adjusted z-score, highest first. */
    public NotebookOutput funnelTable(FunnelPlot plot) {
        DataOrigin origin = originOf(plot);
        Grid grid = new Grid(labels.t("Kommune", "Municipality"), labels.t("Sager", "Cases") + labels.tag(origin),
                labels.t("18–66-årige", "Aged 18–66"), labels.t("pr. 1.000", "per 1,000"), "z", labels.t("Placering", "Position"))
                .numeric(1, 2, 3, 4);
        plot.points().stream().sorted((a, b) -> Double.compare(b.z(), a.z())).forEach(p -> grid.row(p.name(),
                labels.f().integer(p.cases()), labels.f().integer(p.population()), labels.f().decimal(p.rate(), 2),
                labels.f().decimal(p.z(), 2), FunnelChart.band(p.band(), labels.language())));
        return new Html.Page(labels.t("Kommunerne i tragtdiagrammet", "The municipalities in the funnel plot"), origin, labels)
                .figures(labels.t("Samlet rate ", "Overall rate ") + labels.f().decimal(plot.targetRate(), 2)
                        + labels.t(" pr. 1.000; overspredning phi ", " per 1,000; overdispersion phi ") + labels.f().decimal(plot.phi(), 2)
                        + ", tau² " + labels.f().decimal(plot.tau2(), 4) + ".")
                .grid(grid).build();
    }

    /** One municipality's place in a funnel plot, in a sentence. */
    public NotebookOutput position(FunnelPlot plot, String municipalityCode) {
        DataOrigin origin = originOf(plot);
        Optional<FunnelPoint> point = plot.points().stream().filter(p -> p.municipalityCode().equals(municipalityCode)).findFirst();
        Html.Page page = new Html.Page(labels.t("Kommunens placering i tragtdiagrammet", "The municipality's place in the funnel plot"),
                origin, labels);
        point.ifPresentOrElse(p -> page.figures(p.name() + ": " + labels.f().integer(p.cases()) + labels.t(" sager, ", " cases, ")
                        + labels.f().decimal(p.rate(), 2) + labels.t(" pr. 1.000 18–66-årige (z = ", " per 1,000 aged 18–66 (z = ")
                        + labels.f().decimal(p.z(), 2) + "), " + FunnelChart.band(p.band(), labels.language()) + "."),
                () -> page.paragraph(labels.municipality(municipalityCode)
                        + labels.t(" er ikke i diagrammet: dens antal 18–66-årige kendes ikke.",
                        " is not in the plot: its number aged 18–66 is not known.")));
        return page.build();
    }

    /** The shares of one question's answers in a profile as a bar chart with 95% Wilson intervals. */
    public NotebookOutput chart(Profile profile, String questionKey) {
        return NotebookOutput.of(sharesChart(profile, questionKey));
    }

    /** One question's shares in two profiles side by side, e.g. a municipality and the reference; named by their scopes. */
    public NotebookOutput chart(Profile own, Profile reference, String questionKey) {
        return NotebookOutput.of(sharesChart(own, reference, questionKey));
    }

    /** The chart model of {@link #chart(Profile, String)}, e.g. to save with {@code Display.save}. */
    public Chart sharesChart(Profile profile, String questionKey) {
        return new Charts(labels).shares(profile, questionKey, Optional.empty(), new ProfileView(labels));
    }

    /** The chart model of {@link #chart(Profile, Profile, String)}, e.g. to save with {@code Display.save}. */
    public Chart sharesChart(Profile own, Profile reference, String questionKey) {
        return new Charts(labels).shares(own, questionKey, Optional.of(reference), new ProfileView(labels));
    }

    /**
     * Cross-tabulates two choice questions of the cases (rows by columns, answers in sheet order,
     * "Ved ikke" kept), with row shares.
     */
    public NotebookOutput crossTab(CaseTable cases, String rowKey, String columnKey) {
        return new CrossTabView(labels).crossTab(cases, rowKey, columnKey);
    }

    /** Two profiles side by side, for the given questions (all choice questions when none are given). */
    public NotebookOutput compare(Profile own, Profile reference, String... questionKeys) {
        return new ProfileView(labels).compare(own, reference, List.of(questionKeys));
    }

    /**
     * A profile beside a reference's figures (e.g. {@link Reference#published2022()}): each figure with
     * its precision, count and denominator, interval, scope (national, Region Midtjylland only, pooled)
     * and source; for the given questions (all the reference has when none are given).
     */
    public NotebookOutput compare(Profile own, Reference reference, String... questionKeys) {
        return new ProfileView(labels).compare(own, reference, List.of(questionKeys));
    }

    /** An analysis's screened cases beside its reference ({@link Analysis#reference()}). */
    public NotebookOutput reference(Analysis analysis, String... questionKeys) {
        Reference reference = analysis.reference().orElseThrow(() -> new IllegalArgumentException("The analysis has no reference"));
        Profile own = analysis.profile();
        if (analysis.byMunicipality().size() == 1) {
            // one municipality's cases: named by the municipality
            own = new Profile(labels.municipality(analysis.byMunicipality().keySet().iterator().next()), own.cases(), own.questions(),
                    own.origin());
        }
        return compare(own, reference, questionKeys);
    }

    /** How often each answer to a question was given, with "ikke besvaret" and "ikke relevant" counted apart. */
    public NotebookOutput frequencies(CaseTable cases, String questionKey) {
        Table t = cases.frequencies(questionKey);
        ProfileView names = new ProfileView(labels);
        Grid grid = new Grid(labels.t("Svar", "Answer"), labels.t("Antal", "Count") + labels.tag(cases.origin())).numeric(1);
        for (int r = 0; r < t.rowCount(); r++) {
            grid.row(t.stringColumn(labels.language() == Language.DA ? "label_da" : "label_en").get(r),
                    labels.f().integer(t.intColumn("count").getInt(r)));
        }
        return new Html.Page(names.title(cases.sheet().require(questionKey)), cases.origin(), labels).grid(grid).build();
    }

    /**
     * The first {@code rows} rows of a Tablesaw table made from {@code source}'s cases: labelled by the
     * cases' origin, with the questions' wording, the answers' labels and the municipalities' names.
     */
    public NotebookOutput table(CaseTable source, Table table, int rows) {
        return new TableView(labels).table(table, rows, source.origin().with(TableView.originOf(table)), Optional.of(source.sheet()));
    }

    /** The first 20 rows of a Tablesaw table made from {@code source}'s cases. */
    public NotebookOutput table(CaseTable source, Table table) {
        return table(source, table, TableView.DEFAULT_ROWS);
    }

    /**
     * The first {@code rows} rows of a Tablesaw table. Its origin is what the table shows: synthetic when
     * a {@code municipality} column holds a fictional municipality's code; a table computed from cases
     * without that column goes with {@link #table(CaseTable, Table, int)}.
     */
    public NotebookOutput table(Table table, int rows) {
        return new TableView(labels).table(table, rows, TableView.originOf(table), Optional.empty());
    }

    /** The first 20 rows of a Tablesaw table. */
    public NotebookOutput table(Table table) {
        return table(table, TableView.DEFAULT_ROWS);
    }

    /**
     * A Tablesaw table computed from a follow-up (a round comparison's {@code asTable()}, or one made from it),
     * labelled by the follow-up's origin: SYNTETISK when any of its rounds is synthetic.
     */
    public NotebookOutput table(FollowUpResult source, Table table) {
        return new TableView(labels).table(table, TableView.DEFAULT_ROWS, source.origin(), Optional.empty());
    }

    /** The chart of {@link #bandChangeChart}, shown. */
    public NotebookOutput bandChange(FollowUpResult source, RoundComparison comparison) {
        return NotebookOutput.of(bandChangeChart(source, comparison));
    }

    /**
     * How many of the citizens in both rounds of a comparison became dearer, stayed in their cost band or became
     * cheaper: shares with their Wilson intervals as bars, labelled by the follow-up's origin.
     */
    public Chart bandChangeChart(FollowUpResult source, RoundComparison comparison) {
        return new Charts(labels).bandChange(source, comparison);
    }

    /** The chart of {@link #lorenzChart}, shown; a note when the cases hold no annual cost. */
    public NotebookOutput lorenz(CostAnalysis cost, String name, DataOrigin origin) {
        return cost.concentration().map(k -> NotebookOutput.of(new Charts(labels).lorenz(k, name, origin)))
                .orElseGet(() -> text(labels.t("Ingen årlig udgift", "No annual cost"),
                        labels.t("Ingen af sagerne har en årlig udgift.", "None of the cases has an annual cost.")));
    }

    /**
     * The Lorenz curve of the cases' annual cost (the cheapest share of the cases against its share of the total),
     * with the line of equal shares, labelled by the cases' origin.
     *
     * @throws java.util.NoSuchElementException when no case has an annual cost
     */
    public Chart lorenzChart(CostAnalysis cost, String name, DataOrigin origin) {
        return new Charts(labels).lorenz(cost.concentration().orElseThrow(), name, origin);
    }

    /** A heading and lines of text that are not built on data (no label). */
    public NotebookOutput text(String heading, String... lines) {
        Html.Page page = new Html.Page(heading, DataOrigin.OBSERVED, labels);
        for (String line : lines) {
            page.paragraph(line);
        }
        return page.build();
    }
}
