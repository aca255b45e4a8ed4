package dk.casescreen.followup;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How many linked citizens became dearer, stayed in their cost band or became cheaper, each with its
 * share and Wilson interval.
 *
 * @param dearer    a higher band in the later round
 * @param same      the same band
 * @param cheaper   a lower band
 * @param confLevel the confidence level of the intervals
 * @param method    how the intervals were computed
 */
public record BandChange(ChangeShare dearer, ChangeShare same, ChangeShare cheaper, double confLevel, String method) {

    /** The three shares in the order dearer, same, cheaper. */
    public List<ChangeShare> shares() {
        return List.of(dearer, same, cheaper);
    }

    /** The linked citizens with a cost band in both rounds. */
    public long n() {
        return dearer.n();
    }

    /** As a tidy table, one row per direction: direction, count, n, estimate, conf.low, conf.high, conf.level, method. */
    public Table asTable() {
        StringColumn direction = StringColumn.create("direction");
        DoubleColumn count = DoubleColumn.create("count");
        DoubleColumn n = DoubleColumn.create("n");
        DoubleColumn estimate = DoubleColumn.create("estimate");
        DoubleColumn low = DoubleColumn.create("conf.low");
        DoubleColumn high = DoubleColumn.create("conf.high");
        DoubleColumn level = DoubleColumn.create("conf.level");
        StringColumn m = StringColumn.create("method");
        for (ChangeShare s : shares()) {
            direction.append(s.direction().code());
            count.append(s.count());
            n.append(s.n());
            estimate.append(s.estimate());
            low.append(s.confLow());
            high.append(s.confHigh());
            level.append(s.confLevel());
            m.append(method);
        }
        return Table.create("band change", direction, count, n, estimate, low, high, level, m);
    }
}
