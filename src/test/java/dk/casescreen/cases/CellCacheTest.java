package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cell cache gives the text of exactly the bytes asked for, wherever they lie in the array, the same
 * object and id for a repeated cell, and different ids for different texts.
 */
class CellCacheTest {

    /** The cell's text through the cache, its bytes placed at {@code offset} among unrelated bytes. */
    private static String text(CellCache cache, int column, String cell, int offset) {
        byte[] cellBytes = cell.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[offset + cellBytes.length + 300];
        java.util.Arrays.fill(bytes, (byte) 'x');
        System.arraycopy(cellBytes, 0, bytes, offset, cellBytes.length);
        int id = cache.id(column, bytes, offset, cellBytes.length, StandardCharsets.UTF_8);
        return id == CellCache.NONE ? new String(bytes, offset, cellBytes.length, StandardCharsets.UTF_8) : cache.text(column, id);
    }

    private static int id(CellCache cache, int column, String cell) {
        byte[] bytes = java.util.Arrays.copyOf(cell.getBytes(StandardCharsets.UTF_8), 300);
        return cache.id(column, bytes, 0, cell.getBytes(StandardCharsets.UTF_8).length, StandardCharsets.UTF_8);
    }

    @Test
    void cellsThatDifferOnlyInTheMiddleAreToldApart() {
        // the table keeps the first and last eight bytes: these share both and differ inside
        List<String> cells = List.of("Ja", "Nej", "Ja ", "Ja\u0000", "Kommunal", "Kommunel", "12345678x12345678", "12345678y12345678",
                "abcdefgh-1-abcdefgh", "abcdefgh-2-abcdefgh", "Ærø", "Æro", "S-0001234", "S-0001235", "");
        CellCache cache = new CellCache();
        for (int round = 0; round < 3; round++) {
            for (String cell : cells) {
                assertEquals(cell, text(cache, 0, cell, round * 5));
            }
        }
    }

    @Test
    void aShortCellHasOneIdWhateverBytesFollowItOrWhereverItEnds() {
        Random random = new Random(5);
        CellCache cache = new CellCache();
        Map<String, Integer> ids = new HashMap<>();
        for (int k = 0; k < 2_000; k++) {
            // one to twenty bytes: read as one word, as two, and by first and last word with the bytes compared
            String cell = "JaNejVed ikke Kommunal".substring(0, 1 + random.nextInt(20));
            byte[] cellBytes = cell.getBytes(StandardCharsets.UTF_8);
            // random bytes after the cell, or none: the cell ends the array
            int offset = random.nextInt(20);
            byte[] bytes = new byte[offset + cellBytes.length + (random.nextBoolean() ? 0 : 1 + random.nextInt(9))];
            random.nextBytes(bytes);
            System.arraycopy(cellBytes, 0, bytes, offset, cellBytes.length);
            int id = cache.id(1, bytes, offset, cellBytes.length, StandardCharsets.UTF_8);
            assertEquals(ids.computeIfAbsent(cell, c -> id), id, cell);
            assertEquals(cell, cache.text(1, id));
        }
        assertEquals(20, ids.size());
    }

    @Test
    void aRepeatedCellGivesTheSameTextObjectAndId() {
        CellCache cache = new CellCache();
        String first = text(cache, 3, "Udviklingshæmning", 0);
        assertSame(first, text(cache, 3, "Udviklingshæmning", 7));
        String shortOne = text(cache, 3, "Nej", 0);
        assertSame(shortOne, text(cache, 3, "Nej", 1));
        assertEquals(id(cache, 3, "Nej"), id(cache, 3, "Nej"));
        assertNotEquals(id(cache, 3, "Nej"), id(cache, 3, "Udviklingshæmning"));
        assertEquals(CellCache.NONE, id(cache, 3, ""));
    }

    @Test
    void idsStayTheTextsTheyWereGivenAsTheTableGrowsAndFills() {
        CellCache cache = new CellCache();
        Random random = new Random(7);
        Map<String, Integer> ids = new HashMap<>();
        List<String> texts = new ArrayList<>();
        // more distinct texts than a column takes, each drawn often enough that the column stays numbered
        for (int i = 0; i < CellCache.MAX_ENTRIES + 500; i++) {
            texts.add(random.nextInt(3) == 0 ? "svar nummer " + i + " med en lang tekst" : Integer.toString(i, 36));
        }
        // each text first three times in a row (two of three lookups found: the column stays numbered), then at random
        for (int draw = 0; draw < 60_000; draw++) {
            String t = texts.get(draw < 3 * texts.size() ? draw / 3 : random.nextInt(texts.size()));
            int id = id(cache, 5, t);
            if (id == CellCache.NONE) {
                assertEquals(-1, ids.getOrDefault(t, -1), "a text once numbered keeps its id: " + t);
                continue;
            }
            Integer before = ids.putIfAbsent(t, id);
            if (before != null) {
                assertEquals(before.intValue(), id, t);
            }
            assertEquals(t, cache.text(5, id));
        }
        assertEquals(CellCache.MAX_ENTRIES, ids.size());
        assertEquals(CellCache.MAX_ENTRIES, ids.values().stream().distinct().count());
    }

    @Test
    void aColumnOfTextsThatRarelyRepeatStopsBeingNumbered() {
        CellCache cache = new CellCache();
        int numbered = 0;
        for (int i = 0; i < 10_000; i++) {
            String caseNumber = "S-" + i;
            int id = id(cache, 1, caseNumber);
            if (id != CellCache.NONE) {
                numbered++;
                assertEquals(caseNumber, cache.text(1, id));
            }
        }
        assertEquals(4095, numbered, "numbered until the sample of 4,096 lookups showed few repeats");
        assertEquals(CellCache.NONE, id(cache, 1, "S-1"));
    }
}
