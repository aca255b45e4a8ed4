package dk.casescreen.sheet;

import dk.casescreen.Text;
import java.util.List;

/**
 * A field of a case record besides the answers: municipality, case number, date, cost, remark.
 *
 * @param key     the stable key ({@code municipality}, {@code case_number}, {@code screening_date},
 *                {@code annual_cost}, {@code remark})
 * @param label   the Danish and English column heading
 * @param aliases further headings that mean this field
 */
public record RecordField(String key, Text label, List<String> aliases) {

    /** Key of the municipality field. */
    public static final String MUNICIPALITY = "municipality";
    /** Key of the case number field. */
    public static final String CASE_NUMBER = "case_number";
    /** Key of the screening date field. */
    public static final String SCREENING_DATE = "screening_date";
    /** Key of the exact annual cost field. */
    public static final String ANNUAL_COST = "annual_cost";
    /** Key of the free-text remark field. */
    public static final String REMARK = "remark";

    /** The keys every sheet must define, in the order records list them. */
    public static final List<String> REQUIRED_KEYS =
            List.of(MUNICIPALITY, CASE_NUMBER, SCREENING_DATE, ANNUAL_COST, REMARK);

    /** Creates a field; the alias list is copied. */
    public RecordField {
        aliases = List.copyOf(aliases);
    }
}
