package dk.casescreen.followup;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One round of a follow-up: its number in date order, its first and last screening date, and its cases.
 *
 * @param number   the round's number, from 1 in date order
 * @param date     the first screening date of the round, if any case is dated
 * @param lastDate the last screening date of the round, if any case is dated
 * @param cases    the cases screened in the round
 */
public record RoundSummary(int number, Optional<LocalDate> date, Optional<LocalDate> lastDate, int cases) {
}
