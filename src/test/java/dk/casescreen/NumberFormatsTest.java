package dk.casescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    private final NumberFormats da = new NumberFormats(Language.DA);
    private final NumberFormats en = new NumberFormats(Language.EN);

    @Test
    void danishNumbersUseDecimalCommaAndThousandsDots() {
        assertEquals("1.234.567", da.integer(1_234_567));
        assertEquals("12,35", da.decimal(12.345, 2));
        assertEquals("12,3 %", da.percent(0.1234));
        assertEquals("10,4–15,4 %", da.percentInterval(0.10444, 0.15448));
        assertEquals("2.345.678 kr.", da.kroner(2_345_678.4));
        assertEquals("–", da.percent(Double.NaN));
    }

    @Test
    void oneInstanceFormatsTheSameFromManyThreadsAtOnce() {
        // the formats are made once and kept: threads sharing them must not mix each other's digits
        List<String> alone = IntStream.range(0, 4000).mapToObj(this::mixed).toList();
        List<String> together = IntStream.range(0, 4000).parallel().mapToObj(this::mixed).toList();
        assertEquals(alone, together);
        assertEquals("1.234,5678901", da.decimal(1234.5678901, 7));
    }

    private String mixed(int i) {
        return da.integer(i * 7_919L) + " " + da.decimal(i / 7.0, i % 4) + " " + da.percent(i / 4000.0) + " "
                + en.decimal(i * 1.5, 2);
    }

    @Test
    void englishNumbersUseDecimalPoint() {
        assertEquals("1,234,567", en.integer(1_234_567));
        assertEquals("12.3%", en.percent(0.1234));
        assertEquals("DKK 2,345,678", en.kroner(2_345_678));
    }

    @Test
    void pValuesAreShownLikeGtsummary() {
        assertEquals("<0,001", da.pValue(0.0000123));
        assertEquals("0,001", da.pValue(0.001));
        assertEquals("0,049", da.pValue(0.0494));
        assertEquals("0,12", da.pValue(0.1234));
        assertEquals(">0,9", da.pValue(0.95));
        assertEquals("<0.001", en.pValue(1e-9));
        assertEquals("0.50", en.pValue(0.5));
    }
}
