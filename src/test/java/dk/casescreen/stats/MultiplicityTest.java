package dk.casescreen.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Multiplicity against R 4.2.2 {@code p.adjust(p, method)} for every method of {@code p.adjust.methods}
 * (src/test/R/multiplicity.R), to 1e-9 relative.
 */
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

    @TestFactory
    Stream<DynamicTest> everyMethodByItsRNameMatchesPAdjust() {
        return INPUT.cases("pa_").stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            double[] p = INPUT.numbers(c, "p");
            for (String method : Multiplicity.METHODS) {
                double[] adjusted = Multiplicity.adjust(p, method);
                assertEquals(p.length, adjusted.length);
                for (int i = 0; i < p.length; i++) {
                    R.assertClose(c, method + "." + (i + 1), adjusted[i], 1e-9);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> namedMethodsMatchPAdjust() {
        return INPUT.cases("pa_").stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            double[] p = INPUT.numbers(c, "p");
            double[] bonferroni = Multiplicity.bonferroni(p);
            double[] hochberg = Multiplicity.hochberg(p);
            double[] hommel = Multiplicity.hommel(p);
            double[] by = Multiplicity.benjaminiYekutieli(p);
            for (int i = 0; i < p.length; i++) {
                R.assertClose(c, "bonferroni." + (i + 1), bonferroni[i], 1e-9);
                R.assertClose(c, "hochberg." + (i + 1), hochberg[i], 1e-9);
                R.assertClose(c, "hommel." + (i + 1), hommel[i], 1e-9);
                R.assertClose(c, "BY." + (i + 1), by[i], 1e-9);
            }
        }));
    }

    @Test
    void anUnknownMethodNameIsRefusedNamingItAndTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Multiplicity.adjust(new double[] {0.1, 0.2}, "bh"));
        assertEquals("'bh' is not a p.adjust method: use one of holm, hochberg, hommel, bonferroni, BH, BY, fdr, none",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Multiplicity.adjust(new double[] {0.1}, null));
    }

    @Test
    void stepUpIsNeverAboveStepDownAndFdrIsBh() {
        double[] p = {0.2, 0.001, 0.04, 0.012, 0.5, 0.03};
        double[] holm = Multiplicity.holm(p);
        double[] hochberg = Multiplicity.hochberg(p);
        double[] hommel = Multiplicity.hommel(p);
        double[] bh = Multiplicity.benjaminiHochberg(p);
        double[] by = Multiplicity.benjaminiYekutieli(p);
        for (int i = 0; i < p.length; i++) {
            assertTrue(hochberg[i] <= holm[i] && hommel[i] <= hochberg[i] && bh[i] <= by[i], "p-value " + (i + 1));
        }
        assertArrayEquals(bh, Multiplicity.adjust(p, "fdr"));
        assertArrayEquals(p, Multiplicity.adjust(p, "none"));
    }

    @Test
    void tiedPValuesGetTheSameAdjustedValue() {
        double[] p = {0.02, 0.01, 0.02, 0.02, 0.3};
        double[] holm = Multiplicity.holm(p);
        double[] bh = Multiplicity.benjaminiHochberg(p);
        assertEquals(holm[0], holm[2]);
        assertEquals(holm[0], holm[3]);
        assertEquals(bh[0], bh[3]);
        for (String method : Multiplicity.METHODS) {
            double[] adjusted = Multiplicity.adjust(p, method);
            assertEquals(adjusted[0], adjusted[2], method);
            assertEquals(adjusted[0], adjusted[3], method);
        }
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
