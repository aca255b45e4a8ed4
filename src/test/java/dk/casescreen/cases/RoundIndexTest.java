package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundIndexTest {

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
