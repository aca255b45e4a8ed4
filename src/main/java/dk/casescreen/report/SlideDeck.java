package dk.casescreen.report;

import dk.casescreen.analysis.FunnelPlot;
import dk.casescreen.analysis.FunnelPoint;
import dk.casescreen.chart.Chart;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;

/**
 * The report as an editable PowerPoint deck (16:9) for the meeting where it is presented: title;
 * summary; "Hvem er de?" with the key profile charts; "Hvad koster de?" ({@link CostSlides}); the hypotheses as a table, then one slide each
 * with its chart and verdict; "Hvad kan der gøres?"; variation between municipalities; method; data
 * quality. Charts are native and hold their numbers, tables are native, the reasoning is in the
 * speaker notes, and every slide of synthetic data is marked. Every count comes from the report's
 * disclosure plan ({@link ReportDocument}), so the shared deck hides exactly what the shared report
 * hides.
 */
public final class SlideDeck {

    private static final int CHARTS_PER_SLIDE = 2;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("\\.\\s+(?=[A-ZÆØÅ])");

    private final ReportInput in;
    private final ReportContext ctx;
    private final SlideLayout layout;

    private SlideDeck(ReportDocument doc) {
        this.in = doc.input();
        this.ctx = doc.context();
        this.layout = new SlideLayout(RunningHeader.text(in, ctx),
                in.synthetic() ? ctx.t("SYNTETISKE DATA", "SYNTHETIC DATA") : null, ctx.language());
    }

    /** Writes the deck of a prepared report to {@code out} (which is left open). */
    public static void write(ReportDocument doc, OutputStream out) throws IOException {
        SlideDeck deck = new SlideDeck(doc);
        deck.build();
        deck.layout.show().write(out);
        deck.layout.show().close();
    }

    private void build() {
        title();
        summary();
        who();
        new CostSlides(in, ctx, layout).add();
        new HypothesisSlides(in, ctx, layout).add();
        what();
        variation();
        followUp();
        method();
        quality();
    }

    private void title() {
        XSLFSlide slide = layout.slide(ctx.t("Særligt dyre enkeltsager", "Especially expensive cases"));
        double w = SlideLayout.WIDTH - 2 * SlideLayout.MARGIN;
        layout.text(slide, new Rectangle2D.Double(SlideLayout.MARGIN, 150, w, 60), in.title(), 36, true, SlideLayout.ACCENT);
        List<String> lines = new ArrayList<>();
        lines.add(ctx.t("Screening af voksensager med en udgift på 2 mio. kr. eller mere om året",
                "Screening of adult cases costing 2 mio. kr. or more a year"));
        RunningHeader.screeningPeriod(in, ctx).ifPresent(p -> lines.add(ctx.t("Screenet ", "Screened ") + p));
        lines.add(in.disclosure().isShared() ? ctx.t("Delt udgave", "Shared edition") : ctx.t("Intern udgave", "Internal edition"));
        HtmlReport.syntheticWarning(in, ctx).ifPresent(lines::add);
        layout.paragraphs(slide, new Rectangle2D.Double(SlideLayout.MARGIN, 220, w, 240), lines, 18, false);
        layout.notes(slide, List.of(edition(), ctx.t("Rækkefølgen følger spørgsmålene: Hvem er de? Hvorfor er de blevet dyre? "
                + "Hvad kan der gøres?", "The order follows the questions: Who are they? Why did they become expensive? What can be done?")));
    }

    private void summary() {
        XSLFSlide slide = layout.slide(ctx.t("Resumé", "Summary"));
        String lead = SummarySection.lead(in, ctx, WhySection.numbers(in, ctx));
        layout.text(slide, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, 560, 396), lead, 14, false, SlideLayout.TEXT);
        List<SummarySection.KeyFigure> figures = SummarySection.keyFigures(in, ctx);
        double x = SlideLayout.MARGIN + 590;
        double w = SlideLayout.WIDTH - SlideLayout.MARGIN - x;
        double step = 396.0 / Math.max(4, figures.size());
        List<String> notes = new ArrayList<>();
        notes.add(lead);
        for (int i = 0; i < figures.size(); i++) {
            SummarySection.KeyFigure k = figures.get(i);
            double y = SlideLayout.BODY_TOP + i * step;
            layout.text(slide, new Rectangle2D.Double(x, y, w, 38), k.value(), 28, true, SlideLayout.ACCENT);
            layout.text(slide, new Rectangle2D.Double(x, y + 38, w, 20), k.label(), 12, true, SlideLayout.TEXT);
            layout.text(slide, new Rectangle2D.Double(x, y + 58, w, 20), k.note(), 10, false, SlideLayout.MUTED);
            notes.add(k.label() + ": " + k.value() + (k.note().isEmpty() ? "" : " (" + k.note() + ")"));
        }
        layout.notes(slide, notes);
    }

    private void who() {
        List<Chart> charts = WhoSection.charts(in, ctx);
        int pages = (charts.size() + CHARTS_PER_SLIDE - 1) / CHARTS_PER_SLIDE;
        double w = (SlideLayout.WIDTH - 2 * SlideLayout.MARGIN - 16) / CHARTS_PER_SLIDE;
        for (int page = 0; page < pages; page++) {
            String title = ctx.t("Hvem er de?", "Who are they?") + (pages > 1 ? " (" + (page + 1) + ctx.t(" af ", " of ") + pages + ")" : "");
            XSLFSlide slide = layout.slide(title);
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < CHARTS_PER_SLIDE && page * CHARTS_PER_SLIDE + i < charts.size(); i++) {
                Chart chart = charts.get(page * CHARTS_PER_SLIDE + i);
                layout.chart(slide, chart, new Rectangle2D.Double(SlideLayout.MARGIN + i * (w + 16), SlideLayout.BODY_TOP, w, 400));
                notes.add(chart.title() + ": " + chart.textAlternative());
            }
            notes.add(QualitySection.denominatorsNote(ctx));
            layout.notes(slide, notes);
        }
    }

    private void what() {
        XSLFSlide slide = layout.slide(ctx.t("Hvad kan der gøres?", "What can be done?"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(ctx.t("Handlemulighed", "Opportunity"), ctx.ownLabel(), ctx.t("Andel af besvarede", "Share of answered"),
                ctx.t("Hvad I kan gøre", "What you can do")));
        for (WhatSection.Row r : WhatSection.rows(in, ctx)) {
            rows.add(List.of(r.definition().label().in(ctx.language()), ctx.count(r.count()), share(r.count(), r.judged()),
                    r.definition().action().in(ctx.language())));
        }
        double w = SlideLayout.WIDTH - 2 * SlideLayout.MARGIN;
        XSLFTable table = layout.table(slide, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, w, 300), rows,
                new double[] {w * 0.36, w * 0.12, w * 0.16, w * 0.36}, 13);
        SlideLayout.alignRight(table, 1, 2);
        List<String> notes = new ArrayList<>();
        notes.add(ctx.t("De største handlemuligheder:", "The largest action opportunities:"));
        for (SummarySection.Opportunity o : SummarySection.largestOpportunities(in, ctx)) {
            notes.add(o.definition().label().in(ctx.language()) + ": " + ctx.count(o.count()) + ctx.t(" sager", " cases") + " - "
                    + o.definition().action().in(ctx.language()));
        }
        notes.add(in.disclosure().isShared()
                ? ctx.t("Listen over de enkelte sager findes kun i kommunens interne udgave.",
                "The list of individual cases is only in the municipality's internal edition.")
                : ctx.t("Listen over de egne sager med handlemuligheder står i den interne rapport; decket viser ingen sagsnumre.",
                "The list of own cases with opportunities is in the internal report; the deck shows no case numbers."));
        layout.notes(slide, notes);
    }

    private void variation() {
        XSLFSlide slide = layout.slide(ctx.t("Variation mellem kommuner", "Variation between municipalities"));
        double w = SlideLayout.WIDTH - 2 * SlideLayout.MARGIN;
        if (in.funnel().isEmpty()) {
            String text = ctx.t("Tragtdiagrammet kræver sager fra flere kommuner og deres indbyggertal: giv Danmarks Statistiks tabel FOLK1A "
                    + "med --populations.", "The funnel plot needs cases from several municipalities and their populations: pass "
                    + "Statistics Denmark's table FOLK1A with --populations.");
            layout.text(slide, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, w, 120), text, 16, false, SlideLayout.TEXT);
            layout.notes(slide, List.of(text));
            return;
        }
        Map<String, ReportCells.Cell> cells = VariationSection.cells(in, ctx);
        // as the report: positions against Poisson limits when the overdispersion would reveal a hidden count
        FunnelPlot funnel = ctx.cells().mayShow(VariationSection.overdispersion(ctx)) ? in.funnel().get() : in.funnel().get().withoutOverdispersion();
        Optional<Chart> chart = VariationSection.chart(in, ctx);
        List<String> notes = new ArrayList<>();
        notes.add(ctx.t("Antal screenede sager pr. 1.000 indbyggere på 18–66 år. Tragtens grænser viser, hvor meget en kommune af den "
                + "størrelse kan afvige fra gennemsnittet ved tilfældighed.", "Screened cases per 1,000 inhabitants aged 18–66. The funnel's "
                + "limits show how far a municipality of that size can lie from the average by chance."));
        if (chart.isPresent()) {
            layout.chart(slide, chart.get(), new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, 600, 400));
            notes.add(chart.get().textAlternative());
        } else {
            String hidden = VariationSection.notShown(ctx);
            layout.text(slide, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, 580, 120), hidden, 16, false, SlideLayout.TEXT);
            notes.add(hidden);
        }
        List<String> lines = new ArrayList<>();
        for (FunnelPoint p : funnel.points()) {
            if (in.municipalities().contains(p.municipalityCode())) {
                ReportCells.Cell c = cells.get(p.municipalityCode());
                lines.add(p.name() + ": " + ctx.count(c) + ctx.t(" sager, ", " cases, ")
                        + (c.shown() ? ctx.f().decimal(p.rate(), 2) + ctx.t(" pr. 1.000 18–66-årige, ", " per 1,000 aged 18–66, ")
                        + FunnelChart.band(p.band(), ctx.language()) : ctx.mark(c.status())) + ".");
            }
        }
        String average = VariationSection.averageText(in, ctx);
        if (!average.isEmpty()) {
            lines.add(average.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + average.substring(1) + ctx.t(" sager pr. 1.000.", " cases per 1,000."));
        }
        double x = SlideLayout.MARGIN + 620;
        layout.paragraphs(slide, new Rectangle2D.Double(x, SlideLayout.BODY_TOP, SlideLayout.WIDTH - SlideLayout.MARGIN - x, 396), lines, 14, false);
        layout.notes(slide, notes);
    }

    /**
     * The follow-up across screening rounds, when the report has one: the flow of cost bands and
     * dearer/same/cheaper as native charts from the same chart models as the report, the findings as
     * sentences, the tests in the speaker notes. Money (cost per case, tariffs; issue 14) belongs here too
     * once the report has it.
     */
    private void followUp() {
        Optional<FollowUpCells.Numbers> maybe = FollowUpCells.of(in, ctx);
        if (maybe.isEmpty()) {
            return;
        }
        FollowUpCells.Numbers n = maybe.get();
        XSLFSlide slide = layout.slide(FollowUpSection.title(ctx));
        double w = SlideLayout.WIDTH - 2 * SlideLayout.MARGIN;
        List<String> counts = List.of(
                ctx.t("Screenet i begge runder: ", "Screened in both rounds: ") + ctx.count(n.linked()),
                ctx.t("Kun i den tidligere runde: ", "Only in the earlier round: ") + ctx.count(n.ended()),
                ctx.t("Kun i den seneste runde (nye): ", "Only in the latest round (new): ") + ctx.count(n.added()));
        List<String> notes = new ArrayList<>();
        FollowUpSection.snapshotNote(in, ctx).ifPresent(notes::add);
        notes.addAll(counts);
        if (!n.comparison().comparable()) {
            layout.paragraphs(slide, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, w, 200), counts, 16, true);
            layout.notes(slide, notes);
            return;
        }
        Chart flow = FollowUpSection.flowChart(in, ctx, n);
        layout.chart(slide, flow, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, 600, 400));
        double x = SlideLayout.MARGIN + 620;
        layout.paragraphs(slide, new Rectangle2D.Double(x, SlideLayout.BODY_TOP, SlideLayout.WIDTH - SlideLayout.MARGIN - x, 396), counts, 14, false);
        notes.add(flow.textAlternative());
        layout.notes(slide, notes);

        XSLFSlide change = layout.slide(ctx.t("Dyrere, samme, billigere", "Dearer, same, cheaper"));
        Chart bars = FollowUpSection.changeChart(ctx, n);
        layout.chart(change, bars, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, 520, 300));
        List<String> sentences = FollowUpSection.sentences(in, ctx, n);
        double sx = SlideLayout.MARGIN + 540;
        layout.paragraphs(change, new Rectangle2D.Double(sx, SlideLayout.BODY_TOP, SlideLayout.WIDTH - SlideLayout.MARGIN - sx, 400),
                sentences.stream().map(SlideDeck::firstSentence).toList(), 12, true);
        List<String> changeNotes = new ArrayList<>();
        changeNotes.add(bars.textAlternative());
        changeNotes.addAll(sentences);
        changeNotes.addAll(FollowUpExport.testLines(in, ctx, n));
        layout.notes(change, changeNotes);
    }

    private void method() {
        XSLFSlide slide = layout.slide(ctx.t("Metode", "Method"));
        List<String> items = MethodSection.items(in, ctx);
        List<String> firstSentences = items.stream().map(SlideDeck::firstSentence).toList();
        layout.paragraphs(slide, new Rectangle2D.Double(SlideLayout.MARGIN, SlideLayout.BODY_TOP, SlideLayout.WIDTH - 2 * SlideLayout.MARGIN, 400),
                firstSentences, items.size() > 10 ? 12 : 14, true);
        List<String> notes = new ArrayList<>(items);
        notes.add(ctx.t("Diagrammerne er PowerPoint-diagrammer med tallene indlejret (Rediger data).",
                "The charts are PowerPoint charts with their numbers embedded (Edit data)."));
        layout.notes(slide, notes);
    }

    private void quality() {
        XSLFSlide slide = layout.slide(ctx.t("Datakvalitet", "Data quality"));
        double w = SlideLayout.WIDTH - 2 * SlideLayout.MARGIN;
        List<List<String>> files = new ArrayList<>();
        files.add(List.of(ctx.t("Fil", "File"), ctx.t("Læst", "Read") + ctx.syntheticSuffix(in.cases().origin().isSynthetic()),
                ctx.t("Godkendt", "Accepted"), ctx.t("Afvist", "Rejected")));
        List<QualitySection.FileRow> fileRows = QualitySection.files(in, ctx);
        int shownFiles = Math.min(fileRows.size(), 4);
        for (QualitySection.FileRow f : fileRows.subList(0, shownFiles)) {
            files.add(List.of(f.file(), f.read(), f.accepted(), f.rejected()));
        }
        double y = SlideLayout.BODY_TOP;
        if (files.size() > 1) {
            XSLFTable table = layout.table(slide, new Rectangle2D.Double(SlideLayout.MARGIN, y, w, 20 * files.size()), files,
                    new double[] {w * 0.58, w * 0.14, w * 0.14, w * 0.14}, 11);
            SlideLayout.alignRight(table, 1, 2, 3);
            y += 21 * files.size() + 16;
        }
        List<QualitySection.ProblemRow> problems = QualitySection.problems(in, ctx);
        int room = Math.max(0, (int) ((SlideLayout.BODY_TOP + 396 - y) / 21) - 2);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(ctx.t("Problem", "Problem"), ctx.t("Alvor", "Severity"), ctx.t("Antal", "Count")));
        for (QualitySection.ProblemRow p : problems.subList(0, Math.min(room, problems.size()))) {
            rows.add(List.of(p.problem(), p.severity(), p.count()));
        }
        List<String> lines = new ArrayList<>();
        if (rows.size() > 1) {
            XSLFTable table = layout.table(slide, new Rectangle2D.Double(SlideLayout.MARGIN, y, w, 20 * rows.size()), rows,
                    new double[] {w * 0.72, w * 0.14, w * 0.14}, 11);
            SlideLayout.alignRight(table, 2);
            y += 21 * rows.size() + 16;
        } else if (!fileRows.isEmpty()) {
            lines.add(ctx.t("Ingen problemer fundet i de egne filer.", "No problems found in the own files."));
        }
        Optional<String> others = QualitySection.otherFilesNote(in, ctx);
        others.ifPresent(lines::add);
        if (fileRows.isEmpty() && others.isEmpty()) {
            lines.add(ctx.t("Ingen filer med de egne kommuners sager er læst.", "No files with the own municipalities' cases were read."));
        }
        layout.paragraphs(slide, new Rectangle2D.Double(SlideLayout.MARGIN, Math.min(y, SlideLayout.BODY_BOTTOM - 60), w, 60), lines, 14, false);
        List<String> notes = new ArrayList<>();
        if (shownFiles < fileRows.size() || rows.size() - 1 < problems.size()) {
            notes.add(ctx.t("Sliden viser " + shownFiles + " af " + fileRows.size() + " filer og " + (rows.size() - 1) + " af "
                    + problems.size() + " slags problemer; rapporten har dem alle.", "The slide shows " + shownFiles + " of "
                    + fileRows.size() + " files and " + (rows.size() - 1) + " of " + problems.size() + " kinds of problem; the report has them all."));
        }
        notes.addAll(QualitySection.places(in, ctx));
        notes.add(QualitySection.denominatorsNote(ctx));
        layout.notes(slide, notes);
    }

    private String share(ReportCells.Cell count, ReportCells.Cell n) {
        return share(ctx, count, n);
    }

    /** A share with its count and denominator as the report's tables show it: "12,3 % (4/33)", or the mark of a suppressed count. */
    static String share(ReportContext ctx, ReportCells.Cell count, ReportCells.Cell n) {
        String share = ctx.share(count, n);
        return ReportContext.shown(count, n) && n.count() > 0
                ? share + " (" + ctx.f().integer(count.count()) + "/" + ctx.f().integer(n.count()) + ")" : share;
    }

    private String edition() {
        return in.disclosure().isShared()
                ? ctx.t("Delt udgave: ingen sagsnumre; antal under " + ctx.threshold() + " personer vises som "
                        + Disclosure.suppressedText(ctx.threshold()) + ", og tal, der kunne afsløre dem, som " + ReportContext.SECONDARY_MARK + ".",
                "Shared edition: no case numbers; counts under " + ctx.threshold() + " persons are shown as "
                        + Disclosure.suppressedText(ctx.threshold()) + ", and figures that could reveal them as " + ReportContext.SECONDARY_MARK + ".")
                : ctx.t("Intern udgave til kommunens eget brug. Andre kommuner vises som i den delte udgave.",
                "Internal edition for the municipality's own use. Other municipalities are shown as in the shared edition.");
    }

    /** The first sentence: up to a full stop followed by a capital ("2 mio. kr." does not end one). */
    private static String firstSentence(String text) {
        java.util.regex.Matcher m = SENTENCE_END.matcher(text);
        return m.find() ? text.substring(0, m.start() + 1) : text;
    }
}
