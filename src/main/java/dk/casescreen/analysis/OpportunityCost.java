package dk.casescreen.analysis;

import java.math.BigDecimal;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The money at stake with one action opportunity: the screened cases where it applies and the summed
 * annual cost of those with a cost ("udgift i de sager, hvor muligheden findes"). It is what these cases
 * cost, not what acting would save.
 *
 * @param opportunityId the opportunity
 * @param count         the screened cases where it applies
 * @param withCost      those of them with an annual cost
 * @param total         the exact sum of their annual costs, in kr.
 */
public record OpportunityCost(String opportunityId, long count, long withCost, BigDecimal total) {

    /** The costs as a tidy table: opportunity, count, with.cost, missing, total. */
    public static Table asTable(List<OpportunityCost> costs) {
        StringColumn id = StringColumn.create("opportunity");
        DoubleColumn count = DoubleColumn.create("count");
        DoubleColumn withCost = DoubleColumn.create("with.cost");
        DoubleColumn missing = DoubleColumn.create("missing");
        DoubleColumn total = DoubleColumn.create("total");
        for (OpportunityCost c : costs) {
            id.append(c.opportunityId);
            count.append((double) c.count);
            withCost.append((double) c.withCost);
            missing.append((double) (c.count - c.withCost));
            total.append(c.total.doubleValue());
        }
        return Table.create("opportunity costs", id, count, withCost, missing, total);
    }
}
