package dk.casescreen.stats;

import org.apache.commons.numbers.gamma.LogGamma;

/** Natural logarithms of factorials, {@code log(k!) = lgamma(k + 1)}, tabulated up to a bound. */
final class LogFactorials {

    private static final int MAX_TABLE = 1 << 22;

    private final double[] table;

    /** Tabulates {@code log(k!)} for {@code k <= n} (up to a fixed size; larger values are computed when asked). */
    LogFactorials(long n) {
        int size = (int) Math.min(Math.max(n, 1), MAX_TABLE) + 1;
        table = new double[size];
        for (int k = 2; k < size; k++) {
            table[k] = LogGamma.value(k + 1.0);
        }
    }

    /** {@code log(k!)}. */
    double at(long k) {
        return k < table.length ? table[(int) k] : LogGamma.value(k + 1.0);
    }
}
