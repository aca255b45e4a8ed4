package dk.casescreen.followup;

import dk.casescreen.stats.TestResult;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The first round's answer to "Udvikling i udgift over tid" (rising, unchanged, falling, don't know)
 * against the realised change in cost band, with Cohen's kappa for rising/unchanged/falling against
 * dearer/same/cheaper ("Ved ikke" left out of kappa).
 *
 * @param table every reported answer (sheet order) against every realised change, counts of linked citizens
 *              with a cost band in both rounds and the question answered
 * @param kappa Cohen's kappa with its interval and z test (NaN when there is nothing to compare)
 */
public record SelfReport(List<AgreementCell> table, TestResult kappa) {

    /** Creates a self-report; the table is copied. */
    public SelfReport {
        table = List.copyOf(table);
    }

    /** The citizens in the table. */
    public long n() {
        return table.stream().mapToLong(AgreementCell::count).sum();
    }

    /** The agreement table as a tidy table: reported, realised, count. */
    public Table asTable() {
        StringColumn reported = StringColumn.create("reported");
        StringColumn realised = StringColumn.create("realised");
        DoubleColumn count = DoubleColumn.create("count");
        for (AgreementCell c : table) {
            reported.append(c.reported());
            realised.append(c.realised());
            count.append(c.count());
        }
        return Table.create("self-report against realised change", reported, realised, count);
    }
}
