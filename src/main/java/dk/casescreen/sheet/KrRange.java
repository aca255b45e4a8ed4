package dk.casescreen.sheet;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * The amounts in kr. an answer option stands for, such as a cost band's "2,0–2,5 mio. kr.": from
 * {@code minKr} inclusive to {@code maxKr} exclusive, or without an upper bound ("over 10 mio. kr.").
 * So 2.500.000 kr. lies in 2,5–3,0 mio. kr., not in 2,0–2,5. Read from the option's {@code "min_kr"}
 * and {@code "max_kr"} in the sheet definition.
 *
 * @param minKr the lowest amount of the range, inclusive, at least 0
 * @param maxKr the amount the range ends before (exclusive), above {@code minKr}; empty when open
 */
public record KrRange(long minKr, OptionalLong maxKr) {

    /** Checks that the bounds are in order. */
    public KrRange {
        if (minKr < 0) {
            throw new IllegalArgumentException("minKr must be 0 or more, not " + minKr);
        }
        if (maxKr.isPresent() && maxKr.getAsLong() <= minKr) {
            throw new IllegalArgumentException("maxKr " + maxKr.getAsLong() + " must be above minKr " + minKr);
        }
    }

    /** Whether {@code amount} (in kr.) lies in the range: at least {@code minKr} and below {@code maxKr}. */
    public boolean contains(BigDecimal amount) {
        if (amount.compareTo(BigDecimal.valueOf(minKr)) < 0) {
            return false;
        }
        return maxKr.isEmpty() || amount.compareTo(BigDecimal.valueOf(maxKr.getAsLong())) < 0;
    }
}
