package dk.casescreen.report;

import dk.casescreen.analysis.CaseSets;
import dk.casescreen.analysis.Effect;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.HypothesisSpec;
import dk.casescreen.chart.Chart;
import dk.casescreen.sheet.Question;
import dk.casescreen.stats.TestResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Hvorfor er de blevet dyre?": each hypothesis with its verdict, numbers, chart and reason. */
final class WhySection {

    private WhySection() {
    }

    /**
     * The published counts behind one hypothesis's result for one group of cases: the exposed and the
     * known cases, and the cost bands of the exposed and the unexposed.
     */
    record Counts(ReportCells.Cell exposed, ReportCells.Cell known, List<ReportCells.Cell> exposedBands,
                  List<ReportCells.Cell> unexposedBands, String statistic, java.util.Set<String> dimensions,
                  Optional<ReportCells.Cell> exposedBelow, Optional<ReportCells.Cell> unexposedBelow) {
    }

    /** Numbers the summary needs from this section. */
    record Numbers(Optional<Double> medianDetectable) {
    }

    /** Registers the counts of every own hypothesis and returns the median minimum detectable effect of those shown. */
    static Numbers numbers(ReportInput in, ReportContext ctx) {
        List<Double> shown = new ArrayList<>();
        for (HypothesisResult h : in.own().hypotheses()) {
            Counts c = counts(ctx, h, ctx.own(), ctx.t("egne sager", "own cases"));
            if (ctx.cells().mayShow(c.statistic()) && !Double.isNaN(h.minimumDetectableEffect())) {
                shown.add(h.minimumDetectableEffect());
            }
        }
        if (shown.isEmpty()) {
            return new Numbers(Optional.empty());
        }
        double[] v = shown.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Numbers(Optional.of(v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2));
    }

    static Counts counts(ReportContext ctx, HypothesisResult h, BitSet municipalities, String whose) {
        HypothesisSpec spec = h.spec();
        BitSet group = CaseSets.and(municipalities, ctx.sets().banded());
        java.util.Set<String> dims = new java.util.TreeSet<>();
        spec.exposure().forEach(c -> dims.add(c.questionKey()));
        dims.add("cost_band");
        String table = spec.id() + " " + spec.claim().in(ctx.language()) + ", " + whose;
        BitSet exposedSet = CaseSets.and(group, ctx.sets().exposed(spec));
        BitSet unexposedSet = CaseSets.and(group, ctx.sets().unexposed(spec));
        BitSet knownSet = (BitSet) exposedSet.clone();
        knownSet.or(unexposedSet);
        ReportCells.Cell exposed = ctx.cell(table, ctx.t("Med ", "With ") + spec.exposureLabel().in(ctx.language()), ctx.t("I alt", "Total"), exposedSet, dims);
        ReportCells.Cell known = ctx.cell(table, ctx.t("Kendt eksponering", "Exposure known"), ctx.t("I alt", "Total"), knownSet, dims);
        check(exposed.count(), h.prevalence().count(), known.count(), h.prevalence().n(), table);
        Question band = ctx.input().cases().sheet().require("cost_band");
        List<ReportCells.Cell> withBands = new ArrayList<>();
        List<ReportCells.Cell> withoutBands = new ArrayList<>();
        for (String code : h.bandCounts().bands()) {
            String label = band.option(code).orElseThrow().label().in(ctx.language());
            BitSet inBand = ctx.sets().answer("cost_band", code);
            withBands.add(ctx.cell(table, ctx.t("Med ", "With ") + spec.exposureLabel().in(ctx.language()), label, CaseSets.and(exposedSet, inBand), dims));
            withoutBands.add(ctx.cell(table, ctx.t("Uden", "Without"), label, CaseSets.and(unexposedSet, inBand), dims));
        }
        List<ReportCells.Cell> all = new ArrayList<>(List.of(exposed, known));
        all.addAll(withBands);
        all.addAll(withoutBands);
        Optional<ReportCells.Cell> exposedBelow = Optional.empty();
        Optional<ReportCells.Cell> unexposedBelow = Optional.empty();
        if (h.aboveBelow().isPresent()) {
            BitSet below = CaseSets.and(municipalities, ctx.sets().answer("cost_band", "band_under_2_0"));
            String label = ctx.t("Under 2 mio. kr.", "Below 2 mio. kr.");
            exposedBelow = Optional.of(ctx.cell(table, ctx.t("Med ", "With ") + spec.exposureLabel().in(ctx.language()), label,
                    CaseSets.and(below, ctx.sets().exposed(spec)), dims));
            unexposedBelow = Optional.of(ctx.cell(table, ctx.t("Uden", "Without"), label, CaseSets.and(below, ctx.sets().unexposed(spec)), dims));
            all.add(exposedBelow.get());
            all.add(unexposedBelow.get());
        }
        String statistic = table + ": " + ctx.t("test og odds ratio", "test and odds ratio");
        ctx.cells().statistic(statistic, all.toArray(ReportCells.Cell[]::new));
        return new Counts(exposed, known, withBands, withoutBands, statistic, dims, exposedBelow, unexposedBelow);
    }

    private static void check(long exposed, long expectedExposed, long known, long expectedKnown, String table) {
        if (exposed != expectedExposed || known != expectedKnown) {
            throw new IllegalStateException("The report's counts of " + table + " differ from the analysis's");
        }
    }

    static String html(ReportInput in, ReportContext ctx) {
        VerdictText verdicts = new VerdictText(ctx.language());
        ReferenceText refText = new ReferenceText(ctx);
        Optional<List<HypothesisResult>> refVerdicts = in.reference().verdictsBeside(in.cases().origin());
        StringBuilder s = new StringBuilder("<p>").append(Html.esc(ctx.t(
                "Hver hypotese testes på de egne sager: hvor almindelig er faktoren, og ligger sager med faktoren i højere udgiftsintervaller, "
                        + "når der tages højde for målgruppe og adfærd? P-værdierne er justeret for, at der testes flere hypoteser på én gang. "
                        + "\"Ikke understøttet\" kræver samme justerede sikkerhed som \"understøttet\" - aldrig blot at testen var for svag. "
                        + "Screeningen er et øjebliksbillede af sager, som hver kommune selv har udvalgt ved 2 mio. kr. eller mere; "
                        + "resultaterne beskriver sammenhænge med udgiftsniveauet, ikke årsager.",
                "Each hypothesis is tested on the own cases: how common is the factor, and do cases with it lie in higher cost bands once "
                        + "target group and behaviour are taken into account? The p-values are adjusted for testing several hypotheses at once. "
                        + "\"Not supported\" needs the same adjusted certainty as \"supported\" - never merely a test too weak. "
                        + "The screening is a snapshot of cases each municipality selected itself at 2 mio. kr. or more; the results "
                        + "describe associations with the cost level, not causes.")))
                .append("</p>\n");
        for (HypothesisResult h : in.own().hypotheses()) {
            Counts c = counts(ctx, h, ctx.own(), ctx.t("egne sager", "own cases"));
            boolean showNumbers = ctx.cells().mayShow(c.statistic());
            s.append("<h3 id=\"").append(Html.esc(h.spec().id())).append("\">").append(Html.esc(h.spec().id() + ". "
                    + h.spec().claim().in(ctx.language()))).append(" - <span class=\"verdict-").append(h.verdict().name().toLowerCase(Locale.ROOT))
                    .append("\">").append(Html.esc(verdicts.verdict(h.verdict()))).append("</span></h3>\n");
            s.append("<p class=\"reason\">").append(Html.esc(showNumbers ? verdicts.reason(h, in.own().rule()) : hiddenReason(ctx)))
                    .append("</p>\n<table class=\"numbers\">\n");
            row(s, ctx.t("Eksponering", "Exposure"), Html.esc(h.spec().exposureLabel().in(ctx.language())));
            s.append("<tr><th>").append(Html.esc(ctx.t("Forekomst", "Prevalence") + ctx.syntheticSuffix(in.cases().origin().isSynthetic())))
                    .append("</th>").append(ctx.shareCell(c.exposed(), c.known())).append("</tr>\n");
            if (showNumbers) {
                h.association().ifPresent(t -> row(s, ctx.t("Rangtest af udgiftsinterval", "Rank test of cost band"), association(t, ctx)));
                row(s, ctx.t("Odds ratio for et højere udgiftsinterval, justeret for ", "Odds ratio of a higher cost band, adjusted for ")
                        + confounders(h, ctx), h.effect().map(e -> effect(e, ctx)).orElse(Html.esc(ctx.t("kunne ikke beregnes", "could not be computed"))));
                row(s, ctx.t("Justeret p-værdi", "Adjusted p-value"), ctx.f().pValue(h.pAdjusted()));
                row(s, ctx.t("Mindste påviselige odds ratio (80 % styrke)", "Minimum detectable odds ratio (80% power)"),
                        ctx.f().decimal(h.minimumDetectableEffect(), 2));
                h.aboveBelow().ifPresent(e -> row(s, ctx.t("Over mod under 2 mio. kr.", "Above against below 2 mio. kr."), effect(e, ctx)));
            }
            reference(s, h, in, ctx, verdicts, refVerdicts, refText);
            s.append("</table>\n");
            if (showNumbers) {
                s.append("<p>").append(Html.esc(detectable(h, ctx))).append("</p>\n");
            }
            s.append(Charts.html(chart(ctx, h, c)));
        }
        return s.toString();
    }

    private static void reference(StringBuilder s, HypothesisResult h, ReportInput in, ReportContext ctx, VerdictText verdicts,
                                  Optional<List<HypothesisResult>> refVerdicts, ReferenceText refText) {
        Optional<HypothesisResult> r = refVerdicts.flatMap(list -> list.stream().filter(x -> x.spec().id().equals(h.spec().id())).findFirst());
        if (r.isPresent()) {
            Counts rc = counts(ctx, r.get(), ctx.sets().all(), ctx.t("reference", "reference"));
            String text = verdicts.verdict(r.get().verdict()) + ": "
                    + (ctx.cells().mayShow(rc.statistic()) ? verdicts.reason(r.get(), in.own().rule()) : hiddenReason(ctx));
            row(s, ctx.t("Reference: ", "Reference: ") + refText.title(in.reference()), Html.esc(text));
        } else {
            h.spec().slides().ifPresent(t -> row(s, ctx.t("Slidenes konklusion (2023)", "The slides' conclusion (2023)"), Html.esc(t.in(ctx.language()))));
        }
    }

    /** The chart of a hypothesis on the own cases: the cost bands of the exposed against the unexposed. */
    static Chart chart(ReportContext ctx, HypothesisResult h) {
        return chart(ctx, h, counts(ctx, h, ctx.own(), ctx.t("egne sager", "own cases")));
    }

    private static Chart chart(ReportContext ctx, HypothesisResult h, Counts c) {
        Question band = ctx.input().cases().sheet().require("cost_band");
        List<String> labels = h.bandCounts().bands().stream().map(code -> band.option(code).orElseThrow().label().in(ctx.language())).toList();
        ReportCells.Cell unexposedTotal = unexposedTotal(ctx, c);
        List<Charts.Value> with = new ArrayList<>();
        List<Charts.Value> without = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            with.add(Charts.Value.share(ctx, c.exposedBands().get(i), c.exposed()));
            without.add(Charts.Value.share(ctx, c.unexposedBands().get(i), unexposedTotal));
        }
        String suffix = ctx.syntheticSuffix(ctx.input().cases().origin().isSynthetic());
        return new Charts(ctx).hypothesis("hypotese-" + h.spec().id(), h.spec().id() + ": "
                        + ctx.t("udgiftsinterval efter eksponering", "cost band by exposure"), labels,
                ctx.t("Med ", "With ") + h.spec().exposureLabel().in(ctx.language()) + suffix, with, ctx.t("Uden", "Without") + suffix, without);
    }

    /** The published count of the unexposed cases with a cost band, which the chart's shares of the unexposed are of. */
    static ReportCells.Cell unexposedTotal(ReportContext ctx, Counts c) {
        return ctx.cell(c.exposed().ref().table(), ctx.t("Uden", "Without"), ctx.t("I alt", "Total"), difference(c.known(), c.exposed()),
                c.dimensions());
    }

    private static BitSet difference(ReportCells.Cell all, ReportCells.Cell part) {
        BitSet set = all.ref().members();
        set.andNot(part.ref().members());
        return set;
    }

    /** The confounders a hypothesis is adjusted for, in words ("målgruppe og adfærd"). */
    static String confounders(HypothesisResult h, ReportContext ctx) {
        List<String> names = new ArrayList<>();
        for (String key : h.spec().confounders()) {
            names.add(ctx.input().cases().sheet().require(key).text().in(ctx.language()).toLowerCase(Locale.ROOT));
        }
        return String.join(ctx.t(" og ", " and "), names);
    }

    /** Why a hypothesis's numbers are not shown. */
    static String hiddenReason(ReportContext ctx) {
        return ctx.t("Tallene bag vises ikke, fordi de ville afsløre antal under " + ctx.threshold() + " personer.",
                "The numbers behind it are not shown, because they would reveal counts under " + ctx.threshold() + " persons.");
    }

    /** What the test could detect with these cases, in a sentence. */
    static String detectable(HypothesisResult h, ReportContext ctx) {
        if (Double.isNaN(h.minimumDetectableEffect())) {
            return ctx.t("Testen kunne ikke gennemføres, så hverken store eller små sammenhænge kan udelukkes.",
                    "The test could not be carried out, so neither large nor small associations can be ruled out.");
        }
        return ctx.t("Med disse sager kunne testen opdage en odds ratio på ", "With these cases the test could detect an odds ratio of ")
                + ctx.f().decimal(h.minimumDetectableEffect(), 2)
                + ctx.t(" eller mere med 80 % sandsynlighed; mindre sammenhænge kan den ikke skelne fra tilfældighed.",
                " or more with 80% probability; smaller associations it cannot tell from chance.");
    }

    private static void row(StringBuilder s, String label, String valueHtml) {
        s.append("<tr><th>").append(Html.esc(label)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static String association(TestResult t, ReportContext ctx) {
        return Html.esc(associationText(t, ctx));
    }

    /** The rank test of the cost band, in words and numbers. */
    static String associationText(TestResult t, ReportContext ctx) {
        return ctx.t("Wilcoxons rangsumtest", "Wilcoxon rank-sum test") + ": W = " + ctx.f().decimal(t.statistic(), 1) + ", p "
                + ctx.f().pValue(t.pValue());
    }

    private static String effect(Effect e, ReportContext ctx) {
        return Html.esc(effectText(e, ctx));
    }

    /** An odds ratio with its interval, p-value and number of cases. */
    static String effectText(Effect e, ReportContext ctx) {
        return "OR " + ctx.f().decimal(e.estimate(), 2) + ctx.t(" (95 %-KI ", " (95% CI ") + ctx.f().decimal(e.confLow(), 2) + "–"
                + ctx.f().decimal(e.confHigh(), 2) + "), p " + ctx.f().pValue(e.pValue()) + ", n = " + ctx.f().integer(e.n());
    }
}
