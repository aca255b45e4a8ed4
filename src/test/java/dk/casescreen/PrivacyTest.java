package dk.casescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrivacyTest {

    /** Every written form of the CPR number 010190-1234 (and 31 December 1999) the scanner must catch. */
    static Stream<String> cprForms() {
        return CprForms.all().stream();
    }

    @ParameterizedTest
    @MethodSource("cprForms")
    void masksEveryFormInsideFreeTextAndLeavesTheRestAlone(String cpr) {
        assertEquals("borger XXXXXX-XXXX flyttede", Privacy.mask("borger " + cpr + " flyttede"));
        assertEquals("XXXXXX-XXXX", Privacy.mask(cpr));
        assertTrue(Privacy.containsCpr(cpr, true));
    }

    @ParameterizedTest
    @MethodSource("cprForms")
    void findsTheTenDigitFormsWithoutTheNineDigitOption(String cpr) {
        assertEquals(cpr.length() != 9, Privacy.containsCpr(cpr, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.450.000", "2022-10-03", "S-0001", "9999999999", "3104901234", "0113901234",
            "00101901234", "01019012345", "010190-12345", "2500000", "991901234", "310490-1234", "32.01.90-1234",
            "kr. 1.234.567,00", "tlf. 12 34 56 78", "Over 10 mio. kr.", "p = 0.3112991234", "1,0101901234"})
    void doesNotMaskAmountsDatesCaseNumbersOrImpossibleDates(String text) {
        assertSame(text, Privacy.mask(text));
        assertFalse(Privacy.containsCpr(text, true));
    }

    @Test
    void acceptsTwentyNinthOfFebruaryAndRejectsThirtieth() {
        assertEquals("XXXXXX-XXXX", Privacy.mask("290200-1234"));
        assertEquals("300200-1234", Privacy.mask("300200-1234"));
    }

    @Test
    void masksEveryOccurrenceAndKeepsTheTextBetween() {
        assertEquals("a XXXXXX-XXXX, b XXXXXX-XXXX.", Privacy.mask("a 0101901234, b 31.12.99/4321."));
    }

    @Test
    void escapesControlCharactersAndTerminalEscapeSequences() {
        assertEquals("\\x1b[31mrød\\x1b[0m\\x07", Privacy.escapeControls("\u001b[31mrød\u001b[0m\u0007"));
        assertEquals("a\\x0ab\\x9b", Privacy.escapeControls("a\nb\u009b"));
        assertEquals("\\x1b]0;XXXXXX-XXXX", Privacy.display("\u001b]0;010190-1234"));
    }

    @Test
    void scansALongDigitCellWithoutHanging() {
        String digits = "0101901234".repeat(100_000) + "-" + " 1".repeat(200_000);
        // a guard against a scanner that backtracks (quadratic: minutes here), not a speed claim
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertFalse(Privacy.containsCpr(digits, true));
            assertSame(digits, Privacy.mask(digits));
        });
    }
}
