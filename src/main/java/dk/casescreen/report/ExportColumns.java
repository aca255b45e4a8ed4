package dk.casescreen.report;

import dk.casescreen.Text;
import dk.casescreen.report.TidyTable.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Columns several export tables share: the group a row describes, counts with their status, the synthetic mark. */
final class ExportColumns {

    /** The codes of the {@code group} column. */
    static final String OWN = "own";
    static final String REFERENCE = "reference";
    static final String ALL = "all";

    private ExportColumns() {
    }

    static Text t(String da, String en) {
        return new Text(da, en);
    }

    /** group, group_label, municipality_codes, municipalities. */
    static List<Column> group() {
        return List.of(
                Column.code("group", t("Gruppe", "Group"), t("own: de kommuner, tabellerne handler om; reference: det, de sammenlignes med; "
                        + "all: alle kommuner i tragtdiagrammet.", "own: the municipalities the tables are about; reference: what they are "
                        + "compared with; all: every municipality in the funnel plot."), false, OWN, REFERENCE, ALL),
                Column.text("group_label", t("Gruppe, navn", "Group, name"), t("Gruppen, som rapporten kalder den (med SYNTETISK, når den er det).",
                        "The group as the report names it (with SYNTHETIC where it is)."), false),
                Column.text("municipality_codes", t("Kommunekoder", "Municipality codes"), t("De egne kommuners koder, adskilt af \";\"; tom for "
                        + "andre grupper.", "The own municipalities' codes, separated by \";\"; empty for other groups."), true),
                Column.text("municipalities", t("Kommuner", "Municipalities"), t("De egne kommuners navne, adskilt af \";\"; tom for andre grupper.",
                        "The own municipalities' names, separated by \";\"; empty for other groups."), true));
    }

    /** A count column and its status column ({@code id + "_status"}). */
    static List<Column> count(String id, Text title, Text description) {
        return List.of(Column.integer(id, title, description), status(id, title));
    }

    /** The status column of the number in {@code id}. */
    static Column status(String id, Text title) {
        return Column.status(id + "_status", t(title.da() + ", status", title.en() + ", status"), t("Om \"" + title.da() + "\" vises: "
                + STATUS_DA, "Whether \"" + title.en() + "\" is shown: " + STATUS_EN));
    }

    static final String STATUS_DA = "shown (vist), suppressed_primary (under tærsklen for personer; \"<5\" i rapporten), suppressed_secondary "
            + "(skjult, så et lille tal ikke kan regnes ud; \"·\" i rapporten) eller not_available (ikke offentliggjort for denne række). "
            + "Et skjult tal er en tom celle, aldrig 0.";
    static final String STATUS_EN = "shown, suppressed_primary (under the threshold of persons; \"<5\" in the report), suppressed_secondary "
            + "(hidden so that a small count cannot be worked out; \"·\" in the report) or not_available (not published for this row). "
            + "A hidden number is an empty cell, never 0.";

    /** The synthetic column. */
    static Column synthetic() {
        return Column.bool("synthetic", t("Syntetisk", "Synthetic"), t("true, når rækkens tal bygger på syntetiske data (ingen rigtige borgere).",
                "true when the row's numbers rest on synthetic data (no real citizens)."));
    }

    /** Joins column lists. */
    @SafeVarargs
    static List<Column> columns(List<Column>... parts) {
        List<Column> all = new ArrayList<>();
        for (List<Column> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    /** One column as a list, for {@link #columns}. */
    static List<Column> one(Column c) {
        return List.of(c);
    }

    /** Sets the group columns of a row for the own municipalities. */
    static void own(TidyTable.RowBuilder row, ReportInput in, ReportContext ctx) {
        Map<String, String> names = MunicipalityNames.of(in);
        row.text("group", OWN).text("group_label", ctx.ownLabel()).text("municipality_codes", String.join(";", in.municipalities()))
                .text("municipalities", String.join(";", in.municipalities().stream().map(c -> names.getOrDefault(c, c)).toList()));
    }

    /** Sets the group columns of a row for the reference. */
    static void reference(TidyTable.RowBuilder row, ReportInput in, ReportContext ctx) {
        row.text("group", REFERENCE).text("group_label", ctx.t("Reference: ", "Reference: ") + new ReferenceText(ctx).title(in.reference()))
                .text("municipality_codes", null).text("municipalities", null);
    }
}
