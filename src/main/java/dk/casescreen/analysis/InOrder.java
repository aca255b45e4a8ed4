package dk.casescreen.analysis;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs independent pieces of the analysis (one per hypothesis) on the common fork-join pool and gathers
 * their results in the order of the input, so the analysis gives the same result on one core or many:
 * each piece reads the case table and writes only its own result, and every sum stays inside its piece.
 */
final class InOrder {

    private InOrder() {
    }

    /** {@code f} applied to every item, in parallel, the results in the items' order. */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        return IntStream.range(0, items.size()).parallel().<R>mapToObj(i -> f.apply(items.get(i))).toList();
    }
}
