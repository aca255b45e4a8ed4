package dk.casescreen.report;

import static dk.casescreen.report.ExportColumns.columns;
import static dk.casescreen.report.ExportColumns.count;
import static dk.casescreen.report.ExportColumns.one;
import static dk.casescreen.report.ExportColumns.t;

import dk.casescreen.analysis.CaseOpportunities;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.report.TidyTable.Column;
import dk.casescreen.report.TidyTable.Definition;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "Hvad kan der gøres?" as export tables: the opportunities counted, and in the internal edition the own cases that have them. */
final class OpportunityExport {

    private static final Column ID = Column.code("opportunity_id", t("Handlemulighed, kode", "Opportunity code"), t("Handlemulighedens faste id.",
            "The opportunity's stable id."), false);
    private static final Column LABEL = Column.text("opportunity", t("Handlemulighed", "Opportunity"), t("Handlemuligheden i ord.",
            "The opportunity in words."), false);

    /** One row per opportunity. */
    static final Definition OPPORTUNITIES = new Definition("opportunities", t("Handlemuligheder", "Opportunities"),
            t("Én række pr. handlemulighed: de egne sager, hvor den findes, af dem hvor den kunne vurderes.", "One row per action opportunity: "
                    + "the own cases that have it, of those where it could be judged."),
            columns(one(ID), one(LABEL),
                    one(Column.text("action", t("Hvad I kan gøre", "What you can do"), t("Det, kommunen kan gøre.", "What the municipality can do."), false)),
                    count("cases", t("Sager", "Cases"), t("Egne screenede sager med handlemuligheden.", "Own screened cases with the opportunity.")),
                    count("answered", t("Besvaret", "Answered"), t("Egne screenede sager, hvor handlemuligheden kunne vurderes (spørgsmålene besvaret).",
                            "Own screened cases where the opportunity could be judged (its questions answered).")),
                    one(Column.share("share", t("Andel af besvarede", "Share of answered"), t("cases / answered (0-1).", "cases / answered (0-1)."))),
                    one(ExportColumns.synthetic())));

    /** One row per own case × opportunity it has; internal edition only. */
    static final Definition CASES = new Definition("case_list", t("Sagsliste", "Case list"),
            t("Én række pr. egen sag × handlemulighed, den har. Kun i kommunens interne udgave (sagsnumre); tom i den delte udgave.",
                    "One row per own case × opportunity it has. Only in the municipality's internal edition (case numbers); empty in the "
                            + "shared edition."),
            columns(one(Column.code("municipality_code", t("Kommunekode", "Municipality code"), t("Kommunens kode.", "The municipality's code."), false)),
                    one(Column.text("municipality", t("Kommune", "Municipality"), t("Kommunens navn.", "The municipality's name."), false)),
                    one(Column.code("case_number", t("Sag nr.", "Case number"), t("Sagens nummer i kommunen (pseudonymt, aldrig et CPR-nummer).",
                            "The case's number in the municipality (pseudonymous, never a CPR number)."), false)),
                    one(ID), one(LABEL), one(ExportColumns.synthetic())));

    private OpportunityExport() {
    }

    static TidyTable opportunities(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(OPPORTUNITIES, ctx.language());
        for (OpportunityDefinition d : in.own().opportunities().definitions()) {
            ReportCells.Cell count = WhatSection.countCell(ctx, d);
            ReportCells.Cell judged = WhatSection.judgedCell(ctx, d);
            table.row().text("opportunity_id", d.id()).text("opportunity", d.label().in(ctx.language())).text("action", d.action().in(ctx.language()))
                    .count("cases", count).count("answered", judged).share("share", count, judged)
                    .bool("synthetic", in.cases().origin().isSynthetic()).add();
        }
        return table;
    }

    static TidyTable cases(ReportInput in, ReportContext ctx) {
        TidyTable table = new TidyTable(CASES, ctx.language());
        if (ctx.disclosure().isShared()) {
            return table;
        }
        Map<String, OpportunityDefinition> byId = in.own().opportunities().definitions().stream()
                .collect(Collectors.toMap(OpportunityDefinition::id, Function.identity()));
        Map<String, String> names = MunicipalityNames.of(in);
        for (CaseOpportunities c : in.own().opportunities().cases()) {
            for (String id : c.opportunities()) {
                table.row().text("municipality_code", c.municipalityCode()).text("municipality", names.getOrDefault(c.municipalityCode(), c.municipalityCode()))
                        .text("case_number", c.caseNumber()).text("opportunity_id", id).text("opportunity", byId.get(id).label().in(ctx.language()))
                        .bool("synthetic", in.cases().origin().isSynthetic()).add();
            }
        }
        return table;
    }
}
