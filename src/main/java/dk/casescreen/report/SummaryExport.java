package dk.casescreen.report;

import static dk.casescreen.report.ExportColumns.columns;
import static dk.casescreen.report.ExportColumns.count;
import static dk.casescreen.report.ExportColumns.one;
import static dk.casescreen.report.ExportColumns.t;

import dk.casescreen.Text;
import dk.casescreen.analysis.ReferenceFigure;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The summary's key figures as an export table. */
final class SummaryExport {

    private static final String SCREENED = "screened";
    private static final String ABOVE_FOUR = "cost_above_4_mio";
    private static final String BEHAVIOUR = "behaviour_decisive";
    private static final String FUNNEL = "screened_in_funnel";

    private static final Map<String, Text> LABELS = Map.of(
            SCREENED, t("Screenede sager", "Screened cases"),
            ABOVE_FOUR, t("Over 4 mio. kr.", "Above 4 mio. kr."),
            BEHAVIOUR, t("Adfærden udslagsgivende", "Behaviour decisive"),
            FUNNEL, t("Screenede sager i tragtdiagrammets kommuner", "Screened cases in the funnel plot's municipalities"));

    /** One row per key figure × group. */
    static final Definition KEY_FIGURES = new Definition("key_figures", t("Nøgletal", "Key figures"),
            t("Én række pr. nøgletal × gruppe: resuméets nøgletal med tæller og nævner.", "One row per key figure × group: the summary's "
                    + "key figures with numerator and denominator."),
            columns(ExportColumns.group(),
                    one(Column.code("figure", t("Nøgletal, kode", "Figure code"), t("screened: screenede sager (2 mio. kr. eller mere); "
                            + "cost_above_4_mio: sager over 4 mio. kr. af dem med kendt udgiftsinterval; behaviour_decisive: sager, hvor "
                            + "adfærden var udslagsgivende, af dem der svarede; screened_in_funnel: screenede sager i alle tragtdiagrammets kommuner.",
                            "screened: screened cases (2 mio. kr. or more); cost_above_4_mio: cases above 4 mio. kr. of those with a known cost "
                                    + "band; behaviour_decisive: cases whose behaviour was decisive, of those that answered; screened_in_funnel: "
                                    + "screened cases in every municipality of the funnel plot."), false, SCREENED, ABOVE_FOUR, BEHAVIOUR, FUNNEL)),
                    one(Column.text("figure_label", t("Nøgletal", "Figure"), t("Nøgletallet i ord.", "The figure in words."), false)),
                    count("count", t("Antal", "Count"), t("Tælleren: antal sager.", "The numerator: number of cases.")),
                    count("answered", t("Besvaret", "Answered"), t("Nævneren: sager, der besvarede spørgsmålet; tom for rene antal.",
                            "The denominator: cases that answered the question; empty for plain counts.")),
                    one(Column.share("share", t("Andel", "Share"), t("count / answered (0-1); for publicerede referencetal kildens andel.",
                            "count / answered (0-1); for published reference figures the source's share."))),
                    one(Column.text("share_text", t("Andel som i rapporten", "Share as in the report"), t("Andelen, som rapporten skriver den.",
                            "The share as the report writes it."), true)),
                    one(ExportColumns.synthetic())));

    private SummaryExport() {
    }

    static TidyTable keyFigures(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(KEY_FIGURES, ctx.language());
        boolean ownSynthetic = in.cases().origin().isSynthetic();
        boolean refSynthetic = in.reference().synthetic();
        ReferenceText refText = new ReferenceText(ctx);
        TidyTable.RowBuilder screened = start(table, SCREENED, ctx);
        ExportColumns.own(screened, in, ctx);
        plain(screened, SummarySection.screened(ctx)).bool("synthetic", ownSynthetic).add();
        SummarySection.referenceScreened(in, ctx).ifPresent(c -> {
            TidyTable.RowBuilder row = start(table, SCREENED, ctx);
            ExportColumns.reference(row, in, ctx);
            plain(row, c).bool("synthetic", refSynthetic).add();
        });
        share(table, ABOVE_FOUR, SummarySection.aboveFour(ctx), in, ctx, ownSynthetic);
        reference(table, ABOVE_FOUR, SummarySection.referenceShare(in, ctx, "cost_band", SummarySection.ABOVE_FOUR),
                SummarySection.referenceFigure(in, SummarySection.ABOVE_FOUR_FIGURE, "cost_band", SummarySection.ABOVE_FOUR), in, ctx, refText);
        share(table, BEHAVIOUR, SummarySection.behaviourDecisive(ctx), in, ctx, ownSynthetic);
        reference(table, BEHAVIOUR, SummarySection.referenceShare(in, ctx, "behaviour_decisive", List.of("yes")),
                SummarySection.referenceFigure(in, "behaviour_decisive", "behaviour_decisive", List.of("yes")), in, ctx, refText);
        ReportCells.Cell funnelTotal = VariationSection.cells(in, ctx).get("");
        if (funnelTotal != null) {
            TidyTable.RowBuilder row = start(table, FUNNEL, ctx);
            row.text("group", ExportColumns.ALL).text("group_label", ctx.t("Alle kommuner i tragtdiagrammet", "Every municipality in the funnel plot"))
                    .text("municipality_codes", null).text("municipalities", null);
            plain(row, funnelTotal).bool("synthetic", ownSynthetic).add();
        }
        return table;
    }

    private static TidyTable.RowBuilder start(TidyTable table, String figure, ReportContext ctx) {
        return table.row().text("figure", figure).text("figure_label", LABELS.get(figure).in(ctx.language()));
    }

    private static TidyTable.RowBuilder plain(TidyTable.RowBuilder row, ReportCells.Cell count) {
        return row.count("count", count).count("answered", null).number("share", null, List.of()).text("share_text", null);
    }

    private static void share(TidyTable table, String figure, SummarySection.Share s, ReportInput in, ReportContext ctx, boolean synthetic) {
        TidyTable.RowBuilder row = start(table, figure, ctx);
        ExportColumns.own(row, in, ctx);
        row.count("count", s.count()).count("answered", s.n()).share("share", s.count(), s.n()).text("share_text", ctx.share(s.count(), s.n()))
                .bool("synthetic", synthetic).add();
    }

    private static void reference(TidyTable table, String figure, Optional<SummarySection.Share> pooled, Optional<ReferenceFigure> published,
                                  ReportInput in, ReportContext ctx, ReferenceText refText) {
        if (pooled.isEmpty() && published.isEmpty()) {
            return;
        }
        TidyTable.RowBuilder row = start(table, figure, ctx);
        ExportColumns.reference(row, in, ctx);
        if (pooled.isPresent()) {
            SummarySection.Share s = pooled.get();
            row.count("count", s.count()).count("answered", s.n()).share("share", s.count(), s.n()).text("share_text", ctx.share(s.count(), s.n()));
        } else {
            ProfileExport.figure(row, published, refText);
        }
        row.bool("synthetic", in.reference().synthetic()).add();
    }
}
