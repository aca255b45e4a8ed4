package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The key table finds the first record of each round, municipality and case number, as a map of the keys does. */
class CaseKeysTest {

    private record Key(int round, String municipality, String caseNumber) {
    }

    /** The keys of {@code records}; with {@code collide}, every case number has the same hash. */
    private static CaseKeys.Keys keys(List<Key> records, boolean collide) {
        return new CaseKeys.Keys() {
            @Override
            public int round(int r) {
                return records.get(r).round();
            }

            @Override
            public String municipality(int r) {
                return records.get(r).municipality();
            }

            @Override
            public String caseNumber(int r) {
                return records.get(r).caseNumber();
            }

            @Override
            public int caseNumberHash(int r) {
                return collide ? 7 : caseNumber(r).hashCode();
            }
        };
    }

    private static void findsWhatAMapFinds(boolean collide, int records, int expected) {
        Random random = new Random(records + (collide ? 1 : 0));
        List<Key> keys = new ArrayList<>();
        for (int r = 0; r < records; r++) {
            keys.add(new Key(random.nextInt(3), "10" + random.nextInt(4), "S-" + random.nextInt(records / 2 + 1)));
        }
        CaseKeys table = new CaseKeys(keys(keys, collide), expected);
        Map<Key, Integer> first = new HashMap<>();
        int duplicates = 0;
        for (int r = 0; r < records; r++) {
            Integer before = first.putIfAbsent(keys.get(r), r);
            int found = table.putIfAbsent(r);
            assertEquals(before == null ? -1 : before, found, "record " + r + " " + keys.get(r));
            duplicates += found >= 0 ? 1 : 0;
        }
        assertEquals(records - first.size(), duplicates);
    }

    @Test
    void growingFromASmallTableKeepsEveryKey() {
        findsWhatAMapFinds(false, 20_000, 1);
    }

    @Test
    void keysWithTheSameHashAreToldApartByTheirValues() {
        // every case number hashes alike: rounds and municipalities alone spread them, the rest is compared
        findsWhatAMapFinds(true, 3_000, 3_000);
    }
}
