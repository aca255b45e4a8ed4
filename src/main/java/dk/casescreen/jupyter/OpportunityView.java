package dk.casescreen.jupyter;

import dk.casescreen.analysis.ActionOpportunities;
import dk.casescreen.analysis.CaseOpportunities;
import dk.casescreen.analysis.OpportunityCount;
import dk.casescreen.analysis.OpportunityDefinition;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Action opportunities: how many cases have each, and which cases (for the municipality's own use). */
final class OpportunityView {

    private final Labels l;

    OpportunityView(Labels labels) {
        this.l = labels;
    }

    Grid countsGrid(ActionOpportunities ao, String scope) {
        Grid grid = new Grid(l.t("Handlemulighed", "Action opportunity"), l.t("Sager", "Cases") + l.tag(ao.origin()),
                l.t("Andel af dem, der har svaret", "Share of those who answered"), l.t("Hvad kan der gøres", "What can be done"))
                .numeric(1, 2);
        for (OpportunityDefinition d : ao.definitions()) {
            OpportunityCount c = ao.count(scope, d.id());
            grid.row(l.t(d.label()), l.f().integer(c.count()), l.share(c.count(), c.n()), l.t(d.action()));
        }
        return grid;
    }

    NotebookOutput counts(ActionOpportunities ao, String scope) {
        return new Html.Page(l.t("Handlemuligheder: ", "Action opportunities: ") + l.scope(scope), ao.origin(), l)
                .grid(countsGrid(ao, scope)).build();
    }

    NotebookOutput cases(ActionOpportunities ao, String municipalityCode, String municipalityName) {
        Map<String, OpportunityDefinition> byId = ao.definitions().stream()
                .collect(Collectors.toMap(OpportunityDefinition::id, Function.identity()));
        List<CaseOpportunities> own = ao.cases().stream().filter(c -> c.municipalityCode().equals(municipalityCode)).toList();
        Html.Page page = new Html.Page(l.t("Handleliste: ", "Action list: ") + municipalityName + " ("
                + l.f().integer(own.size()) + l.t(" sager med mindst én handlemulighed)", " cases with at least one opportunity)"),
                ao.origin(), l);
        Grid grid = new Grid(l.t("Sag nr.", "Case no."), l.t("Antal", "Count"), l.t("Handlemuligheder", "Action opportunities"))
                .numeric(1);
        own.stream()
                .sorted((a, b) -> Integer.compare(b.opportunities().size(), a.opportunities().size()))
                .forEach(c -> grid.row(c.caseNumber(), String.valueOf(c.opportunities().size()), c.opportunities().stream()
                        .map(id -> l.t(byId.get(id).label())).collect(Collectors.joining("; "))));
        page.grid(grid);
        page.note(l.t("Sagsnumrene er til kommunens eget brug og skal ikke deles uden for kommunen.",
                "The case numbers are for the municipality's own use and must not leave it."));
        return page.build();
    }
}
