package dk.casescreen.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results of a deterministic computation remembered by the value of its question, at most a given number of them,
 * the least recently used leaving first; safe to share between threads (two threads asking the same new question
 * at once both compute it, and get equal results).
 *
 * @param <K> the question, compared by value
 * @param <V> the result
 */
final class Remembered<K, V> {

    private final Map<K, V> results;

    Remembered(int capacity) {
        results = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The result for {@code question}: the one remembered, else {@code compute}'s, then remembered. */
    V get(K question, Supplier<V> compute) {
        synchronized (results) {
            V known = results.get(question);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.get();
        synchronized (results) {
            results.put(question, computed);
        }
        return computed;
    }

    /** Forgets every result. */
    void forget() {
        synchronized (results) {
            results.clear();
        }
    }
}
