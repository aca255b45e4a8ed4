package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way Danes write an amount reads to the amount meant; what is ambiguous or not an amount does not. */
class AmountTextTest {

    private static BigDecimal read(String typed) {
        return Values.amount(typed, false).orElseThrow(() -> new AssertionError("'" + typed + "' was not read"));
    }

    @ParameterizedTest(name = "''{0}'' is {1} kr.")
    @CsvSource(delimiter = '|', value = {
        "2.450.000 kr.|2450000", "2.450.000 kr|2450000", "kr. 2.450.000|2450000", "kr 2.450.000|2450000",
        "2.450.000,00 kr.|2450000", "2.450.000,50|2450000.5", "2.450.000,-|2450000", "2.450.000,- kr.|2450000",
        "2 450 000|2450000", "2 450 000 kr.|2450000", "2450000|2450000", "2450000,5|2450000.5",
        "2,45 mio.|2450000", "2,45 mio. kr.|2450000", "2,45 mio kr|2450000", "2,45 MIO. KR.|2450000",
        "2.45 mio|2450000", "2 mio.|2000000", "12,5 mio.|12500000", "3 millioner|3000000", "2,5 mill.|2500000",
        "1,2 mia.|1200000000", "DKK 2.450.000|2450000", "2.450.000 DKK|2450000", "dkk 2,45 mio.|2450000",
        "2500000.75|2500000.75", "2.450|2450", "2,45|2.45", "  2.450.000 kr.  |2450000",
        "-2.450.000|-2450000", "−2.450.000 kr.|-2450000", "kr. -2.450.000|-2450000", "0|0", "+2.450.000|2450000"})
    void danishWrittenAmountsReadToTheAmountMeant(String typed, String kr) {
        assertEquals(0, new BigDecimal(kr).compareTo(read(typed)), () -> typed + " read as " + read(typed));
    }

    @Test
    void plainDigitsReadToTheVeryNumberTheGeneralPathReads() {
        java.util.Random random = new java.util.Random(18);
        for (int k = 0; k < 5_000; k++) {
            StringBuilder typed = new StringBuilder();
            int length = 1 + random.nextInt(AmountText.PLAIN_DIGITS + 4);
            for (int d = 0; d < length; d++) {
                typed.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(4) == 0) {
                // one character of another kind somewhere: a separator, a space, a letter, a non-ASCII digit
                String others = ".,\u00A0 kx\u0663-";
                typed.setCharAt(random.nextInt(length), others.charAt(random.nextInt(others.length())));
            }
            String text = typed.toString();
            // equals, not compareTo: the same scale too, so that the packed column and every report shows the same
            assertEquals(AmountText.parseWritten(text), AmountText.parse(text), text);
        }
        assertEquals(Optional.of(new BigDecimal("2450000")), AmountText.parse("002450000"));
        assertEquals(-1, AmountText.plainDigits("1234567890123456789"), "nineteen digits take the general path");
        assertEquals(999_999_999_999_999_999L, AmountText.plainDigits("999999999999999999"));
    }

    @Test
    void noBreakAndNarrowNoBreakSpacesSeparateThousands() {
        assertEquals(0, new BigDecimal("2450000").compareTo(read("2\u00A0450\u00A0000\u00A0kr.")));
        assertEquals(0, new BigDecimal("2450000").compareTo(read("2\u202F450\u202F000")));
    }

    @Test
    void everyDashServesAsSignAndAsTheDashAfterTheDecimalComma() {
        for (char dash : new char[] {'-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212'}) {
            assertEquals(0, new BigDecimal("-2450000").compareTo(read(dash + "2.450.000")), "sign " + (int) dash);
            assertEquals(0, new BigDecimal("2450000").compareTo(read("2.450.000," + dash + " kr.")), "',-' " + (int) dash);
        }
    }

    @Test
    void amountsInMillionsHaveNoSpuriousDecimals() {
        assertEquals(new BigDecimal("2450000"), read("2,45 mio."));
        assertEquals(new BigDecimal("2450000.5"), read("2,4500005 mio."));
    }

    @ParameterizedTest(name = "''{0}'' is not an amount")
    @ValueSource(strings = {"mange penge", "2.500.00,00", "1.5,00", "2,500,000", "1e6x", "2.45.000", "24 50",
        "1234.567", "2.450 000", "2,45 mio. mio.", "kr. 2.450.000 kr.", "2,- mio.", "2,45 t.kr.", ",5", ".5",
        "2,", "2.", "kr.", "mio.", "--2", "2 450 000,5,0", "3 mil", "2.450.000 euro"})
    void ambiguousOrForeignWritingIsNoAmount(String typed) {
        assertEquals(Optional.empty(), Values.amount(typed, false), typed);
    }

    @Test
    void aDotBeforeThreeDigitsSeparatesThousandsEvenBeforeMio() {
        assertEquals(0, new BigDecimal("2450000000").compareTo(read("2.450 mio.")));
    }

    @Test
    void typedNumbersAreReadPlainlyWithTheirSign() {
        assertEquals(Optional.of(new BigDecimal("2345678.50")), Values.amount("2345678.50", true));
        assertEquals(Optional.of(new BigDecimal("-5")), Values.amount("-5", true));
        assertEquals(Optional.of(new BigDecimal("2.45")), Values.amount("2.45", true));
        assertEquals(Optional.empty(), Values.amount("2.450.000", true));
    }

    @Test
    void aCellLongerThanAnyAmountIsRefusedWhateverItHolds() {
        assertEquals(Optional.empty(), Values.amount("1".repeat(AmountText.MAX_LENGTH + 1), false));
        assertEquals(Optional.empty(), Values.amount(" ".repeat(30) + "1".repeat(AmountText.MAX_LENGTH + 1), false));
        assertEquals(Optional.empty(), Values.amount("1.".repeat(AmountText.MAX_LENGTH / 2 - 1) + "x", false));
        assertTrue(Values.amount(" ".repeat(200) + "2.450.000 kr." + " ".repeat(200), false).isPresent(),
                "surrounding white space does not count");
    }

    @Test
    void amountsAreShownTheDanishAndTheEnglishWay() {
        assertEquals("3.200.000", AnnualCosts.kr(new BigDecimal("3200000")).da());
        assertEquals("3,200,000", AnnualCosts.kr(new BigDecimal("3200000")).en());
        assertEquals("2.450.000,5", AnnualCosts.kr(new BigDecimal("2450000.50")).da());
        assertEquals("2,450,000.5", AnnualCosts.kr(new BigDecimal("2450000.50")).en());
        assertEquals("-2.450.000", AnnualCosts.kr(new BigDecimal("-2450000")).da());
        assertEquals("2,45", AnnualCosts.kr(new BigDecimal("2.45")).da());
        assertEquals("100", AnnualCosts.kr(new BigDecimal("1E+2")).da());
        assertEquals("0", AnnualCosts.kr(BigDecimal.ZERO).da());
    }
}
