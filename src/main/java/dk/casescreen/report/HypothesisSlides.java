package dk.casescreen.report;

import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.analysis.Verdict;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;

/**
 * "Hvorfor er de blevet dyre?" in the deck: the hypotheses and their verdicts as a table, then one
 * slide each with its chart, the verdict in words and, in the speaker notes, the reasoning (test,
 * odds ratio, adjusted p-value, minimum detectable effect). A hypothesis whose numbers would reveal a
 * suppressed count shows no numbers, as in the report.
 */
final class HypothesisSlides {

    private final ReportInput in;
    private final ReportContext ctx;
    private final SlideLayout layout;
    private final VerdictText verdicts;

    HypothesisSlides(ReportInput in, ReportContext ctx, SlideLayout layout) {
        this.in = in;
        this.ctx = ctx;
        this.layout = layout;
        this.verdicts = new VerdictText(ctx.language());
    }

    /** The section title. */
    String title() {
        return ctx.t("Hvorfor er de blevet dyre?", "Why did they become expensive?");
    }

    /** The verdict table, then a slide per hypothesis. */
    void add() {
        table();
        for (HypothesisResult h : in.own().hypotheses()) {
            hypothesis(h);
        }
    }

    private void table() {
        XSLFSlide slide = layout.slide(title());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(ctx.t("Hypotese", "Hypothesis"), ctx.ownLabel(), SummarySection.referenceHeading(in, ctx)));
        List<SummarySection.VerdictRow> verdictRows = SummarySection.verdictRows(in, ctx);
        for (SummarySection.VerdictRow r : verdictRows) {
            rows.add(List.of(r.hypothesis(), r.own(), r.reference()));
        }
        double width = SlideLayout.WIDTH - 2 * SlideLayout.MARGIN;
        XSLFTable table = layout.table(slide, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, width, 360), rows,
                new double[] {width * 0.42, width * 0.18, width * 0.40}, verdictRows.size() > 12 ? 10 : 12);
        for (int i = 0; i < verdictRows.size(); i++) {
            table.getCell(i + 1, 1).getTextParagraphs().getFirst().getTextRuns().getFirst().setFontColor(colour(verdictRows.get(i).verdict()));
            table.getCell(i + 1, 1).getTextParagraphs().getFirst().getTextRuns().getFirst().setBold(true);
        }
        List<String> notes = new ArrayList<>();
        notes.add(ctx.t("Hver hypotese testes på de egne sager: hvor almindelig er faktoren, og ligger sager med faktoren i højere "
                + "udgiftsintervaller, når der tages højde for målgruppe og adfærd?", "Each hypothesis is tested on the own cases: how common "
                + "is the factor, and do cases with it lie in higher cost bands once target group and behaviour are taken into account?"));
        in.own().hypotheses().stream().findFirst().ifPresent(h -> notes.add(verdicts.ruleNote(in.own().rule(), h.family().size())));
        notes.add(verdicts.snapshotNote());
        layout.notes(slide, notes);
    }

    private void hypothesis(HypothesisResult h) {
        WhySection.Counts c = WhySection.counts(ctx, h, ctx.own(), ctx.t("egne sager", "own cases"));
        boolean showNumbers = ctx.cells().mayShow(c.statistic());
        String claim = h.spec().id() + ". " + h.spec().claim().in(ctx.language());
        XSLFSlide slide = layout.slide(claim);
        layout.chart(slide, WhySection.chart(ctx, h), new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, 560, 396));
        double x = SlideLayout.MARGIN + 580;
        double w = SlideLayout.WIDTH - SlideLayout.MARGIN - x;
        String verdict = verdicts.verdict(h.verdict());
        layout.text(slide, new Rectangle2D.Double(x, SlideLayout.BODY_TOP, w, 34),
                verdict.substring(0, 1).toUpperCase(Locale.ROOT) + verdict.substring(1), 20, true, colour(h.verdict()));
        String reason = showNumbers ? verdicts.reason(h, in.own().rule()) : WhySection.hiddenReason(ctx);
        List<String> body = new ArrayList<>();
        body.add(reason);
        body.add(ctx.t("Forekomst", "Prevalence") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()) + ": " + prevalence(c));
        referenceLine(h).ifPresent(body::add);
        layout.paragraphs(slide, new Rectangle2D.Double(x, SlideLayout.BODY_TOP + 40, w, 356), body, 13, false);
        layout.notes(slide, notes(h, c, showNumbers, verdict, reason));
    }

    /** The prevalence as the report shows it: "12,3 % (4/33)", or the mark of a suppressed count. */
    private String prevalence(WhySection.Counts c) {
        return SlideDeck.share(ctx, c.exposed(), c.known());
    }

    private Optional<String> referenceLine(HypothesisResult h) {
        Optional<HypothesisResult> r = in.reference().verdictsBeside(in.cases().origin())
                .flatMap(list -> list.stream().filter(x -> x.spec().id().equals(h.spec().id())).findFirst());
        if (r.isPresent()) {
            WhySection.Counts rc = WhySection.counts(ctx, r.get(), ctx.sets().all(), ctx.t("reference", "reference"));
            return Optional.of(ctx.t("Reference: ", "Reference: ") + new ReferenceText(ctx).title(in.reference()) + ": "
                    + verdicts.verdict(r.get().verdict()) + " - "
                    + (ctx.cells().mayShow(rc.statistic()) ? verdicts.reason(r.get(), in.own().rule()) : WhySection.hiddenReason(ctx)));
        }
        return h.spec().slides().map(t -> ctx.t("Slidenes konklusion (2023): ", "The slides' conclusion (2023): ") + t.in(ctx.language()));
    }

    /** The reasoning, as the report's table of numbers gives it. */
    private List<String> notes(HypothesisResult h, WhySection.Counts c, boolean showNumbers, String verdict, String reason) {
        List<String> notes = new ArrayList<>();
        notes.add(ctx.t("Vurdering: ", "Verdict: ") + verdict + ". " + reason);
        notes.add(ctx.t("Eksponering: ", "Exposure: ") + h.spec().exposureLabel().in(ctx.language()));
        notes.add(ctx.t("Forekomst: ", "Prevalence: ") + prevalence(c));
        if (showNumbers) {
            h.association().ifPresent(t -> notes.add(ctx.t("Rangtest af udgiftsinterval: ", "Rank test of cost band: ") + WhySection.associationText(t, ctx)));
            notes.add(ctx.t("Odds ratio for et højere udgiftsinterval, justeret for ", "Odds ratio of a higher cost band, adjusted for ")
                    + WhySection.confounders(h, ctx) + ": " + h.effect().map(e -> WhySection.effectText(e, ctx)).orElse(ctx.t("kunne ikke beregnes", "could not be computed")));
            notes.add(ctx.t("Justeret p-værdi: ", "Adjusted p-value: ") + ctx.f().pValue(h.pAdjusted()));
            notes.add(ctx.t("Mindste påviselige odds ratio (80 % styrke): ", "Minimum detectable odds ratio (80% power): ")
                    + ctx.f().decimal(h.minimumDetectableEffect(), 2));
            h.aboveBelow().ifPresent(e -> notes.add(ctx.t("Over mod under 2 mio. kr.: ", "Above against below 2 mio. kr.: ") + WhySection.effectText(e, ctx)));
            notes.add(WhySection.detectable(h, ctx));
        }
        notes.add(verdicts.snapshotNote());
        return notes;
    }

    /** The colour of a verdict: supported in the highlight colour, not supported in blue, the rest grey. */
    static Color colour(Verdict v) {
        return switch (v) {
            case SUPPORTED -> SlideLayout.MARK;
            case NOT_SUPPORTED -> SlideLayout.ACCENT;
            case INCONCLUSIVE, NOT_RELEVANT -> SlideLayout.MUTED;
        };
    }
}
