package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RoundIndexTest {

    /** The distinct dates as a sorted set gives them, NO_DATE left out. */
    private static int[] expectedDistinct(int[] days) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int d : days) {
            if (d != RoundIndex.NO_DATE) {
                set.add(d);
            }
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void distinctDatesAreThoseOfASortedSetWhetherMarkedOrSorted() {
        Random random = new Random(18);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(500);
            // narrow spans are marked, spans wider than MARKED_SPAN sorted; negative epoch days (before 1970) too
            long span = trial % 3 == 0 ? 2L * RoundIndex.MARKED_SPAN : trial % 3 == 1 ? 3000 : 40;
            int base = random.nextInt(40_000) - 20_000;
            int[] days = new int[n];
            for (int i = 0; i < n; i++) {
                days[i] = random.nextInt(10) == 0 ? RoundIndex.NO_DATE : (int) (base + (long) (random.nextDouble() * span));
            }
            assertArrayEquals(expectedDistinct(days), RoundIndex.distinctDays(n, i -> days[i]), "trial " + trial);
        }
    }

    @Test
    void theExtremesOfTheIntRangeAreKeptAndNoDatesGiveNone() {
        int[] days = {5, RoundIndex.NO_DATE, Integer.MAX_VALUE, 5, Integer.MIN_VALUE + 1, 0};
        assertArrayEquals(new int[] {Integer.MIN_VALUE + 1, 0, 5, Integer.MAX_VALUE}, RoundIndex.distinctDays(days.length, i -> days[i]));
        assertArrayEquals(new int[0], RoundIndex.distinctDays(2, i -> RoundIndex.NO_DATE));
    }

    @Test
    void aGapOfMoreThanNinetyDaysStartsANewRoundWhereverTheDatesLieInTheFile() {
        // two dated rounds: days 100..190 (a 90-day gap is still one round) and 281 onwards (a 91-day gap); the
        // undated record of a file with dates in both forms the undated round after them
        int[] days = {190, 281, 100, 300, RoundIndex.NO_DATE, 100, 281};
        RoundIndex rounds = RoundIndex.cluster(days.length, i -> days[i], i -> 0);
        assertEquals(3, rounds.count());
        int[] expected = {0, 1, 0, 1, 2, 0, 1};
        for (int i = 0; i < days.length; i++) {
            assertEquals(expected[i], rounds.of(i), "record " + i);
        }
    }
}
