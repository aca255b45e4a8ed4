package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counting path of {@link Ranks#of} gives the sorting path's mid-ranks and tie groups, bit for bit. */
class RanksTest {

    private static void assertSameAsSorting(double[] values) {
        Ranks counted = Ranks.of(values);
        Ranks sorted = Ranks.bySorting(values);
        assertArrayEquals(sorted.ranks(), counted.ranks(), 0.0);
        assertArrayEquals(sorted.tieSizes(), counted.tieSizes());
        assertEquals(Double.doubleToLongBits(sorted.tieSum()), Double.doubleToLongBits(counted.tieSum()));
    }

    @Test
    void countedRanksOfFewWholeNumbersEqualSortedRanks() {
        Random random = new Random(18);
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(7) - 3;
        }
        assertSameAsSorting(values);
    }

    @Test
    void countedRanksTreatMinusZeroAsZero() {
        assertSameAsSorting(new double[] {0.0, -0.0, 1, -0.0, 2, 0.0});
        assertArrayEquals(new double[] {2.5, 2.5, 5, 2.5, 6, 2.5}, Ranks.of(new double[] {0.0, -0.0, 1, -0.0, 2, 0.0}).ranks());
    }

    @Test
    void wideOrFractionalValuesAreRankedBySorting() {
        assertSameAsSorting(new double[] {0.5, 3, 0.5, 1e12, -1e12, 3});
        assertSameAsSorting(new double[] {0, Ranks.COUNTING_RANGE, 5, 5});
        assertArrayEquals(new double[] {1, 3.5, 3.5, 2}, Ranks.of(new double[] {0, 1e9, 1e9, 3}).ranks());
    }
}
