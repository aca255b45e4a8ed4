package dk.casescreen.report;

import dk.casescreen.analysis.CostSummary;
import dk.casescreen.analysis.HypothesisResult;
import dk.casescreen.chart.Chart;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * "Hvad koster de?" in the deck: the key figures beside the Lorenz curve and the money per opportunity, and,
 * when populations are known and the data hold several municipalities, the spending per 1,000 aged 18–66
 * per municipality on a slide of its own. The charts are the report's {@link Chart} models, every amount
 * comes from the same published counts ({@link CostCells}) as the report, and the reasoning (the cost ratios
 * in words, the concentration, why amounts are hidden) is in the speaker notes.
 */
final class CostSlides {

    private final ReportInput in;
    private final ReportContext ctx;
    private final SlideLayout layout;

    CostSlides(ReportInput in, ReportContext ctx, SlideLayout layout) {
        this.in = in;
        this.ctx = ctx;
        this.layout = layout;
    }

    /** The key figures as "label: value" lines, each hidden with its count. */
    static List<String> keyFigures(ReportContext ctx, CostCells.Numbers n) {
        CostCells.Group all = n.overall();
        CostSummary s = all.summary();
        List<String> lines = new ArrayList<>();
        lines.add(ctx.t("Sager med udgift: ", "Cases with a cost: ") + ctx.count(all.cell()) + ctx.t(" (uden udgift: ", " (without a cost: ")
                + ctx.count(n.missing()) + ", " + CostSection.missingShare(ctx, n) + ")");
        String hidden = all.cell().shown() ? "–" : ctx.mark(all.cell().status());
        lines.add(ctx.t("Udgift i alt: ", "Total cost: ") + (all.shown() ? CostSection.kr(ctx, s.total().doubleValue()) : hidden));
        lines.add(ctx.t("Gennemsnit pr. sag: ", "Mean per case: ") + (all.shown() ? CostSection.kr(ctx, s.mean())
                + CostSection.interval(ctx, s.confLow(), s.confHigh()) : hidden));
        lines.add(ctx.t("Median (kvartiler): ", "Median (quartiles): ") + (all.quartiles() ? CostSection.kr(ctx, s.median()) + " ("
                + CostSection.kr(ctx, s.q1()) + "–" + CostSection.kr(ctx, s.q3()) + ")" : hidden));
        return lines;
    }

    /** The money slide, and the per-municipality slide when there is one. */
    void add() {
        CostCells.Numbers n = CostCells.of(in, ctx);
        XSLFSlide slide = layout.slide(CostSection.title(ctx));
        double right = SlideLayout.MARGIN + 470;
        double w = SlideLayout.WIDTH - SlideLayout.MARGIN - right;
        Optional<Chart> lorenz = CostCharts.lorenz(ctx, n);
        List<String> notes = new ArrayList<>();
        notes.add(CostSection.lead(ctx, n));
        if (lorenz.isPresent()) {
            layout.chart(slide, lorenz.get(), new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, 450, 400));
            notes.add(lorenz.get().textAlternative());
        } else {
            layout.text(slide, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, 450, 100), CostSection.concentrationText(ctx, n),
                    12, false, SlideLayout.MUTED);
        }
        List<String> figures = keyFigures(ctx, n);
        layout.paragraphs(slide, new Rectangle2D.Double(right, SlideLayout.BODY_TOP, w, 150), figures, 14, false);
        List<String> opportunities = CostSection.opportunityLines(ctx, n);
        if (!opportunities.isEmpty()) {
            layout.text(slide, new Rectangle2D.Double(right, SlideLayout.BODY_TOP + 160, w, 22),
                    ctx.t("Udgift i de sager, hvor muligheden findes", "Annual cost of the cases where the opportunity applies"), 12, true, SlideLayout.TEXT);
            layout.paragraphs(slide, new Rectangle2D.Double(right, SlideLayout.BODY_TOP + 184, w, 216), opportunities, 10, true);
        }
        notes.addAll(figures);
        notes.add(CostSection.concentrationText(ctx, n));
        for (HypothesisResult h : in.own().hypotheses()) {
            CostSection.ratioText(ctx, n, h).ifPresent(t -> notes.add(h.spec().id() + ": " + t));
        }
        notes.add(ctx.t("Udgift i de sager, hvor muligheden findes (ikke en besparelse):", "Annual cost of the cases where the opportunity applies (not a saving):"));
        notes.addAll(opportunities);
        notes.add(ctx.t("Et beløb vises kun, når antallet af sager bag det vises; i den delte udgave er det mindst " + ctx.threshold() + " personer.",
                "An amount is shown only when the number of cases behind it is shown; in the shared edition that is at least "
                        + ctx.threshold() + " persons."));
        layout.notes(slide, notes);
        CostCharts.perMunicipality(ctx, n).ifPresent(chart -> {
            XSLFSlide per = layout.slide(chart.title());
            layout.chart(per, chart, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, SlideLayout.WIDTH - 2 * SlideLayout.MARGIN, 400));
            layout.notes(per, List.of(chart.textAlternative(), ctx.t("En manglende udgift er sat til gennemsnittet af de kendte udgifter i samme "
                    + "udgiftsinterval; intervallerne er 95 %-bootstrapintervaller.", "A missing cost is set to the mean known cost of the same cost "
                    + "band; the intervals are 95% bootstrap intervals.")));
        });
    }
}
