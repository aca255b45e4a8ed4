package dk.casescreen.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the rows of another reader on a thread of its own, a few batches ahead, so that splitting
 * the file into cells and checking the cells run on two cores at once. What the other reader
 * throws is thrown here at the row where it happened; closing stops the thread. At most
 * {@code BATCHES} batches of {@code BATCH} rows are held.
 */
final class PrefetchingRowReader implements RowReader {

    private static final int BATCH = 512;
    private static final int BATCHES = 8;

    private final RowReader source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    /** Rows the consumer is done with, a batch at a time, for the other reader to fill again. */
    private final BlockingQueue<List<RawRow>> spare = new ArrayBlockingQueue<>(BATCHES);
    /** Rows given back since the last batch was taken (consumer's thread only). */
    private List<RawRow> released = new ArrayList<>(BATCH);
    private final Thread thread;
    private volatile boolean closed;
    private Batch current;
    private int position;

    /** Rows, and at the end either nothing more (null) or what stopped the reading. */
    private record Batch(List<RawRow> rows, boolean last, Throwable failure) {
    }

    PrefetchingRowReader(RowReader source) {
        this.source = source;
        this.thread = Thread.ofPlatform().daemon().name("casescreen-row-reader").start(this::fill);
    }

    private void fill() {
        try {
            while (!closed) {
                List<RawRow> done = spare.poll();
                if (done != null) {
                    done.forEach(source::recycle);
                }
                List<RawRow> rows = new ArrayList<>(BATCH);
                Throwable failure = null;
                boolean last = false;
                try {
                    while (rows.size() < BATCH) {
                        RawRow row = source.next();
                        if (row == null) {
                            last = true;
                            break;
                        }
                        rows.add(row);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                    last = true;
                }
                Batch batch = new Batch(rows, last, failure);
                while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    // the consumer is busy; wait for room unless it has stopped
                }
                if (last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Location location() {
        return source.location();
    }

    @Override
    public RawRow next() {
        while (current == null || position == current.rows().size()) {
            if (current != null && current.last()) {
                if (current.failure() instanceof RuntimeException e) {
                    throw e;
                }
                if (current.failure() instanceof Error e) {
                    throw e;
                }
                return null;
            }
            if (!released.isEmpty() && spare.offer(released)) {
                released = new ArrayList<>(BATCH);
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading rows", e);
            }
            position = 0;
        }
        return current.rows().get(position++);
    }

    /** Takes the row back for the other reader to fill again (see {@link RowReader#recycle}). */
    @Override
    public void recycle(RawRow row) {
        released.add(row);
    }

    @Override
    public String columnName(int index) {
        return source.columnName(index);
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
