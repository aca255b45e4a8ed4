package dk.casescreen.reference.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The synthetic data's options read as what they change, and a bad count fails at once naming its value. */
class SyntheticOptionsTest {

    private static String message(Supplier<?> make) {
        return assertThrows(IllegalArgumentException.class, make::get).getMessage();
    }

    @Test
    void theDefaultsAreTheBuiltInReferenceAndEachWithChangesOnlyItsOwnPart() {
        assertSame(SyntheticOptions.REFERENCE, SyntheticOptions.defaults());
        assertEquals(new SyntheticOptions(SyntheticOptions.REFERENCE_SEED, 683, 47, 0, List.of()), SyntheticOptions.defaults());
        PlantedEffect privateProvider = PlantedEffect.parse("provider_type=private:2.0");
        PlantedEffect conviction = PlantedEffect.parse("conviction=yes:1.5");
        assertEquals(new SyntheticOptions(7, 300, 12, 683, List.of(privateProvider, conviction)),
                SyntheticOptions.defaults().withSeed(7).withMunicipalities(12).withCases(300).withComparisonCases(683)
                        .withEffect(privateProvider).withEffect(conviction));
        assertEquals(List.of(conviction), SyntheticOptions.defaults().withEffect(privateProvider)
                .withEffects(List.of(conviction)).effects());
    }

    @Test
    void aBadCountNamesTheValuePassed() {
        SyntheticOptions defaults = SyntheticOptions.defaults();
        assertEquals("The number of cases must be at least 1, not 0", message(() -> defaults.withCases(0)));
        assertEquals("The number of fictional municipalities must be 1..99, not 120",
                message(() -> defaults.withMunicipalities(120)));
        assertEquals("The number of comparison cases cannot be negative: -5", message(() -> defaults.withComparisonCases(-5)));
        assertEquals("Every municipality needs a case: 47 municipalities for 10 cases (set the municipalities first)",
                message(() -> defaults.withCases(10)));
        assertEquals(10, defaults.withMunicipalities(5).withCases(10).cases());
    }
}
