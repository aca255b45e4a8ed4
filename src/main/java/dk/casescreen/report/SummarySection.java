package dk.casescreen.report;

import dk.casescreen.analysis.CaseSets;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.analysis.Verdict;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The one-page summary: what the municipality can conclude, key figures, the verdicts, the largest action opportunities. */
final class SummarySection {

    /** The cost bands above 4 mio. kr. */
    static final List<String> ABOVE_FOUR = List.of("band_4_6", "band_6_10", "band_over_10");
    /** The published figure of the share above 4 mio. kr. */
    static final String ABOVE_FOUR_FIGURE = "cost_above_4";

    private SummarySection() {
    }

    static String html(ReportInput in, ReportContext ctx, WhySection.Numbers why) {
        List<KeyFigure> figures = keyFigures(in, ctx);
        StringBuilder s = new StringBuilder("<p class=\"lead\">").append(Html.esc(lead(in, ctx, why))).append("</p>\n");
        FollowUpSection.snapshotNote(in, ctx).ifPresent(note -> s.append("<p class=\"snapshot\">").append(Html.esc(note)).append("</p>\n"));
        s.append("<div class=\"keyfigures\">\n");
        for (KeyFigure k : figures) {
            keyFigure(s, k.label(), k.value(), k.note());
        }
        s.append("</div>\n");
        verdictTable(s, in, ctx);
        opportunities(s, in, ctx);
        return s.toString();
    }

    /**
     * A key figure of the summary.
     *
     * @param label what it is ("Screenede sager")
     * @param value the figure as published ("42", "12,3 %", "&lt;5")
     * @param note  what to read it against ("reference 11,0 %")
     */
    record KeyFigure(String label, String value, String note) {
    }

    /** The summary's key figures: screened cases, the rate per 1,000 (one municipality), above 4 mio. kr., behaviour decisive. */
    static List<KeyFigure> keyFigures(ReportInput in, ReportContext ctx) {
        ReferenceText refText = new ReferenceText(ctx);
        ReportCells.Cell screened = screened(ctx);
        referenceScreened(in, ctx);
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure(ctx.t("Screenede sager", "Screened cases") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()),
                ctx.count(screened), ctx.t("2 mio. kr. eller mere om året", "2 mio. kr. or more a year")));
        Optional<FunnelPoint> ownPoint = in.funnel().flatMap(f -> f.points().stream()
                .filter(p -> in.municipalities().contains(p.municipalityCode())).findFirst());
        if (in.municipalities().size() == 1 && ownPoint.isPresent() && screened.shown()) {
            figures.add(new KeyFigure(ctx.t("Sager pr. 1.000 18–66-årige", "Cases per 1,000 aged 18–66"), ctx.f().decimal(ownPoint.get().rate(), 2),
                    VariationSection.averageText(in, ctx)));
        }
        Share aboveFour = aboveFour(ctx);
        figures.add(new KeyFigure(ctx.t("Over 4 mio. kr.", "Above 4 mio. kr.") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()),
                ctx.share(aboveFour.count(), aboveFour.n()), referenceNote(in, ctx, refText, ABOVE_FOUR_FIGURE, "cost_band", ABOVE_FOUR)));
        Share behaviour = behaviourDecisive(ctx);
        figures.add(new KeyFigure(ctx.t("Adfærden udslagsgivende", "Behaviour decisive") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()),
                ctx.share(behaviour.count(), behaviour.n()), referenceNote(in, ctx, refText, "behaviour_decisive", "behaviour_decisive",
                        List.of("yes"))));
        return figures;
    }

    private static String table(ReportContext ctx) {
        return ctx.t("Resumé", "Summary");
    }

    /** The published count {@code count} of {@code n}. */
    record Share(ReportCells.Cell count, ReportCells.Cell n) {
    }

    /** The own screened cases. */
    static ReportCells.Cell screened(ReportContext ctx) {
        return ctx.cell(table(ctx), ctx.t("Screenede sager", "Screened cases"), ctx.t("Antal", "Count"), ctx.ownScreened());
    }

    /** The pooled reference's screened cases, when the reference is the pooled cases. */
    static Optional<ReportCells.Cell> referenceScreened(ReportInput in, ReportContext ctx) {
        if (in.reference().kind() != dk.casescreen.analysis.Reference.Kind.POOLED) {
            return Optional.empty();
        }
        return Optional.of(ctx.cell(table(ctx), ctx.t("Reference: screenede sager", "Reference: screened cases"), ctx.t("Antal", "Count"),
                ctx.pooledScreened()));
    }

    /** The own cases above 4 mio. kr. of those whose cost band is known. */
    static Share aboveFour(ReportContext ctx) {
        BitSet own = ctx.ownScreened();
        ReportCells.Cell answeredBand = ctx.cell(table(ctx), ctx.t("Udgift besvaret", "Cost answered"), ctx.t("Antal", "Count"),
                CaseSets.and(own, ctx.sets().answered("cost_band")), "cost_band");
        ReportCells.Cell aboveFour = ctx.cell(table(ctx), ctx.t("Over 4 mio. kr.", "Above 4 mio. kr."), ctx.t("Antal", "Count"),
                CaseSets.and(own, ctx.sets().answers("cost_band", ABOVE_FOUR)), "cost_band");
        return new Share(aboveFour, answeredBand);
    }

    /** The own cases whose behaviour was decisive for the offer, of those that answered. */
    static Share behaviourDecisive(ReportContext ctx) {
        BitSet own = ctx.ownScreened();
        ReportCells.Cell answered = ctx.cell(table(ctx), ctx.t("Adfærd besvaret", "Behaviour answered"), ctx.t("Antal", "Count"),
                CaseSets.and(own, ctx.sets().answered("behaviour_decisive")), "behaviour_decisive");
        ReportCells.Cell behaviour = ctx.cell(table(ctx), ctx.t("Adfærden udslagsgivende", "Behaviour decisive"), ctx.t("Antal", "Count"),
                CaseSets.and(own, ctx.sets().answer("behaviour_decisive", "yes")), "behaviour_decisive");
        return new Share(behaviour, answered);
    }

    /** The pooled reference's share of a key figure, when the reference is the pooled cases. */
    static Optional<Share> referenceShare(ReportInput in, ReportContext ctx, String question, List<String> codes) {
        if (in.reference().kind() != dk.casescreen.analysis.Reference.Kind.POOLED) {
            return Optional.empty();
        }
        BitSet pool = ctx.pooledScreened();
        ReportCells.Cell n = ctx.cell(table(ctx), ctx.t("Reference: ", "Reference: ") + ctx.question(question), ctx.t("Besvaret", "Answered"),
                CaseSets.and(pool, ctx.sets().answered(question)), question);
        ReportCells.Cell c = ctx.cell(table(ctx), ctx.t("Reference: ", "Reference: ") + ctx.question(question), ctx.t("Antal", "Count"),
                CaseSets.and(pool, ctx.sets().answers(question, codes)), question);
        return Optional.of(new Share(c, n));
    }

    /** The published reference figure of a key figure, when the reference is published figures or a benchmark. */
    static Optional<ReferenceFigure> referenceFigure(ReportInput in, String figureId, String question, List<String> codes) {
        return in.reference().figures().stream()
                .filter(x -> x.id().equals(figureId) || (codes.size() == 1 && x.isAnswer(codes.getFirst()) && x.question().equals(question)))
                .findFirst();
    }

    /** The summary's opening paragraph: what was screened, compared with what, and how the hypotheses came out. */
    static String lead(ReportInput in, ReportContext ctx, WhySection.Numbers why) {
        ReportCells.Cell screened = screened(ctx);
        List<HypothesisResult> hs = in.own().hypotheses();
        long supported = hs.stream().filter(h -> h.verdict() == Verdict.SUPPORTED).count();
        long notSupported = hs.stream().filter(h -> h.verdict() == Verdict.NOT_SUPPORTED).count();
        long open = hs.stream().filter(h -> h.verdict() == Verdict.INCONCLUSIVE).count();
        StringBuilder s = new StringBuilder();
        s.append(in.title()).append(ctx.t(" har screenet ", " screened ")).append(ctx.count(screened))
                .append(ctx.t(" sager med en udgift på 2 mio. kr. eller mere om året", " cases costing 2 mio. kr. or more a year"))
                .append(in.cases().origin().isSynthetic() ? ctx.t(" (SYNTETISKE data: ingen rigtige borgere)", " (SYNTHETIC data: no real citizens)") : "")
                .append(ctx.t(". Tallene sammenlignes med ", ". The figures are compared with ")).append(new ReferenceText(ctx).describe(in.reference()))
                .append(' ');
        s.append(ctx.t("Af de ", "Of the ")).append(hs.size()).append(ctx.t(" hypoteser om, hvorfor tilbuddene er blevet dyre, er ",
                " hypotheses on why the offers became expensive, ")).append(supported)
                .append(ctx.t(" understøttet, ", " are supported, ")).append(notSupported).append(ctx.t(" ikke understøttet, og ", " not supported, and "))
                .append(open).append(ctx.t(" kan ikke afgøres på de egne sager.", " cannot be decided on the own cases."));
        Optional<Double> mde = why.medianDetectable();
        if (open > 0 && mde.isPresent()) {
            s.append(ctx.t(" At så mange ikke kan afgøres, skyldes først og fremmest antallet af sager, ikke at der ikke er noget at finde: med "
                    + "så få sager kan testene kun opdage en sammenhæng, hvis oddsene for et højere udgiftsinterval er mindst ",
                    " That so many cannot be decided is first of all due to the number of cases, not to there being nothing to find: "
                    + "with so few cases the tests can only detect an association where the odds of a higher cost band are at least "))
                    .append(ctx.f().decimal(mde.get(), 1)).append(ctx.t(" gange så store med faktoren som uden (mindste påviselige odds ratio, "
                    + "median over hypoteserne), mens en odds ratio på ", " times as large with the factor as without (minimum detectable "
                    + "odds ratio, median over the hypotheses), while an odds ratio of "))
                    .append(ctx.f().decimal(in.own().rule().smallestEffectOfInterest(), 1))
                    .append(ctx.t(" allerede ville betyde noget.", " would already matter."));
        }
        s.append(ctx.t(" Screeningen er et øjebliksbillede af sager, som hver kommune selv har udvalgt; resultaterne beskriver sammenhænge, "
                + "ikke årsager.", " The screening is a snapshot of cases each municipality selected itself; the results describe "
                + "associations, not causes."));
        return s.toString();
    }

    private static String referenceNote(ReportInput in, ReportContext ctx, ReferenceText refText, String figureId, String question,
                                        List<String> codes) {
        String label = ctx.t("reference ", "reference ");
        Optional<Share> pooled = referenceShare(in, ctx, question, codes);
        if (pooled.isPresent()) {
            return label + ctx.share(pooled.get().count(), pooled.get().n()) + ctx.syntheticSuffix(in.reference().synthetic());
        }
        Optional<ReferenceFigure> f = referenceFigure(in, figureId, question, codes);
        return label + f.map(refText::figure).orElse("–") + ctx.syntheticSuffix(in.reference().synthetic());
    }

    /**
     * One row of the verdict table.
     *
     * @param hypothesis the hypothesis ("H1 Det skyldes de private")
     * @param verdict    the own cases' verdict
     * @param own        the verdict in words
     * @param reference  the reference's verdict, or the slides' conclusion, in words
     */
    record VerdictRow(String hypothesis, Verdict verdict, String own, String reference) {
    }

    /** The heading of the verdict table's last column: the reference, or the slides of 2023. */
    static String referenceHeading(ReportInput in, ReportContext ctx) {
        return in.reference().verdictsBeside(in.cases().origin()).isPresent()
                ? ctx.t("Reference: ", "Reference: ") + new ReferenceText(ctx).title(in.reference())
                : ctx.t("Slidenes konklusion (2023)", "The slides' conclusion (2023)");
    }

    /** The verdict of every hypothesis on the own cases, beside the reference's or the slides'. */
    static List<VerdictRow> verdictRows(ReportInput in, ReportContext ctx) {
        VerdictText verdicts = new VerdictText(ctx.language());
        Optional<List<HypothesisResult>> refVerdicts = in.reference().verdictsBeside(in.cases().origin());
        List<VerdictRow> rows = new ArrayList<>();
        for (HypothesisResult h : in.own().hypotheses()) {
            String reference = refVerdicts.flatMap(list -> list.stream().filter(r -> r.spec().id().equals(h.spec().id())).findFirst())
                    .map(r -> verdicts.verdict(r.verdict()))
                    .orElseGet(() -> h.spec().slides().map(t -> t.in(ctx.language())).orElse("–"));
            rows.add(new VerdictRow(h.spec().id() + " " + h.spec().claim().in(ctx.language()), h.verdict(), verdicts.verdict(h.verdict()), reference));
        }
        return rows;
    }

    private static void verdictTable(StringBuilder s, ReportInput in, ReportContext ctx) {
        s.append("<h3>").append(Html.esc(ctx.t("Hypoteserne", "The hypotheses"))).append("</h3>\n<table class=\"verdicts\">\n<tr><th>")
                .append(Html.esc(ctx.t("Hypotese", "Hypothesis"))).append("</th><th>").append(Html.esc(ctx.ownLabel())).append("</th><th>")
                .append(Html.esc(referenceHeading(in, ctx))).append("</th></tr>\n");
        for (VerdictRow r : verdictRows(in, ctx)) {
            s.append("<tr><td>").append(Html.esc(r.hypothesis())).append("</td><td class=\"verdict-")
                    .append(r.verdict().name().toLowerCase(Locale.ROOT)).append("\">").append(Html.esc(r.own()))
                    .append("</td><td>").append(Html.esc(r.reference())).append("</td></tr>\n");
        }
        s.append("</table>\n");
    }

    /**
     * An action opportunity with the published count of own cases that have it.
     *
     * @param definition the opportunity
     * @param count      its count
     */
    record Opportunity(OpportunityDefinition definition, ReportCells.Cell count) {
    }

    /** The three largest action opportunities, by the counts shown (a hidden count sorts last, so the order reveals nothing hidden). */
    static List<Opportunity> largestOpportunities(ReportInput in, ReportContext ctx) {
        record Row(OpportunityDefinition definition, ReportCells.Cell count, int order) {
            long shownCount() {
                return count.shown() ? count.count() : -1;
            }
        }
        List<Row> rows = new ArrayList<>();
        List<OpportunityDefinition> definitions = in.own().opportunities().definitions();
        for (int i = 0; i < definitions.size(); i++) {
            rows.add(new Row(definitions.get(i), WhatSection.countCell(ctx, definitions.get(i)), i));
        }
        rows.sort(Comparator.comparingLong(Row::shownCount).reversed().thenComparingInt(Row::order));
        return rows.subList(0, Math.min(3, rows.size())).stream().map(r -> new Opportunity(r.definition(), r.count())).toList();
    }

    private static void opportunities(StringBuilder s, ReportInput in, ReportContext ctx) {
        s.append("<h3>").append(Html.esc(ctx.t("Største handlemuligheder", "Largest action opportunities"))).append("</h3>\n<ul>\n");
        for (Opportunity r : largestOpportunities(in, ctx)) {
            s.append("<li>").append(Html.esc(r.definition().label().in(ctx.language()))).append(": ").append(Html.esc(ctx.count(r.count())))
                    .append(Html.esc(ctx.t(" sager", " cases"))).append(" - ").append(Html.esc(r.definition().action().in(ctx.language())))
                    .append("</li>\n");
        }
        s.append("</ul>\n");
    }

    private static void keyFigure(StringBuilder s, String label, String value, String note) {
        s.append("<div class=\"keyfigure\"><span class=\"value\">").append(Html.esc(value)).append("</span>").append(Html.esc(label))
                .append("<br><span class=\"ci\">").append(Html.esc(note)).append("</span></div>\n");
    }
}
