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
