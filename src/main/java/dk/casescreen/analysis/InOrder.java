package dk.casescreen.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs independent pieces of the analysis (one per hypothesis) on the common fork-join pool and gathers
 * their results in the order of the input, so the analysis gives the same result on one core or many:
 * each piece reads the case table and writes only its own result, and every sum stays inside its piece.
 * Pieces run side by side only when the heap has room for two of them; otherwise one after the other
 * (the same results, in a smaller heap such as {@code -Xmx512m} with a million cases).
 */
final class InOrder {

    /**
     * An estimate of the heap one hypothesis's piece takes at its peak, per case, with headroom: the
     * design's rows (about 85 bytes with eight columns), the fit's arrays (about 36), the builder's
     * transient columns (about 100) and the rank test's arrays (about 50).
     */
    static final long BYTES_PER_CASE = 320;

    /** The heap a loaded case table with its validation report holds, per case (bench/run measures it). */
    static final long TABLE_BYTES_PER_CASE = 200;

    private InOrder() {
    }

    /**
     * {@code f} applied to every item, the results in the items' order: in parallel when the heap has
     * room for two pieces over {@code cases} cases, else sequentially.
     */
    static <T, R> List<R> map(List<T> items, long cases, Function<? super T, ? extends R> f) {
        if (!roomFor(2, BYTES_PER_CASE * cases, cases)) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(f.apply(item));
            }
            return results;
        }
        return IntStream.range(0, items.size()).parallel().<R>mapToObj(i -> f.apply(items.get(i))).toList();
    }

    /**
     * Whether more than one core is available and the heap ({@code -Xmx}) has room for {@code pieces}
     * pieces of {@code bytesEach} beside a case table of {@code cases} cases ({@link #TABLE_BYTES_PER_CASE}).
     * Decided from the sizes alone, not from the heap's momentary use, so the same run takes the same path.
     */
    static boolean roomFor(int pieces, long bytesEach, long cases) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        return Runtime.getRuntime().maxMemory() - TABLE_BYTES_PER_CASE * cases >= pieces * bytesEach;
    }
}
