package dk.casescreen.cases;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A column of exact amounts (annual costs), or none, packed as the unscaled value (a long) and the
 * scale (a byte) of each: nine bytes a case where a {@link BigDecimal} takes over forty. An amount
 * that does not fit is kept as it is. {@link #get} gives an amount equal to the one added, scale
 * included.
 */
final class PackedAmounts {

    /** The scale byte of a case without an amount. */
    private static final byte NONE = Byte.MIN_VALUE;
    /** The scale byte of an amount kept whole in {@link #large}. */
    private static final byte LARGE = Byte.MIN_VALUE + 1;

    private long[] unscaled;
    private byte[] scale;
    private final Map<Integer, BigDecimal> large;
    private int size;

    PackedAmounts(int capacity) {
        this(new long[Math.max(16, capacity)], new byte[Math.max(16, capacity)], new HashMap<>(), 0);
    }

    private PackedAmounts(long[] unscaled, byte[] scale, Map<Integer, BigDecimal> large, int size) {
        this.unscaled = unscaled;
        this.scale = scale;
        this.large = large;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** Appends an amount, or null for none. */
    void add(BigDecimal amount) {
        if (size == scale.length) {
            unscaled = Arrays.copyOf(unscaled, size * 2);
            scale = Arrays.copyOf(scale, size * 2);
        }
        if (amount == null) {
            scale[size] = NONE;
        } else if (amount.scale() > LARGE && amount.scale() <= Byte.MAX_VALUE && amount.unscaledValue().bitLength() < 64) {
            unscaled[size] = amount.unscaledValue().longValueExact();
            scale[size] = (byte) amount.scale();
        } else {
            scale[size] = LARGE;
            large.put(size, amount);
        }
        size++;
    }

    /** Amount {@code i}, if there is one. */
    Optional<BigDecimal> get(int i) {
        java.util.Objects.checkIndex(i, size);
        byte s = scale[i];
        if (s == NONE) {
            return Optional.empty();
        }
        return Optional.of(s == LARGE ? large.get(i) : BigDecimal.valueOf(unscaled[i], s));
    }

    /** The amounts with exactly the room they need. */
    PackedAmounts trimmed() {
        return new PackedAmounts(Arrays.copyOf(unscaled, size), Arrays.copyOf(scale, size), Map.copyOf(large), size);
    }

    /** Amounts {@code rows[0]}, {@code rows[1]}, ... in that order. */
    PackedAmounts select(int[] rows) {
        PackedAmounts out = new PackedAmounts(rows.length);
        for (int r : rows) {
            out.add(get(r).orElse(null));
        }
        return out.trimmed();
    }
}
