package dk.casescreen.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link CostProfiles#sortedByValue}: the order of a boxed sort by value, then row, without boxing. */
class CostOrderTest {

    private static int[] boxedOrder(int[] rows, double[] value) {
        Integer[] boxed = IntStream.of(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.<Integer>comparingDouble(r -> value[r]).thenComparingInt(r -> r));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void ordersByValueAndEqualValuesByRowAsTheBoxedSortDid() {
        Random random = new Random(18);
        for (int n : new int[] {0, 1, 2, 3, 7, 100, 1000, 4097}) {
            double[] value = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct amounts, so many ties, and -0.0 beside 0.0
                value[i] = random.nextInt(5) == 0 ? (random.nextBoolean() ? -0.0 : 0.0) : random.nextInt(20) * 1000.5;
            }
            int[] rows = IntStream.range(0, n).filter(i -> i % 3 != 1).toArray();
            assertArrayEquals(boxedOrder(rows, value), CostProfiles.sortedByValue(rows, value), "n = " + n);
        }
    }
}
