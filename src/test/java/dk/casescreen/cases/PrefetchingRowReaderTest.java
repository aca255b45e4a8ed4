package dk.casescreen.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.casescreen.Text;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefetchingRowReaderTest {

    /** Gives rows 1..rows, then fails (when {@code failAt} > 0) or ends. */
    private static final class Counting implements RowReader {
        final int rows;
        final int failAt;
        final AtomicInteger read = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        final CaseLoadException failure = CaseLoadException.unreadable(Location.ofFile("x.csv"), new Text("fejl", "failure"));

        Counting(int rows, int failAt) {
            this.rows = rows;
            this.failAt = failAt;
        }

        @Override
        public Location location() {
            return Location.ofFile("x.csv");
        }

        @Override
        public RawRow next() {
            int n = read.incrementAndGet();
            if (n == failAt) {
                throw failure;
            }
            return n > rows ? null : new RawRow(n, new String[] {Integer.toString(n)});
        }

        @Override
        public String columnName(int index) {
            return Integer.toString(index + 1);
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    /**
     * Rows given back are filled again for later rows (far fewer arrays than rows), and every row still reads
     * as the file has it: no array is filled again while its row is still waiting or being read.
     */
    @Test
    void rowsGivenBackAreFilledAgainWithoutSpoilingAnyRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        StringBuilder csv = new StringBuilder("a;b;c\n");
        java.util.Random random = new java.util.Random(7);
        for (int r = 0; r < 20_000; r++) {
            // mostly three cells; some rows wider or narrower, some texts repeating, some not
            int width = random.nextInt(10) == 0 ? 1 + random.nextInt(5) : 3;
            for (int c = 0; c < width; c++) {
                csv.append(c > 0 ? ";" : "").append(random.nextBoolean() ? "Ja" : "t" + r + "-" + c);
            }
            csv.append('\n');
        }
        java.nio.file.Path file = dir.resolve("rows.csv");
        java.nio.file.Files.writeString(file, csv);
        java.util.List<String> expected = new java.util.ArrayList<>();
        try (CsvRowReader plain = CsvRowReader.open(file, "rows.csv", InputLimits.DEFAULT)) {
            for (RawRow row = plain.next(); row != null; row = plain.next()) {
                expected.add(row.number() + ":" + String.join(";", row.cells()));
            }
        }
        java.util.List<String> read = new java.util.ArrayList<>();
        java.util.Set<String[]> arrays = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        try (PrefetchingRowReader reader = new PrefetchingRowReader(CsvRowReader.open(file, "rows.csv", InputLimits.DEFAULT))) {
            for (RawRow row = reader.next(); row != null; row = reader.next()) {
                read.add(row.number() + ":" + String.join(";", row.cells()));
                arrays.add(row.cells());
                reader.recycle(row);
            }
        }
        assertEquals(expected, read);
        assertTrue(arrays.size() < expected.size() / 2, arrays.size() + " arrays for " + expected.size() + " rows");
    }

    @Test
    void givesEveryRowInOrderThenTheEnd() {
        Counting source = new Counting(5000, 0);
        try (PrefetchingRowReader reader = new PrefetchingRowReader(source)) {
            for (int i = 1; i <= 5000; i++) {
                assertEquals(i, reader.next().number());
            }
            assertNull(reader.next());
            assertNull(reader.next());
        }
        assertTrue(source.closed.get());
    }

    @Test
    void throwsWhatTheSourceThrewAfterTheRowsBeforeIt() {
        Counting source = new Counting(5000, 1234);
        try (PrefetchingRowReader reader = new PrefetchingRowReader(source)) {
            for (int i = 1; i < 1234; i++) {
                assertEquals(i, reader.next().number());
            }
            assertSame(source.failure, assertThrows(CaseLoadException.class, reader::next));
        }
    }

    @Test
    void closingEarlyStopsReadingAhead() {
        Counting source = new Counting(10_000_000, 0);
        PrefetchingRowReader reader = new PrefetchingRowReader(source);
        assertEquals(1, reader.next().number());
        reader.close();
        assertTrue(source.closed.get());
        assertTrue(source.read.get() < 100_000, "read ahead only a few batches: " + source.read.get());
    }
}
