package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which municipality a near miss of a name suggests, and which texts suggest none. */
class MunicipalitySuggestionTest {

    private final Municipalities known = Municipalities.known();

    @ParameterizedTest
    @CsvSource({"Århus, Aarhus", "Arhus, Aarhus", "ÅRHUS KOMMUNE, Aarhus", "Kobenhavn, København",
            "Kjøbenhavn, København", "Koebenhavns Kommune, København", "Odensee, Odense", "Helsingor, Helsingør",
            "Aero, Ærø", "Ringkobing-Skjern, Ringkøbing-Skjern", "Agerup, Ågerup (fiktiv)"})
    void aNearMissSuggestsTheMunicipality(String typed, String name) {
        assertTrue(known.find(typed).isEmpty(), "not found as typed: " + typed);
        assertEquals(List.of(name), known.suggest(typed).stream().map(Municipality::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "Aarhus Amt", "7511", "9999", "", "  ", "Xy",
            "Aarhusaarhusaarhusaarhusaarhusaarhusaarhusaarhus"})
    void aTextFarFromEveryNameOrACodeSuggestsNothing(String typed) {
        assertEquals(List.of(), known.suggest(typed));
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000})
    void aLongCellGetsNoSuggestion(int length) {
        assertEquals(List.of(), known.suggest("a".repeat(length)));
        assertEquals(List.of(), known.suggest("Agerup " + "x".repeat(length)));
    }

    @org.junit.jupiter.api.Test
    void aNameKnownTwiceIsSuggestedOnce() {
        Municipalities twice = known.with(Municipalities.of(known.all().stream()
                .filter(m -> m.name().equals("Ågerup (fiktiv)")).toList()));
        assertEquals(List.of("Ågerup (fiktiv)"), twice.suggest("Agerup").stream().map(Municipality::name).toList());
    }
}
