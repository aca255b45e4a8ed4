package dk.casescreen.sheet;

import dk.casescreen.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * That a question of a sheet version is no longer asked: from which screening date, and why.
 * Answers to a retired question are still read (with a warning) but left out of the analyses.
 *
 * @param from   the first screening date on which the question is retired
 * @param reason why, in Danish and English
 */
public record Retirement(LocalDate from, Text reason) {

    /** Creates a retirement; both parts are required. */
    public Retirement {
        Objects.requireNonNull(from);
        Objects.requireNonNull(reason);
    }

    /** Whether a screening on {@code date} falls on or after the retirement. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from);
    }
}
