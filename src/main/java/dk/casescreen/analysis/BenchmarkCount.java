package dk.casescreen.analysis;

import dk.casescreen.disclosure.CellStatus;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One count of a {@link Benchmark}: a number of cases, or a count hidden by disclosure control
 * (primary: 1 to threshold−1 cases, shown as "&lt;5"; secondary: hidden so that no small count can be worked
 * out, shown as "·").
 *
 * @param value  the count when shown; empty when suppressed
 * @param status shown, primary or secondary
 */
public record BenchmarkCount(OptionalLong value, CellStatus status) {

    /** Checks that a count is present exactly when it is shown. */
    public BenchmarkCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        if (value.isPresent() != (status == CellStatus.SHOWN)) {
            throw new IllegalArgumentException("A benchmark count has a value exactly when it is shown, not " + value + " when "
                    + status);
        }
        if (value.isPresent() && value.getAsLong() < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + value.getAsLong());
        }
    }

    /** A shown count. */
    public static BenchmarkCount shown(long count) {
        return new BenchmarkCount(OptionalLong.of(count), CellStatus.SHOWN);
    }

    /** A count of 1 to threshold−1 cases, hidden. */
    public static BenchmarkCount primary() {
        return new BenchmarkCount(OptionalLong.empty(), CellStatus.PRIMARY);
    }

    /** A count hidden so that no small count can be worked out from the others. */
    public static BenchmarkCount secondary() {
        return new BenchmarkCount(OptionalLong.empty(), CellStatus.SECONDARY);
    }

    /** Whether the count is hidden. */
    public boolean suppressed() {
        return status.suppressed();
    }

    /** The text a table shows: the count, "&lt;threshold" or "·". */
    public String display(int threshold) {
        return switch (status) {
            case SHOWN -> Long.toString(value.getAsLong());
            case PRIMARY -> "<" + threshold;
            case SECONDARY -> "·";
        };
    }
}
