package dk.casescreen.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * The screening round of every record, kept as one int per record: the distinct screening dates
 * sorted, a new round wherever the gap to the previous date exceeds {@link #GAP_DAYS} days. A record
 * without a date belongs to the round of its file when the file's dated records all fall in one
 * round; the others form the undated round, after the dated ones.
 */
final class RoundIndex {

    /** The longest gap in days between two screening dates of the same round. */
    static final int GAP_DAYS = 90;
    /** What {@code epochDay} answers for a record without a date. */
    static final int NO_DATE = Integer.MIN_VALUE;
    /** The widest span of dates, in days (about 11,000 years), whose distinct dates are marked rather than sorted. */
    static final int MARKED_SPAN = 1 << 22;
    private static final int NONE = -1;
    private static final int SEVERAL = -2;

    private final int[] of;
    private final int[] first;
    private final int[] last;
    private List<ScreeningRound> rounds;

    private RoundIndex(int[] of, int[] first, int[] last) {
        this.of = of;
        this.first = first;
        this.last = last;
    }

    /**
     * The distinct screening dates (epoch days) of the {@code n} records, in increasing order: marked in a
     * bit set over the span from the earliest to the latest (the dates of a load lie within some years),
     * or, when the span is wider than {@link #MARKED_SPAN} days, sorted. Once per load, on a thread the
     * other loading thread has left: the marking does in one pass what sorting a million dates did in
     * several, with nothing to compile first.
     */
    static int[] distinctDays(int n, IntUnaryOperator epochDay) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int dated = 0;
        for (int i = 0; i < n; i++) {
            int d = epochDay.applyAsInt(i);
            if (d != NO_DATE) {
                min = Math.min(min, d);
                max = Math.max(max, d);
                dated++;
            }
        }
        if (dated == 0) {
            return new int[0];
        }
        if ((long) max - min < MARKED_SPAN) {
            BitSet present = new BitSet(max - min + 1);
            for (int i = 0; i < n; i++) {
                int d = epochDay.applyAsInt(i);
                if (d != NO_DATE) {
                    present.set(d - min);
                }
            }
            int earliest = min;
            return present.stream().map(offset -> offset + earliest).toArray();
        }
        int[] days = new int[dated];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int d = epochDay.applyAsInt(i);
            if (d != NO_DATE) {
                days[k++] = d;
            }
        }
        Arrays.sort(days);
        return IntStream.of(days).distinct().toArray();
    }

    /**
     * The rounds of {@code n} records whose screening dates (epoch days, or {@link #NO_DATE})
     * {@code epochDay} gives and whose files (small indices from 0) {@code fileOf} gives.
     */
    static RoundIndex cluster(int n, IntUnaryOperator epochDay, IntUnaryOperator fileOf) {
        int[] days = distinctDays(n, epochDay);
        int[] firsts = new int[8];
        int[] lasts = new int[8];
        int k = 0;
        for (int day : days) {
            if (k == 0 || (long) day - lasts[k - 1] > GAP_DAYS) {
                if (k == firsts.length) {
                    firsts = Arrays.copyOf(firsts, k * 2);
                    lasts = Arrays.copyOf(lasts, k * 2);
                }
                firsts[k++] = day;
            }
            lasts[k - 1] = day;
        }
        // per file: its one round, SEVERAL, or NONE when it has no dated record
        int[] fileRound = new int[16];
        Arrays.fill(fileRound, NONE);
        int[] of = new int[n];
        for (int i = 0; i < n; i++) {
            int d = epochDay.applyAsInt(i);
            if (d == NO_DATE) {
                of[i] = -1;
                continue;
            }
            int at = Arrays.binarySearch(firsts, 0, k, d);
            of[i] = at >= 0 ? at : -at - 2;
            int f = fileOf.applyAsInt(i);
            if (f >= fileRound.length) {
                int old = fileRound.length;
                fileRound = Arrays.copyOf(fileRound, Math.max(f + 1, old * 2));
                Arrays.fill(fileRound, old, fileRound.length, NONE);
            }
            fileRound[f] = fileRound[f] == NONE || fileRound[f] == of[i] ? of[i] : SEVERAL;
        }
        boolean undated = false;
        for (int i = 0; i < n; i++) {
            if (of[i] < 0) {
                int f = fileOf.applyAsInt(i);
                int own = f < fileRound.length ? fileRound[f] : NONE;
                of[i] = own >= 0 ? own : k;
                undated |= own < 0;
            }
        }
        int rounds = k + (undated ? 1 : 0);
        int[] first = Arrays.copyOf(firsts, rounds);
        int[] last = Arrays.copyOf(lasts, rounds);
        if (undated) {
            first[k] = NO_DATE;
            last[k] = NO_DATE;
        }
        return new RoundIndex(of, first, last);
    }

    /** The index (0 for the first round) of record {@code i}'s round. */
    int of(int i) {
        return of[i];
    }

    /** The number of rounds, empty ones included. */
    int count() {
        return first.length;
    }

    /** Whether round {@code index} has dates. */
    boolean dated(int index) {
        return first[index] != NO_DATE;
    }

    /** Whether there are dated rounds and undated records. */
    boolean datedAndUndated() {
        return first.length > 1 && !dated(first.length - 1);
    }

    /** The first date of round {@code index}, if it is dated. */
    Optional<LocalDate> firstDate(int index) {
        return dated(index) ? Optional.of(LocalDate.ofEpochDay(first[index])) : Optional.empty();
    }

    /** The same rounds for the given records, in the given order. */
    RoundIndex select(int[] rows) {
        int[] o = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            o[i] = of[rows[i]];
        }
        return new RoundIndex(o, first, last);
    }

    /** Round {@code index} as a record with its number of cases here. */
    ScreeningRound round(int index) {
        return all()[index];
    }

    /** The rounds that have records, in date order, the undated last. */
    List<ScreeningRound> rounds() {
        synchronized (this) {
            if (rounds == null) {
                List<ScreeningRound> list = new ArrayList<>();
                for (ScreeningRound r : all()) {
                    if (r.cases() > 0) {
                        list.add(r);
                    }
                }
                rounds = List.copyOf(list);
            }
            return rounds;
        }
    }

    private ScreeningRound[] made;

    private synchronized ScreeningRound[] all() {
        if (made == null) {
            int[] counts = new int[first.length];
            for (int r : of) {
                counts[r]++;
            }
            made = new ScreeningRound[first.length];
            for (int k = 0; k < first.length; k++) {
                Optional<LocalDate> from = firstDate(k);
                Optional<LocalDate> to = dated(k) ? Optional.of(LocalDate.ofEpochDay(last[k])) : Optional.empty();
                made[k] = new ScreeningRound(k + 1, from, to, counts[k]);
            }
        }
        return made;
    }
}
