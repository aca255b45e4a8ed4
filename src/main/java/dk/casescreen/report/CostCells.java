package dk.casescreen.report;

import dk.casescreen.analysis.CaseSets;
import dk.casescreen.analysis.CostAnalysis;
import dk.casescreen.analysis.CostSummary;
import dk.casescreen.analysis.MunicipalityCost;
import dk.casescreen.analysis.OpportunityCost;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The money of the report ("Hvad koster de?", issue 14) as published cells. Every sum, mean, median and
 * quartile of the annual cost is a statistic over a set of cases; that set is registered as a count (the
 * cases with an annual cost in it, with the dimension {@value #DIMENSION} beside the questions that define
 * it), and the money figures are declared as resting on that count. A figure is shown only when its count
 * is shown, so a sum over fewer than threshold persons is hidden like a count, and secondary suppression
 * protects the sums against subtraction exactly as it protects the counts (the sets are the same). Medians
 * and quartiles need, in addition, at least threshold persons in every edition (they are single cases'
 * amounts). Every count is checked against the {@link CostAnalysis} it publishes.
 */
final class CostCells {

    /** The dimension of every money cell: whether a case has an annual cost. */
    static final String DIMENSION = "annual_cost";

    /** The questions whose answers the report's section shows (the full list is in the tables). */
    static final List<String> SHOWN_QUESTIONS = List.of("target_group", "provider_type", "places_in_offer", "legal_basis");

    private CostCells() {
    }

    /**
     * One group's money as published.
     *
     * @param summary   the analysis's summary
     * @param label     the group's name ("I alt", an answer's label)
     * @param cell      the count of its cases with an annual cost
     * @param shown     whether total and mean may be shown
     * @param quartiles whether the median and quartiles may be shown as well
     */
    record Group(CostSummary summary, String label, ReportCells.Cell cell, boolean shown, boolean quartiles) {
    }

    /**
     * The money at stake with one action opportunity.
     *
     * @param definition the opportunity
     * @param cost       the analysis's count and sum
     * @param cell       the count of its own cases with an annual cost
     * @param count      the count of its own cases (the same cell as "Hvad kan der gøres?")
     * @param shown      whether the sum may be shown
     */
    record Opportunity(OpportunityDefinition definition, OpportunityCost cost, ReportCells.Cell cell, ReportCells.Cell count, boolean shown) {
    }

    /**
     * One municipality's spending per 1,000 aged 18–66, as the funnel publishes the municipality.
     *
     * @param cost  the analysis's figure
     * @param own   whether it is one of the report's own municipalities
     * @param cell  the funnel's count of its screened cases (the set the spending is summed over)
     * @param shown whether its figure may be shown
     */
    record Municipality(MunicipalityCost cost, boolean own, ReportCells.Cell cell, boolean shown) {
    }

    /**
     * Everything the section, the deck and the tables publish about the money.
     *
     * @param cost           the own cases' cost analysis
     * @param overall        all own screened cases
     * @param missing        the own screened cases without an annual cost
     * @param byAnswer       per choice question (by key, in sheet order) its answers
     * @param concentration  whether the Gini coefficient may be shown (the overall count is shown)
     * @param tails          whether the top 10 % and 20 % shares and the Lorenz curve may be shown: in the shared
     *                       edition the most expensive 10 % must be at least threshold persons
     * @param opportunities  per action opportunity
     * @param municipalities per municipality with a population, ranked; empty without a funnel plot
     */
    record Numbers(CostAnalysis cost, Group overall, ReportCells.Cell missing, Map<String, List<Group>> byAnswer,
                   boolean concentration, boolean tails, List<Opportunity> opportunities, List<Municipality> municipalities) {

        /** The groups of one question (empty for an unknown one). */
        List<Group> answers(String key) {
            return byAnswer.getOrDefault(key, List.of());
        }
    }

    /** The table of the own cases' money. */
    static String table(ReportContext ctx) {
        return ctx.t("Hvad koster de? Egne sager", "What do they cost? Own cases");
    }

    /** The table of one question's money. */
    static String table(ReportContext ctx, String questionTitle) {
        return table(ctx) + ": " + questionTitle;
    }

    /** The table of the opportunities' money. */
    static String opportunityTable(ReportContext ctx) {
        return ctx.t("Hvad koster de? Handlemuligheder", "What do they cost? Opportunities");
    }

    /** The name of the money statistics resting on a cell. */
    static String statistic(ReportCells.Cell cell) {
        return cell.id() + ": udgift";
    }

    /** Registers (or, once planned, looks up) every money cell of the report. */
    static Numbers of(ReportInput in, ReportContext ctx) {
        CostAnalysis cost = in.own().cost();
        BitSet withCost = ctx.sets().withCost();
        BitSet own = ctx.ownScreened();
        String withCostColumn = ctx.t("Sager med udgift", "Cases with a cost");
        ReportCells.Cell all = ctx.cell(table(ctx), ctx.t("Med udgift", "With a cost"), ctx.t("Sager", "Cases"), CaseSets.and(own, withCost), DIMENSION);
        BitSet without = ctx.ownScreened();
        without.andNot(withCost);
        ReportCells.Cell missing = ctx.cell(table(ctx), ctx.t("Uden udgift", "Without a cost"), ctx.t("Sager", "Cases"), without, DIMENSION);
        check(all.count(), cost.overall().count(), "all");
        check(missing.count(), cost.overall().missing(), "missing");
        Group overall = group(ctx, cost.overall(), ctx.t("I alt", "In all"), all);
        Map<String, List<Group>> byAnswer = new LinkedHashMap<>();
        for (Question q : in.cases().sheet().questions()) {
            if (!q.type().isChoice()) {
                continue;
            }
            List<CostSummary> summaries = cost.byAnswer(q.key());
            String title = ctx.question(q.key());
            List<Group> groups = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                AnswerOption option = q.options().get(i);
                String label = option.label().in(ctx.language());
                BitSet answer = CaseSets.and(own, ctx.sets().answer(q.key(), option.code()));
                ReportCells.Cell c = ctx.cell(table(ctx, title), label, withCostColumn, CaseSets.and(answer, withCost), q.key(), DIMENSION);
                CostSummary s = summaries.get(i);
                check(c.count(), s.count(), q.key() + "=" + option.code());
                groups.add(group(ctx, s, label, c));
            }
            byAnswer.put(q.key(), List.copyOf(groups));
        }
        long n = cost.concentration().map(k -> k.n()).orElse(0L);
        boolean concentration = cost.concentration().isPresent() && overall.shown();
        boolean tails = concentration && (!ctx.disclosure().isShared() || Math.floor(0.1 * n) >= ctx.threshold());
        return new Numbers(cost, overall, missing, byAnswer, concentration, tails, opportunities(in, ctx, withCost),
                municipalities(in, ctx));
    }

    private static Group group(ReportContext ctx, CostSummary s, String label, ReportCells.Cell cell) {
        ctx.cells().statistic(statistic(cell), cell);
        boolean shown = cell.shown() && ctx.cells().mayShow(statistic(cell)) && s.count() > 0;
        return new Group(s, label, cell, shown, shown && s.count() >= ctx.threshold());
    }

    private static List<Opportunity> opportunities(ReportInput in, ReportContext ctx, BitSet withCost) {
        List<Opportunity> list = new ArrayList<>();
        for (OpportunityDefinition d : in.own().opportunities().definitions()) {
            OpportunityCost oc = in.own().cost().opportunity(d.id()).orElse(null);
            if (oc == null) {
                continue;
            }
            List<String> dims = new ArrayList<>(d.conditions().stream().map(c -> c.questionKey()).distinct().toList());
            dims.add(DIMENSION);
            ReportCells.Cell c = ctx.cell(opportunityTable(ctx), d.label().in(ctx.language()), ctx.t("Sager med udgift", "Cases with a cost"),
                    CaseSets.and(ctx.ownScreened(), ctx.sets().opportunity(d), withCost), dims);
            check(c.count(), oc.withCost(), d.id());
            ReportCells.Cell count = WhatSection.countCell(ctx, d);
            ctx.cells().statistic(statistic(c), c);
            list.add(new Opportunity(d, oc, c, count, c.shown() && ctx.cells().mayShow(statistic(c)) && oc.withCost() > 0));
        }
        return list;
    }

    private static List<Municipality> municipalities(ReportInput in, ReportContext ctx) {
        if (in.funnel().isEmpty() || in.costPerPopulation().isEmpty()) {
            return List.of();
        }
        Map<String, ReportCells.Cell> cells = VariationSection.cells(in, ctx);
        Set<String> own = Set.copyOf(in.municipalities());
        List<Municipality> list = new ArrayList<>();
        for (MunicipalityCost m : in.costPerPopulation()) {
            ReportCells.Cell c = cells.get(m.municipalityCode());
            if (c == null) {
                continue;
            }
            check(c.count(), m.cases(), "municipality " + m.municipalityCode());
            ctx.cells().statistic(statistic(c), c);
            list.add(new Municipality(m, own.contains(m.municipalityCode()), c, c.shown() && ctx.cells().mayShow(statistic(c))));
        }
        return list;
    }

    private static void check(long published, long analysed, String what) {
        if (published != analysed) {
            throw new IllegalStateException("The report's count of cases with a cost (" + what + ": " + published
                    + ") differs from the cost analysis's (" + analysed + ")");
        }
    }
}
