package dk.casescreen.report;

import dk.casescreen.analysis.CaseOpportunities;
import dk.casescreen.analysis.CaseSets;
import dk.casescreen.analysis.OpportunityCount;
import dk.casescreen.analysis.OpportunityDefinition;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "Hvad kan der gøres?": action opportunities counted, and in the internal edition the own case list. */
final class WhatSection {

    private WhatSection() {
    }

    private static String table(ReportContext ctx) {
        return ctx.t("Hvad kan der gøres? Egne sager", "What can be done? Own cases");
    }

    /** The published count of own cases with an opportunity. */
    static ReportCells.Cell countCell(ReportContext ctx, OpportunityDefinition d) {
        ReportCells.Cell c = ctx.cell(table(ctx), d.label().in(ctx.language()), ctx.t("Sager", "Cases"),
                CaseSets.and(ctx.ownScreened(), ctx.sets().opportunity(d)), questions(d));
        OpportunityCount expected = ctx.input().own().opportunities().count("all", d.id());
        if (c.count() != expected.count()) {
            throw new IllegalStateException("The report's count of opportunity " + d.id() + " differs from the analysis's");
        }
        return c;
    }

    /** The published count of own cases where the opportunity could be judged (its questions answered). */
    static ReportCells.Cell judgedCell(ReportContext ctx, OpportunityDefinition d) {
        return ctx.cell(table(ctx), d.label().in(ctx.language()), ctx.t("Besvaret", "Answered"),
                CaseSets.and(ctx.ownScreened(), ctx.sets().opportunityJudged(d)), questions(d));
    }

    private static List<String> questions(OpportunityDefinition d) {
        return d.conditions().stream().map(c -> c.questionKey()).distinct().toList();
    }

    static String html(ReportInput in, ReportContext ctx) {
        StringBuilder s = new StringBuilder("<table class=\"opportunities\">\n<tr><th>").append(Html.esc(ctx.t("Handlemulighed", "Opportunity")))
                .append("</th><th>").append(Html.esc(ctx.ownLabel())).append("</th><th>")
                .append(Html.esc(ctx.t("Andel af besvarede", "Share of answered"))).append("</th><th>")
                .append(Html.esc(ctx.t("Hvad I kan gøre", "What you can do"))).append("</th></tr>\n");
        for (OpportunityDefinition d : in.own().opportunities().definitions()) {
            ReportCells.Cell count = countCell(ctx, d);
            ReportCells.Cell judged = judgedCell(ctx, d);
            s.append("<tr><td>").append(Html.esc(d.label().in(ctx.language()))).append("</td>").append(ctx.countCell(count))
                    .append(ctx.shareCell(count, judged)).append("<td>").append(Html.esc(d.action().in(ctx.language()))).append("</td></tr>\n");
        }
        s.append("</table>\n");
        if (ctx.disclosure().isShared()) {
            return s.append("<p>").append(Html.esc(ctx.t("Listen over de enkelte sager findes kun i kommunens interne udgave.",
                    "The list of individual cases is only in the municipality's internal edition."))).append("</p>\n").toString();
        }
        Map<String, OpportunityDefinition> byId = in.own().opportunities().definitions().stream()
                .collect(Collectors.toMap(OpportunityDefinition::id, Function.identity()));
        Map<String, String> names = MunicipalityNames.of(in);
        s.append("<h3>").append(Html.esc(ctx.t("Egne sager med handlemuligheder", "Own cases with action opportunities"))).append("</h3>\n")
                .append("<table class=\"case-list\">\n<tr><th>").append(Html.esc(ctx.t("Kommune", "Municipality"))).append("</th><th>")
                .append(Html.esc(ctx.t("Sag nr.", "Case number"))).append("</th><th>").append(Html.esc(ctx.t("Handlemuligheder", "Opportunities")))
                .append("</th></tr>\n");
        for (CaseOpportunities c : in.own().opportunities().cases()) {
            s.append("<tr><td>").append(Html.esc(names.getOrDefault(c.municipalityCode(), c.municipalityCode())))
                    .append("</td><td class=\"case-number\">").append(Html.esc(c.caseNumber()))
                    .append("</td><td>").append(Html.esc(String.join("; ", c.opportunities().stream()
                            .map(id -> byId.get(id).label().in(ctx.language())).toList()))).append("</td></tr>\n");
        }
        return s.append("</table>\n").toString();
    }
}
