package dk.casescreen.report;

import dk.casescreen.analysis.CaseOpportunities;
import dk.casescreen.analysis.OpportunityCount;
import dk.casescreen.analysis.OpportunityDefinition;
import dk.casescreen.analysis.Profiles;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "Hvad kan der gøres?": action opportunities counted, and in the internal edition the own case list. */
final class WhatSection {

    private WhatSection() {
    }

    static String html(ReportInput in, ReportContext ctx) {
        StringBuilder s = new StringBuilder("<table class=\"opportunities\">\n<tr><th>").append(Html.esc(ctx.t("Handlemulighed", "Opportunity")))
                .append("</th><th>").append(Html.esc(ctx.t("Sager", "Cases"))).append("</th><th>")
                .append(Html.esc(ctx.t("Andel af besvarede", "Share of answered"))).append("</th><th>")
                .append(Html.esc(ctx.t("Hvad I kan gøre", "What you can do"))).append("</th></tr>\n");
        for (OpportunityDefinition d : in.own().opportunities().definitions()) {
            OpportunityCount c = in.own().opportunities().count("all", d.id());
            s.append("<tr><td>").append(Html.esc(d.label().in(ctx.language()))).append("</td>").append(ctx.countCell(c.count()))
                    .append(ctx.shareCell(Profiles.share(d.id(), c.count(), c.n()))).append("<td>")
                    .append(Html.esc(d.action().in(ctx.language()))).append("</td></tr>\n");
        }
        s.append("</table>\n");
        if (ctx.disclosure().isShared()) {
            return s.append("<p>").append(Html.esc(ctx.t("Listen over de enkelte sager findes kun i kommunens interne udgave.",
                    "The list of individual cases is only in the municipality's internal edition."))).append("</p>\n").toString();
        }
        Map<String, OpportunityDefinition> byId = in.own().opportunities().definitions().stream()
                .collect(Collectors.toMap(OpportunityDefinition::id, Function.identity()));
        s.append("<h3>").append(Html.esc(ctx.t("Egne sager med handlemuligheder", "Own cases with action opportunities"))).append("</h3>\n")
                .append("<table class=\"case-list\">\n<tr><th>").append(Html.esc(ctx.t("Kommune", "Municipality"))).append("</th><th>")
                .append(Html.esc(ctx.t("Sag nr.", "Case number"))).append("</th><th>").append(Html.esc(ctx.t("Handlemuligheder", "Opportunities")))
                .append("</th></tr>\n");
        for (CaseOpportunities c : in.own().opportunities().cases()) {
            s.append("<tr><td>").append(Html.esc(c.municipalityCode())).append("</td><td class=\"case-number\">").append(Html.esc(c.caseNumber()))
                    .append("</td><td>").append(Html.esc(String.join("; ", c.opportunities().stream()
                            .map(id -> byId.get(id).label().in(ctx.language())).toList()))).append("</td></tr>\n");
        }
        return s.append("</table>\n").toString();
    }
}
