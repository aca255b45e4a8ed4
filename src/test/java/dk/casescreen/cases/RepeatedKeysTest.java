package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.sheet.ScreeningSheet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedKeysTest {

    @Test
    void everyRecordOfARepeatedKeyMayRepeatAndFewOthersDoAsTheBitSetsGrow() {
        CaseColumns.Builder records = new CaseColumns.Builder(ScreeningSheet.builtIn(), 16);
        RepeatedKeys repeated = new RepeatedKeys(records);
        Location file = Location.ofFile("cases.csv");
        Random random = new Random(18);
        Map<String, Integer> seen = new HashMap<>();
        int n = 40_000; // the bit sets grow several times from their first 65,536 bits
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            // one record in twenty repeats an earlier case number, in the same or the other municipality
            String municipality = random.nextBoolean() ? "751" : "851";
            String caseNumber = i > 0 && random.nextInt(20) == 0 ? "S-" + random.nextInt(i) : "S-" + i;
            records.start(municipality, caseNumber, null, null, null, file, i + 2);
            repeated.add(i);
            keys[i] = municipality + " " + caseNumber;
            seen.merge(keys[i], 1, Integer::sum);
        }
        int repeatedRecords = 0;
        int others = 0;
        for (int i = 0; i < n; i++) {
            if (seen.get(keys[i]) > 1) {
                repeatedRecords++;
                assertTrue(repeated.mayRepeat(i), "record " + i + " shares its key with another: " + keys[i]);
            } else if (repeated.mayRepeat(i)) {
                others++;
            }
        }
        assertTrue(repeatedRecords > 500, "the data repeat keys: " + repeatedRecords);
        // a sixteenth of the bits are marked at most, so about one record in sixteen collides
        assertTrue(others < n / 8, "records marked that repeat no key: " + others);
        assertTrue(repeated.count() == repeatedRecords + others, "count " + repeated.count());
    }
}
