package dk.casescreen.analysis;

import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What can be done ("Hvad kan der gøres?"): for every case the opportunities it has, and per
 * municipality and overall how many cases have each.
 *
 * @param definitions the opportunities looked for
 * @param cases       every case with at least one opportunity, in table order
 * @param counts      per scope ("all" first, then each municipality) and opportunity
 */
public record ActionOpportunities(List<OpportunityDefinition> definitions, List<CaseOpportunities> cases,
                                  List<OpportunityCount> counts) {

    /** Creates the record; the lists are copied. */
    public ActionOpportunities {
        definitions = List.copyOf(definitions);
        cases = List.copyOf(cases);
        counts = List.copyOf(counts);
    }

    /** Finds the opportunities in every case of the table. */
    public static ActionOpportunities find(CaseTable table, List<OpportunityDefinition> definitions) {
        List<CaseOpportunities> flagged = new ArrayList<>();
        Map<String, List<CaseRecord>> byMunicipality = new LinkedHashMap<>();
        byMunicipality.put("all", table.records());
        for (CaseRecord r : table.records()) {
            byMunicipality.computeIfAbsent(r.municipalityCode(), k -> new ArrayList<>()).add(r);
            List<String> ids = definitions.stream().filter(d -> d.holdsFor(r)).map(OpportunityDefinition::id).toList();
            if (!ids.isEmpty()) {
                flagged.add(new CaseOpportunities(r.municipalityCode(), r.caseNumber(), ids));
            }
        }
        List<OpportunityCount> counts = new ArrayList<>();
        byMunicipality.forEach((scope, records) -> {
            for (OpportunityDefinition d : definitions) {
                long n = records.stream().filter(r -> d.conditions().stream()
                        .allMatch(c -> r.code(c.questionKey()).isPresent())).count();
                long count = records.stream().filter(d::holdsFor).count();
                counts.add(new OpportunityCount(scope, d.id(), count, n, records.size()));
            }
        });
        return new ActionOpportunities(definitions, flagged, counts);
    }

    /** The count for one scope and opportunity. */
    public OpportunityCount count(String scope, String opportunityId) {
        return counts.stream().filter(c -> c.scope().equals(scope) && c.opportunityId().equals(opportunityId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No count for " + scope + "/" + opportunityId));
    }
}
