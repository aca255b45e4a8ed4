package dk.casescreen.cases;

/**
 * The load's columns copied to their size ({@link CaseColumns.Builder#build()}) on a thread of their own,
 * started once the last row is read: the loader meanwhile finds the screening rounds and the duplicates on
 * its own thread, and the other core, which read the rows, would otherwise wait. The builder must not
 * change after this starts. A small load is built on the caller's thread when asked for, since a thread
 * would cost more than the copy.
 */
final class ColumnsBuild {

    /** Fewer records than this are built on the caller's thread. */
    static final int OWN_THREAD_FROM = 50_000;

    private final CaseColumns.Builder records;
    private final Thread thread;
    private CaseColumns built;
    private Throwable failure;

    /** Starts copying the columns of {@code records} (on a thread of its own for a large load). */
    ColumnsBuild(CaseColumns.Builder records) {
        this.records = records;
        this.thread = records.size() < OWN_THREAD_FROM ? null
                : Thread.ofPlatform().daemon().name("casescreen-columns").start(this::build);
    }

    private void build() {
        try {
            built = records.build();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** The columns, once copied; what the copying threw is thrown here. */
    CaseColumns get() {
        if (thread == null) {
            return records.build();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the case columns were built", e);
        }
        // join() orders the thread's writes before what follows it
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return built;
    }
}
