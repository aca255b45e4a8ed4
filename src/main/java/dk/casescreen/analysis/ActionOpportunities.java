package dk.casescreen.analysis;

import dk.casescreen.cases.AnswerColumn;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.sheet.Condition;
import dk.casescreen.sheet.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What can be done ("Hvad kan der gøres?"): for every case the opportunities it has, and per
 * municipality and overall how many cases have each.
 *
 * @param definitions the opportunities looked for
 * @param cases       every case with at least one opportunity, in table order
 * @param counts      per scope ("all" first, then each municipality) and opportunity
 * @param origin      where the cases come from (taken from the case table; synthetic data say so wherever the counts show)
 */
public record ActionOpportunities(List<OpportunityDefinition> definitions, List<CaseOpportunities> cases,
                                  List<OpportunityCount> counts, DataOrigin origin) {

    /** Creates the record; the lists are copied. */
    public ActionOpportunities {
        definitions = List.copyOf(definitions);
        cases = List.copyOf(cases);
        counts = List.copyOf(counts);
        java.util.Objects.requireNonNull(origin, "origin");
    }

    /** Whether the cases are synthetic (from {@link #origin()}). */
    public boolean synthetic() {
        return origin.isSynthetic();
    }

    /**
     * The counts as a tidy Tablesaw table, one row per scope and opportunity: scope, opportunity,
     * count, n (the cases that answered its questions), cases (all cases in scope) and estimate
     * (count / n, NaN when n is 0).
     */
    public Table asTable() {
        StringColumn scope = StringColumn.create("scope");
        StringColumn opportunity = StringColumn.create("opportunity");
        DoubleColumn count = DoubleColumn.create("count");
        DoubleColumn n = DoubleColumn.create("n");
        DoubleColumn all = DoubleColumn.create("cases");
        DoubleColumn estimate = DoubleColumn.create("estimate");
        for (OpportunityCount c : counts) {
            scope.append(c.scope());
            opportunity.append(c.opportunityId());
            count.append((double) c.count());
            n.append((double) c.n());
            all.append((double) c.cases());
            estimate.append(c.n() == 0 ? Double.NaN : (double) c.count() / c.n());
        }
        return Table.create("opportunities", scope, opportunity, count, n, all, estimate);
    }

    /** A short reading: {@code "Action opportunities: 7 looked for, 312 cases with at least one"}. */
    @Override
    public String toString() {
        return "Action opportunities: " + definitions.size() + " looked for, " + cases.size()
                + " cases with at least one" + (synthetic() ? " (SYNTHETIC)" : "");
    }

    /** Finds the opportunities in every case of the table. */
    public static ActionOpportunities find(CaseTable table, List<OpportunityDefinition> definitions) {
        int n = table.size();
        int k = definitions.size();
        // per definition and case: 1 holds, 0 every question answered with an option but it does not hold, -1 otherwise
        byte[][] state = new byte[k][n];
        for (int d = 0; d < k; d++) {
            state[d] = states(table, definitions.get(d));
        }
        List<CaseOpportunities> flagged = new ArrayList<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        long[] all = new long[3 * k];
        counts.put("all", all);
        for (int i = 0; i < n; i++) {
            long[] own = counts.computeIfAbsent(table.municipalityCode(i), c -> new long[3 * k]);
            List<String> ids = new ArrayList<>(0);
            for (int d = 0; d < k; d++) {
                byte s = state[d][i];
                if (s == 1) {
                    ids.add(definitions.get(d).id());
                }
                for (long[] scope : new long[][] {all, own}) {
                    scope[3 * d] += s == 1 ? 1 : 0;
                    scope[3 * d + 1] += s >= 0 ? 1 : 0;
                    scope[3 * d + 2]++;
                }
            }
            if (!ids.isEmpty()) {
                flagged.add(new CaseOpportunities(table.municipalityCode(i), table.caseNumber(i), List.copyOf(ids)));
            }
        }
        List<OpportunityCount> result = new ArrayList<>();
        counts.forEach((scope, c) -> {
            for (int d = 0; d < k; d++) {
                // a scope's case count does not depend on the definition; with no definitions it is never needed
                result.add(new OpportunityCount(scope, definitions.get(d).id(), c[3 * d], c[3 * d + 1], c[3 * d + 2]));
            }
        });
        return new ActionOpportunities(definitions, flagged, result, table.origin());
    }

    static byte[] states(CaseTable table, OpportunityDefinition definition) {
        List<Condition> conditions = definition.conditions();
        int m = conditions.size();
        AnswerColumn[] columns = new AnswerColumn[m];
        boolean[][] holds = new boolean[m][];
        for (int c = 0; c < m; c++) {
            Question q = table.sheet().require(conditions.get(c).questionKey());
            columns[c] = table.column(q.key());
            holds[c] = new boolean[q.options().size()];
            for (int o = 0; o < holds[c].length; o++) {
                holds[c][o] = conditions.get(c).holdsFor(q.options().get(o).code());
            }
        }
        byte[] state = new byte[table.size()];
        for (int i = 0; i < state.length; i++) {
            boolean allAnswered = true;
            boolean allHold = true;
            for (int c = 0; c < m; c++) {
                int option = columns[c].option(i);
                String code = option == AnswerColumn.OTHER ? columns[c].code(i) : null;
                boolean answered = option >= 0 || code != null;
                allAnswered &= answered;
                allHold &= option >= 0 ? holds[c][option] : code != null && conditions.get(c).holdsFor(code);
            }
            state[i] = (byte) (allHold ? 1 : allAnswered ? 0 : -1);
        }
        return state;
    }

    /** The count for one scope and opportunity. */
    public OpportunityCount count(String scope, String opportunityId) {
        return counts.stream().filter(c -> c.scope().equals(scope) && c.opportunityId().equals(opportunityId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No count for " + scope + "/" + opportunityId));
    }
}
