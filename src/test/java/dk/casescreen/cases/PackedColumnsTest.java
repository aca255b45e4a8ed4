package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The packed columns of a case table give back exactly what was put in. */
class PackedColumnsTest {

    private static final List<String> TEXTS = Arrays.asList("S-0001", "", null, "Sag ÆØÅ 17", "sag \u0141\u00f3d\u017a",
            "\uD83D\uDE00 emoji", "S-0001", "x".repeat(300));

    @Test
    void packedTextsGiveBackEveryTextNullAndHash() {
        PackedTexts texts = new PackedTexts(2);
        TEXTS.forEach(texts::add);
        for (PackedTexts t : List.of(texts, texts.trimmed())) {
            assertEquals(TEXTS.size(), t.size());
            for (int i = 0; i < TEXTS.size(); i++) {
                assertEquals(TEXTS.get(i), t.get(i));
                assertEquals(TEXTS.get(i) == null ? 0 : TEXTS.get(i).hashCode(), t.hash(i), "hash of " + i);
            }
        }
    }

    @Test
    void packedTextsAreTheSameExactlyWhenEqual() {
        PackedTexts texts = new PackedTexts(4);
        TEXTS.forEach(texts::add);
        for (int i = 0; i < TEXTS.size(); i++) {
            for (int j = 0; j < TEXTS.size(); j++) {
                assertEquals(java.util.Objects.equals(TEXTS.get(i), TEXTS.get(j)), texts.same(i, j), i + " vs " + j);
            }
        }
    }

    @Test
    void packedTextsSelectInTheGivenOrder() {
        PackedTexts texts = new PackedTexts(4);
        TEXTS.forEach(texts::add);
        PackedTexts selected = texts.select(new int[] {3, 0, 2});
        assertEquals("Sag ÆØÅ 17", selected.get(0));
        assertEquals("S-0001", selected.get(1));
        assertNull(selected.get(2));
    }

    @Test
    void packedAmountsKeepValueScaleAndAbsence() {
        List<BigDecimal> amounts = Arrays.asList(new BigDecimal("2808788"), null, new BigDecimal("2450000.50"),
                new BigDecimal("-3.2E+6"), new BigDecimal("123456789012345678901234567890.5"), BigDecimal.ZERO,
                new BigDecimal("1E-200"));
        PackedAmounts packed = new PackedAmounts(1);
        amounts.forEach(packed::add);
        for (PackedAmounts p : List.of(packed, packed.trimmed(), packed.select(new int[] {0, 1, 2, 3, 4, 5, 6}))) {
            for (int i = 0; i < amounts.size(); i++) {
                Optional<BigDecimal> got = p.get(i);
                assertEquals(Optional.ofNullable(amounts.get(i)), got, "amount " + i);
                if (amounts.get(i) != null) {
                    assertEquals(amounts.get(i).scale(), got.orElseThrow().scale(), "scale of " + i);
                }
            }
        }
        assertEquals(2, packed.get(2).orElseThrow().scale());
        assertEquals(-5, packed.get(3).orElseThrow().scale());
    }

    @Test
    void rowNumbersWidenPastTheIntRange() {
        RowNumbers rows = new RowNumbers(1);
        rows.add(7);
        rows.add(3_000_000_000L);
        rows.add(12);
        assertEquals(7, rows.get(0));
        assertEquals(3_000_000_000L, rows.trimmed().get(1));
        assertEquals(12, rows.select(new int[] {2}).get(0));
        assertTrue(rows.get(1) > Integer.MAX_VALUE);
    }
}
