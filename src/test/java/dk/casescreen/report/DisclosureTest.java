package dk.casescreen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisclosureTest {

    @Test
    void sharedEditionHasTheDefaultThresholdOfFive() {
        Disclosure d = Disclosure.shared(Disclosure.DEFAULT_THRESHOLD);
        assertTrue(d.isShared());
        assertEquals(5, d.threshold());
        assertEquals("<5", d.suppressedText());
    }

    @Test
    void theThresholdIsConfigurableButNeverBelowThree() {
        assertEquals(3, Disclosure.shared(3).threshold());
        assertEquals("<10", Disclosure.shared(10).suppressedText());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Disclosure.shared(2));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void internalEditionProtectsOtherMunicipalitiesWithTheDefaultThreshold() {
        assertFalse(Disclosure.internal().isShared());
        assertEquals(Disclosure.DEFAULT_THRESHOLD, Disclosure.internal().threshold());
    }
}
