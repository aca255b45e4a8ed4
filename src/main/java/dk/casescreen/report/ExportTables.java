package dk.casescreen.report;

import static dk.casescreen.report.ExportColumns.t;

import dk.casescreen.Language;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of the export, built from a prepared report: every count comes from the report's suppression
 * plan, so each table shows what the report shows and hides what it hides.
 */
final class ExportTables {

    /**
     * The data tables in the order of the workbook, following the report: key figures, who they are, what they
     * cost ({@link CostExport}), the hypotheses, the opportunities, the variation and the follow-up. The
     * follow-up tables are empty unless the data hold two or more dated rounds.
     */
    static final List<Definition> DEFINITIONS = java.util.stream.Stream.of(List.of(SummaryExport.KEY_FIGURES, ProfileExport.PROFILE,
            ProfileExport.QUESTIONS), CostExport.DEFINITIONS, List.of(HypothesisExport.HYPOTHESES, HypothesisExport.TESTS, HypothesisExport.BANDS, OpportunityExport.OPPORTUNITIES, OpportunityExport.CASES,
            FunnelExport.FUNNEL, FollowUpExport.TRANSITIONS, FollowUpExport.BAND_CHANGE, FollowUpExport.TESTS, FollowUpExport.PREDICTORS))
            .flatMap(List::stream).toList();

    /** The data dictionary: one row per table × column, also the body of the about sheet. */
    static final Definition COLUMNS = new Definition("columns", t("Om tabellerne", "About"),
            t("Én række pr. tabel × kolonne: hvad kolonnen indeholder.", "One row per table × column: what the column holds."),
            List.of(Column.code("table", t("Tabel (CSV-fil)", "Table (CSV file)"), t("Tabellens navn; CSV-filen hedder det samme med .csv.",
                            "The table's name; its CSV file has the same name with .csv."), false),
                    Column.text("sheet", t("Ark", "Sheet"), t("Arket i regnearket.", "The sheet in the workbook."), false),
                    Column.code("column", t("Kolonne (CSV)", "Column (CSV)"), t("Kolonnens navn i CSV-filen (det samme på dansk og engelsk).",
                            "The column's name in the CSV file (the same in Danish and English)."), false),
                    Column.text("heading", t("Overskrift", "Heading"), t("Kolonnens overskrift i arket.", "The column's heading in the sheet."), false),
                    Column.code("type", t("Type", "Type"), t("text, code (fast kode), integer, number, share (0-1), boolean eller status.",
                            "text, code (stable code), integer, number, share (0-1), boolean or status."), false,
                            "text", "code", "integer", "number", "share", "boolean", "status"),
                    Column.text("description", t("Beskrivelse", "Description"), t("Hvad kolonnen indeholder.", "What the column holds."), false)));

    private ExportTables() {
    }

    /** Every data table of the report, in the order of {@link #DEFINITIONS}. */
    static List<TidyTable> tables(ReportInput in, ReportContext ctx) {
        List<TidyTable> tables = new ArrayList<>(List.of(SummaryExport.keyFigures(in, ctx), ProfileExport.profile(in, ctx),
                ProfileExport.questions(in, ctx)));
        tables.addAll(CostExport.tables(in, ctx));
        tables.addAll(List.of(HypothesisExport.hypotheses(in, ctx), HypothesisExport.tests(in, ctx), HypothesisExport.bands(in, ctx),
                OpportunityExport.opportunities(in, ctx), OpportunityExport.cases(in, ctx), FunnelExport.funnel(in, ctx),
                FollowUpExport.transitions(in, ctx), FollowUpExport.bandChange(in, ctx), FollowUpExport.tests(in, ctx),
                FollowUpExport.predictors(in, ctx)));
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).definition() != DEFINITIONS.get(i)) {
                throw new IllegalStateException("Export table " + tables.get(i) + " out of order");
            }
        }
        return tables;
    }

    /** The data dictionary in one language. */
    static TidyTable columns(Language language) {
        TidyTable table = new TidyTable(COLUMNS, language);
        List<Definition> all = new ArrayList<>(DEFINITIONS);
        all.add(COLUMNS);
        for (Definition d : all) {
            for (Column c : d.columns()) {
                table.row().text("table", d.id()).text("sheet", d.sheet().in(language)).text("column", c.id()).text("heading", c.title().in(language))
                        .text("type", c.type().name().toLowerCase(Locale.ROOT)).text("description", c.description().in(language)).add();
            }
        }
        return table;
    }

    /** The notes above the data dictionary on the about sheet: what the tables are, their edition, how to read them. */
    static List<String> notes(ReportInput in, ReportContext ctx, List<TidyTable> tables) {
        List<String> notes = new ArrayList<>();
        notes.add(ctx.t("Særligt dyre enkeltsager: ", "Especially expensive cases: ") + in.title() + ctx.t(" - tabeller", " - tables"));
        HtmlReport.syntheticWarning(in, ctx).ifPresent(notes::add);
        notes.add(HtmlReport.edition(in, ctx));
        notes.add(ctx.t("Referencen er ", "The reference is ") + new ReferenceText(ctx).describe(in.reference()));
        notes.add(ctx.t("Hvert ark er én tabel i lang (tidy) form: én observation pr. række, én variabel pr. kolonne, tal gemt som tal. "
                        + "Tabellerne viser de samme tal som rapporten, og skjuler de samme.",
                "Each sheet is one table in long (tidy) form: one observation per row, one variable per column, numbers stored as "
                        + "numbers. The tables show the same numbers as the report, and hide the same."));
        notes.add(ctx.t("Statuskolonnerne: ", "The status columns: ") + ctx.t(ExportColumns.STATUS_DA, ExportColumns.STATUS_EN));
        notes.add(ctx.t("Samme tabeller som CSV til R og Power BI: casescreen export ... --csv MAPPE (UTF-8, komma som skilletegn, punktum som "
                        + "decimaltegn, kolonnenavnene i kolonnen \"Kolonne (CSV)\" nedenfor).",
                "The same tables as CSV for R and Power BI: casescreen export ... --csv FOLDER (UTF-8, comma-separated, dot as decimal "
                        + "mark, the column names in the column \"Column (CSV)\" below)."));
        if (in.followUp().isEmpty()) {
            notes.add(ctx.t("Opfølgningen over screeningsrunder kommer med, når data holder mindst to daterede runder.",
                    "The follow-up across screening rounds is included when the data hold at least two dated rounds."));
        }
        notes.add(ctx.t("Beløb i kroner er tomme, når antallet af sager bag dem er skjult: en sum, et gennemsnit eller en median over færre end "
                + ctx.threshold() + " personer skjules som et antal.", "Amounts in kroner are empty when the number of cases behind them is hidden: "
                + "a sum, mean or median over fewer than " + ctx.threshold() + " persons is hidden like a count."));
        FollowUpSection.snapshotNote(in, ctx).ifPresent(notes::add);
        notes.add("");
        for (TidyTable t : tables) {
            notes.add(t.sheetName() + ": " + t.definition().description().in(ctx.language()));
        }
        return notes;
    }
}
