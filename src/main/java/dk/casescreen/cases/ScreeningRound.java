package dk.casescreen.cases;

import dk.casescreen.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One screening round of a load: a cluster of screening dates with no gap over
 * 90 days, named by its first date. A record without a date belongs to its
 * file's round when the file's dated records all fall in one round; the others form the undated
 * round, which comes last.
 *
 * @param number   the round's number, 1 for the earliest, in date order (the undated round last)
 * @param date     the round's first screening date; empty for the undated round
 * @param lastDate the round's last screening date; empty for the undated round
 * @param cases    the number of cases of the round in the table it was asked of
 */
public record ScreeningRound(int number, Optional<LocalDate> date, Optional<LocalDate> lastDate, int cases) {

    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Creates a round; a dated round has both dates, in order, an undated one neither. */
    public ScreeningRound {
        Objects.requireNonNull(date);
        Objects.requireNonNull(lastDate);
        if (number < 1) {
            throw new IllegalArgumentException("A round's number starts at 1, not " + number);
        }
        if (date.isPresent() != lastDate.isPresent() || date.isPresent() && lastDate.get().isBefore(date.get())) {
            throw new IllegalArgumentException("Round " + number + ": first date " + date + " and last date " + lastDate
                    + " do not make a round");
        }
        if (cases < 0) {
            throw new IllegalArgumentException("Round " + number + ": " + cases + " cases");
        }
    }

    /** Whether the round has screening dates (every round but the undated one). */
    public boolean isDated() {
        return date.isPresent();
    }

    /** The round's name: its first date as ISO text ("2022-10-03"), or "uden dato" for the undated round. */
    public String label() {
        return date.map(LocalDate::toString).orElse("uden dato");
    }

    /**
     * The round in a sentence: "Runde 1: 3. oktober 2022 – 30. november 2022, 683 sager",
     * "Round 2: without date, 12 cases".
     */
    public String describe(Language language) {
        boolean da = language == Language.DA;
        DateTimeFormatter f = da ? DA : EN;
        String when = date.map(first -> lastDate.get().equals(first) ? f.format(first)
                : f.format(first) + " – " + f.format(lastDate.get())).orElse(da ? "uden dato" : "without date");
        return (da ? "Runde " : "Round ") + number + ": " + when + ", " + cases
                + (da ? (cases == 1 ? " sag" : " sager") : (cases == 1 ? " case" : " cases"));
    }
}
