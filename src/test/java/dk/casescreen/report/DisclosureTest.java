package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisclosureTest {

    @Test
    void sharedOutputSuppressesCountsFromOneToFour() {
        Disclosure d = Disclosure.shared(Disclosure.DEFAULT_THRESHOLD);
        assertFalse(d.suppress(0));
        for (int n = 1; n < 5; n++) {
            assertTrue(d.suppress(n), "count " + n);
        }
        assertFalse(d.suppress(5));
        assertEquals("<5", d.suppressedText());
    }

    @Test
    void sharesAreSuppressedWhenTheComplementOrTheDenominatorIsSmall() {
        Disclosure d = Disclosure.shared(5);
        assertTrue(d.suppressShare(3, 100), "small numerator");
        assertTrue(d.suppressShare(97, 100), "complement of 3 could be worked out");
        assertTrue(d.suppressShare(0, 4), "denominator below the threshold");
        assertFalse(d.suppressShare(0, 100), "none of 100 discloses nobody");
        assertFalse(d.suppressShare(50, 100));
    }

    @Test
    void theThresholdIsConfigurableButNeverBelowThree() {
        assertEquals(3, Disclosure.shared(3).threshold());
        assertFalse(Disclosure.shared(3).suppress(3));
        assertTrue(Disclosure.shared(10).suppress(9));
        assertThrows(IllegalArgumentException.class, () -> Disclosure.shared(2));
    }

    @Test
    void internalOutputSuppressesNothing() {
        assertFalse(Disclosure.internal().suppress(1));
        assertFalse(Disclosure.internal().suppressShare(1, 2));
        assertFalse(Disclosure.internal().isShared());
    }
}
