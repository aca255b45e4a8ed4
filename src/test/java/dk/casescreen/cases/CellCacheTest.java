package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cell cache gives the text of exactly the bytes asked for, and the same object for a repeated cell. */
class CellCacheTest {

    private static String text(CellCache cache, int column, String cell) {
        byte[] bytes = java.util.Arrays.copyOf(cell.getBytes(StandardCharsets.UTF_8), 300);
        return cache.text(column, bytes, cell.getBytes(StandardCharsets.UTF_8).length, StandardCharsets.UTF_8);
    }

    @Test
    void cellsThatDifferOnlyInTheMiddleAreToldApart() {
        // the hash sees the first and last eight bytes: these share both and differ inside
        List<String> cells = List.of("Ja", "Nej", "Ja ", "Kommunal", "Kommunel", "12345678x12345678", "12345678y12345678",
                "abcdefgh-1-abcdefgh", "abcdefgh-2-abcdefgh", "Ærø", "Æro", "S-0001234", "S-0001235", "");
        CellCache cache = new CellCache();
        for (int round = 0; round < 3; round++) {
            for (String cell : cells) {
                assertEquals(cell, text(cache, 0, cell));
            }
        }
    }

    @Test
    void aRepeatedCellGivesTheSameTextObject() {
        CellCache cache = new CellCache();
        String first = text(cache, 3, "Udviklingshæmning");
        assertSame(first, text(cache, 3, "Udviklingshæmning"));
        String shortOne = text(cache, 3, "Nej");
        assertSame(shortOne, text(cache, 3, "Nej"));
    }
}
