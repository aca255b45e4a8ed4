package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Multiplicity against R 4.2.2 {@code p.adjust(p, "holm")} and {@code p.adjust(p, "BH")} (src/test/R/multiplicity.R). */
class MultiplicityTest {

    private static final RListInput INPUT = RListInput.load("multiplicity");
    private static final RReference R = RReference.load("multiplicity");

    @TestFactory
    Stream<DynamicTest> holmAndBenjaminiHochbergMatchR() {
        return INPUT.cases("pa_").stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            double[] p = INPUT.numbers(c, "p");
            double[] holm = Multiplicity.holm(p);
            double[] bh = Multiplicity.benjaminiHochberg(p);
            for (int i = 0; i < p.length; i++) {
                R.assertClose(c, "holm." + (i + 1), holm[i], 1e-9);
                R.assertClose(c, "BH." + (i + 1), bh[i], 1e-9);
            }
        }));
    }

    @Test
    void tiedPValuesGetTheSameAdjustedValue() {
        double[] p = {0.02, 0.01, 0.02, 0.02, 0.3};
        double[] holm = Multiplicity.holm(p);
        double[] bh = Multiplicity.benjaminiHochberg(p);
        assertEquals(holm[0], holm[2]);
        assertEquals(holm[0], holm[3]);
        assertEquals(bh[0], bh[3]);
    }

    @Test
    void theInputIsNotChangedAndAnEmptyArrayIsFine() {
        double[] p = {0.5, 0.01};
        Multiplicity.holm(p);
        Multiplicity.benjaminiHochberg(p);
        assertArrayEquals(new double[] {0.5, 0.01}, p);
        assertEquals(0, Multiplicity.holm(new double[0]).length);
    }

    @Test
    void aValueOutsideZeroToOneIsRefusedByPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Multiplicity.holm(new double[] {0.1, 1.5}));
        assertEquals("p-value 2 is 1.5, not between 0 and 1", e.getMessage());
    }
}
