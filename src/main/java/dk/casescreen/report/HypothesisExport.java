package dk.casescreen.report;

import static dk.casescreen.report.ExportColumns.columns;
import static dk.casescreen.report.ExportColumns.count;
import static dk.casescreen.report.ExportColumns.one;
import static dk.casescreen.report.ExportColumns.t;

import dk.casescreen.Text;
import dk.casescreen.analysis.Effect;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.disclosure.CellRef;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import dk.casescreen.report.TidyTable.Status;
import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Hvorfor er de blevet dyre?" as export tables: one row per hypothesis with its counts and verdict, its
 * statistics in long form (one row per hypothesis × measure), and the cost bands of the exposed and the
 * unexposed cases behind its chart. A hypothesis's statistics are shown only where the report shows them.
 */
final class HypothesisExport {

    private static final Column HYPOTHESIS = Column.code("hypothesis_id", t("Hypotese", "Hypothesis"), t("Hypotesens id (H1-H10, "
            + "egne fra H11).", "The hypothesis's id (H1-H10, user hypotheses from H11)."), false);

    /** One row per group × hypothesis. */
    static final Definition HYPOTHESES = new Definition("hypotheses", t("Hypoteser", "Hypotheses"),
            t("Én række pr. gruppe × hypotese: hvor almindelig faktoren er, og dommen. Referencens domme kun, når referencen er data af "
                    + "samme slags (syntetisk eller rigtig) som de egne sager.", "One row per group × hypothesis: how common the factor is, and "
                    + "the verdict. The reference's verdicts only when the reference is data of the same kind (synthetic or real) as the own cases."),
            columns(ExportColumns.group(), one(HYPOTHESIS),
                    one(Column.text("claim", t("Påstand", "Claim"), t("Hypotesen, som slidene formulerede den.", "The hypothesis as the slides put it."), false)),
                    one(Column.text("exposure", t("Eksponering", "Exposure"), t("Faktoren, der testes.", "The factor tested."), false)),
                    count("exposed", t("Med faktoren", "Exposed"), t("Sager med faktoren og kendt udgiftsinterval.", "Cases with the factor and a known "
                            + "cost band.")),
                    count("exposure_known", t("Kendt eksponering", "Exposure known"), t("Sager, hvor det vides, om faktoren er til stede "
                            + "(med kendt udgiftsinterval).", "Cases where it is known whether the factor is present (with a known cost band).")),
                    one(Column.share("prevalence", t("Forekomst", "Prevalence"), t("exposed / exposure_known (0-1).", "exposed / exposure_known (0-1)."))),
                    one(Column.code("verdict_code", t("Dom, kode", "Verdict code"), t("supported, not_supported, inconclusive eller not_relevant.",
                            "supported, not_supported, inconclusive or not_relevant."), false, "supported", "not_supported", "inconclusive", "not_relevant")),
                    one(Column.text("verdict", t("Dom", "Verdict"), t("Dommen i ord.", "The verdict in words."), false)),
                    one(Column.integer("family_size", t("Hypoteser i familien", "Hypotheses in the family"), t("Antal hypoteser, som p-værdien "
                            + "og intervallerne er justeret for (testet sammen; én kørt alene er en familie af 1).", "The number of hypotheses the "
                            + "p-value and intervals are adjusted for (tested together; one run alone is a family of one)."))),
                    one(Column.code("adjustment", t("Justering", "Adjustment"), t("Metoden: holm eller benjamini_hochberg.",
                            "The method: holm or benjamini_hochberg."), false, "holm", "benjamini_hochberg")),
                    one(Column.text("reason", t("Begrundelse", "Reason"), t("Begrundelsen, som rapporten giver den (uden tal, når de ville afsløre "
                            + "små antal).", "The reason as the report gives it (without numbers where they would reveal small counts)."), false)),
                    one(Column.text("slides", t("Slidenes konklusion (2023)", "The slides' conclusion (2023)"), t("Hvad slidene fra 2023 konkluderede; "
                            + "tom for egne hypoteser og referencen.", "What the 2023 slides concluded; empty for user hypotheses and the reference."), true)),
                    one(ExportColumns.synthetic())));

    /** One row per group × hypothesis × measure. */
    static final Definition TESTS = new Definition("hypothesis_tests", t("Hypoteser, test", "Hypothesis tests"),
            t("Én række pr. gruppe × hypotese × mål (lang form): tests, odds ratioer og intervaller. Kun de tal, rapporten viser.",
                    "One row per group × hypothesis × measure (long form): tests, odds ratios and intervals. Only the numbers the report shows."),
            columns(one(ExportColumns.group().getFirst()), one(HYPOTHESIS),
                    one(Column.code("measure", t("Mål, kode", "Measure code"), t("Målets faste kode; se measure_label.", "The measure's stable code; "
                            + "see measure_label."), false, Measure.codes())),
                    one(Column.text("measure_label", t("Mål", "Measure"), t("Målet i ord.", "The measure in words."), false)),
                    one(Column.number("value", t("Værdi", "Value"), t("Værdien (andele 0-1, odds ratioer, p-værdier, antal). Tom, når den ikke vises.",
                            "The value (shares 0-1, odds ratios, p-values, counts). Empty when not shown."), 3)),
                    one(ExportColumns.status("value", t("Værdi", "Value"))),
                    one(ExportColumns.synthetic())));

    /** One row per group × hypothesis × exposure × cost band. */
    static final Definition BANDS = new Definition("hypothesis_bands", t("Hypoteser, udgift", "Hypotheses, bands"),
            t("Én række pr. gruppe × hypotese × eksponering × udgiftsinterval: tallene bag hypotesens diagram.", "One row per group × hypothesis × "
                    + "exposure × cost band: the numbers behind the hypothesis's chart."),
            columns(one(ExportColumns.group().getFirst()), one(HYPOTHESIS),
                    one(Column.code("exposure", t("Eksponering, kode", "Exposure code"), t("exposed (med faktoren) eller unexposed (uden).",
                            "exposed (with the factor) or unexposed (without)."), false, "exposed", "unexposed")),
                    one(Column.text("exposure_label", t("Eksponering", "Exposure"), t("Med eller uden faktoren, i ord.", "With or without the factor, in words."), false)),
                    one(Column.code("band_code", t("Udgiftsinterval, kode", "Cost band code"), t("Udgiftsintervallets kode (band_under_2_0 er "
                            + "sammenligningssager under 2 mio. kr.).", "The cost band's code (band_under_2_0 are comparison cases below 2 mio. kr.)."), false)),
                    one(Column.text("band", t("Udgiftsinterval", "Cost band"), t("Udgiftsintervallet i mio. kr.", "The cost band in mio. kr."), false)),
                    count("count", t("Antal", "Count"), t("Sager i gruppen med udgiftsintervallet.", "Cases of the group in the cost band.")),
                    count("group_total", t("I alt", "Total"), t("Sager i gruppen (med eller uden faktoren) med et udgiftsinterval på 2 mio. kr. eller "
                            + "mere: andelens nævner.", "Cases of the group (with or without the factor) with a cost band of 2 mio. kr. or more: the "
                            + "share's denominator.")),
                    one(Column.share("share", t("Andel", "Share"), t("count / group_total (0-1), som i diagrammet.", "count / group_total (0-1), as in the chart."))),
                    one(ExportColumns.synthetic())));

    /** The measures of {@link #TESTS}, how each is read off a result, and how it is shown. */
    enum Measure {
        PREVALENCE_CONF_LOW("prevalence_conf_low", t("Forekomst, 95 %-KI nedre (Wilson)", "Prevalence, 95% CI lower (Wilson)"), 1, true, false,
                h -> Optional.of(h.prevalence().confLow())),
        PREVALENCE_CONF_HIGH("prevalence_conf_high", t("Forekomst, 95 %-KI øvre (Wilson)", "Prevalence, 95% CI upper (Wilson)"), 1, true, false,
                h -> Optional.of(h.prevalence().confHigh())),
        RANK_SUM_W("rank_sum_w", t("Wilcoxons rangsumtest af udgiftsinterval, W", "Wilcoxon rank-sum test of cost band, W"), 1, false, true,
                h -> h.association().map(a -> a.statistic())),
        RANK_SUM_P("rank_sum_p", t("Wilcoxons rangsumtest, p", "Wilcoxon rank-sum test, p"), 3, false, true, h -> h.association().map(a -> a.pValue())),
        ODDS_RATIO("odds_ratio", t("Odds ratio for et højere udgiftsinterval, justeret", "Odds ratio of a higher cost band, adjusted"), 2, false, true,
                h -> h.effect().map(Effect::estimate)),
        ODDS_RATIO_CONF_LOW("odds_ratio_conf_low", t("Odds ratio, 95 %-KI nedre", "Odds ratio, 95% CI lower"), 2, false, true,
                h -> h.effect().map(Effect::confLow)),
        ODDS_RATIO_CONF_HIGH("odds_ratio_conf_high", t("Odds ratio, 95 %-KI øvre", "Odds ratio, 95% CI upper"), 2, false, true,
                h -> h.effect().map(Effect::confHigh)),
        ODDS_RATIO_P("odds_ratio_p", t("Odds ratio, p", "Odds ratio, p"), 3, false, true, h -> h.effect().map(Effect::pValue)),
        ODDS_RATIO_N("odds_ratio_n", t("Odds ratio, sager i modellen", "Odds ratio, cases in the model"), 0, false, true,
                h -> h.effect().map(e -> (double) e.n())),
        SIMULTANEOUS_CONF_LOW("odds_ratio_simultaneous_low", t("Odds ratio, simultant interval nedre (Bonferroni)",
                "Odds ratio, simultaneous interval lower (Bonferroni)"), 2, false, true, h -> h.simultaneousEffect().map(s -> s.confLow())),
        SIMULTANEOUS_CONF_HIGH("odds_ratio_simultaneous_high", t("Odds ratio, simultant interval øvre (Bonferroni)",
                "Odds ratio, simultaneous interval upper (Bonferroni)"), 2, false, true, h -> h.simultaneousEffect().map(s -> s.confHigh())),
        P_ADJUSTED("p_adjusted", t("Justeret p-værdi", "Adjusted p-value"), 3, false, true, h -> Optional.of(h.pAdjusted())),
        MINIMUM_DETECTABLE("minimum_detectable_odds_ratio", t("Mindste påviselige odds ratio (80 % styrke)", "Minimum detectable odds ratio (80% power)"),
                2, false, true, h -> Optional.of(h.minimumDetectableEffect())),
        ABOVE_BELOW("above_below_odds_ratio", t("Over mod under 2 mio. kr., odds ratio", "Above against below 2 mio. kr., odds ratio"), 2, false, true,
                h -> h.aboveBelow().map(Effect::estimate)),
        ABOVE_BELOW_CONF_LOW("above_below_conf_low", t("Over mod under 2 mio. kr., 95 %-KI nedre", "Above against below 2 mio. kr., 95% CI lower"),
                2, false, true, h -> h.aboveBelow().map(Effect::confLow)),
        ABOVE_BELOW_CONF_HIGH("above_below_conf_high", t("Over mod under 2 mio. kr., 95 %-KI øvre", "Above against below 2 mio. kr., 95% CI upper"),
                2, false, true, h -> h.aboveBelow().map(Effect::confHigh)),
        ABOVE_BELOW_P("above_below_p", t("Over mod under 2 mio. kr., p", "Above against below 2 mio. kr., p"), 3, false, true,
                h -> h.aboveBelow().map(Effect::pValue)),
        ABOVE_BELOW_N("above_below_n", t("Over mod under 2 mio. kr., sager i modellen", "Above against below 2 mio. kr., cases in the model"), 0,
                false, true, h -> h.aboveBelow().map(e -> (double) e.n()));

        private final String code;
        private final Text label;
        private final int decimals;
        private final boolean percent;
        private final boolean statistic;
        private final Function<HypothesisResult, Optional<Double>> value;

        Measure(String code, Text label, int decimals, boolean percent, boolean statistic, Function<HypothesisResult, Optional<Double>> value) {
            this.code = code;
            this.label = label;
            this.decimals = decimals;
            this.percent = percent;
            this.statistic = statistic;
            this.value = value;
        }

        static String[] codes() {
            return java.util.Arrays.stream(values()).map(m -> m.code).toArray(String[]::new);
        }
    }

    /** A hypothesis's result with the published counts behind it, for one group. */
    private record Group(String code, HypothesisResult result, WhySection.Counts counts, Optional<ReportCells.Cell> unexposedTotal, boolean synthetic) {
    }

    private HypothesisExport() {
    }

    private static List<Group> groups(ReportInput in, ReportContext ctx) {
        List<Group> groups = new ArrayList<>();
        Optional<List<HypothesisResult>> refVerdicts = in.reference().verdictsBeside(in.cases().origin());
        for (HypothesisResult h : in.own().hypotheses()) {
            WhySection.Counts c = WhySection.counts(ctx, h, ctx.own(), ctx.t("egne sager", "own cases"));
            groups.add(new Group(ExportColumns.OWN, h, c, Optional.of(WhySection.unexposedTotal(ctx, c)), in.cases().origin().isSynthetic()));
        }
        for (HypothesisResult h : in.own().hypotheses()) {
            Optional<HypothesisResult> r = refVerdicts.flatMap(list -> list.stream().filter(x -> x.spec().id().equals(h.spec().id())).findFirst());
            r.ifPresent(ref -> groups.add(new Group(ExportColumns.REFERENCE, ref, WhySection.counts(ctx, ref, ctx.sets().all(),
                    ctx.t("reference", "reference")), Optional.empty(), in.reference().synthetic())));
        }
        return groups;
    }

    static TidyTable hypotheses(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(HYPOTHESES, ctx.language());
        VerdictText verdicts = new VerdictText(ctx.language());
        for (Group g : groups(in, ctx)) {
            HypothesisResult h = g.result();
            TidyTable.RowBuilder row = table.row();
            if (g.code().equals(ExportColumns.OWN)) {
                ExportColumns.own(row, in, ctx);
            } else {
                ExportColumns.reference(row, in, ctx);
            }
            boolean numbers = ctx.cells().mayShow(g.counts().statistic());
            row.text("hypothesis_id", h.spec().id()).text("claim", h.spec().claim().in(ctx.language()))
                    .text("exposure", h.spec().exposureLabel().in(ctx.language())).count("exposed", g.counts().exposed())
                    .count("exposure_known", g.counts().known()).share("prevalence", g.counts().exposed(), g.counts().known())
                    .text("verdict_code", h.verdict().name().toLowerCase(Locale.ROOT)).text("verdict", verdicts.verdict(h.verdict()))
                    .integer("family_size", (long) h.family().size()).text("adjustment", h.family().adjustment().name().toLowerCase(Locale.ROOT))
                    .text("reason", numbers ? verdicts.reason(h, in.own().rule()) : WhySection.hiddenReason(ctx))
                    .text("slides", g.code().equals(ExportColumns.OWN) ? h.spec().slides().map(s -> s.in(ctx.language())).orElse(null) : null)
                    .bool("synthetic", g.synthetic()).add();
        }
        return table;
    }

    static TidyTable tests(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(TESTS, ctx.language());
        for (Group g : groups(in, ctx)) {
            boolean numbers = ctx.cells().mayShow(g.counts().statistic());
            List<CellRef> statistic = ctx.cells().publication().statistics().get(g.counts().statistic());
            boolean prevalenceShown = g.counts().exposed().shown() && g.counts().known().shown();
            List<CellRef> prevalence = List.of(g.counts().exposed().ref(), g.counts().known().ref());
            for (Measure m : Measure.values()) {
                boolean shown = m.statistic ? numbers : prevalenceShown;
                Optional<Double> value = m.value.apply(g.result()).filter(Double::isFinite);
                Status status = !shown ? Status.SECONDARY : value.isPresent() ? Status.SHOWN : Status.NOT_AVAILABLE;
                table.row().text("group", g.code()).text("hypothesis_id", g.result().spec().id()).text("measure", m.code)
                        .text("measure_label", m.label.in(ctx.language()))
                        .decimal("value", status == Status.SHOWN ? value.get() : null, m.decimals, m.percent, m.statistic ? statistic : prevalence)
                        .status("value_status", status).bool("synthetic", g.synthetic()).add();
            }
        }
        return table;
    }

    static TidyTable bands(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(BANDS, ctx.language());
        Question band = in.cases().sheet().require("cost_band");
        for (Group g : groups(in, ctx)) {
            HypothesisResult h = g.result();
            WhySection.Counts c = g.counts();
            List<String> codes = h.bandCounts().bands();
            String with = ctx.t("Med ", "With ") + h.spec().exposureLabel().in(ctx.language());
            String without = ctx.t("Uden", "Without");
            for (int i = 0; i < codes.size(); i++) {
                band(table, g, "exposed", with, codes.get(i), band, c.exposedBands().get(i), Optional.of(c.exposed()), ctx);
            }
            c.exposedBelow().ifPresent(cell -> band(table, g, "exposed", with, "band_under_2_0", band, cell, Optional.empty(), ctx));
            for (int i = 0; i < codes.size(); i++) {
                band(table, g, "unexposed", without, codes.get(i), band, c.unexposedBands().get(i), g.unexposedTotal(), ctx);
            }
            c.unexposedBelow().ifPresent(cell -> band(table, g, "unexposed", without, "band_under_2_0", band, cell, Optional.empty(), ctx));
        }
        return table;
    }

    private static void band(TidyTable table, Group g, String exposure, String label, String code, Question band, ReportCells.Cell count,
                             Optional<ReportCells.Cell> total, ReportContext ctx) {
        table.row().text("group", g.code()).text("hypothesis_id", g.result().spec().id()).text("exposure", exposure).text("exposure_label", label)
                .text("band_code", code).text("band", band.option(code).orElseThrow().label().in(ctx.language())).count("count", count)
                .count("group_total", total.orElse(null)).share("share", count, total.orElse(null)).bool("synthetic", g.synthetic()).add();
    }
}
