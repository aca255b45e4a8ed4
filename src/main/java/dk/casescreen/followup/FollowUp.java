package dk.casescreen.followup;

import dk.casescreen.Text;
import dk.casescreen.cases.CaseRecord;
import dk.casescreen.cases.CaseTable;
import dk.casescreen.cases.DataOrigin;
import dk.casescreen.cases.Problem;
import dk.casescreen.cases.RoundChecks;
import dk.casescreen.cases.ScreeningRound;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up of citizens across screening rounds: the entry point. Each case table is one round;
 * consecutive rounds are compared ({@link RoundComparison}) with citizens linked by municipality code and
 * case number.
 */
public final class FollowUp {

    /** Two rounds whose dates come within this many days of each other are one round (as {@link CaseTable#rounds()} clusters them). */
    private static final int SAME_ROUND_DAYS = 90;

    private FollowUp() {
    }

    /** The follow-up of the rounds with the default options; see {@link #of(List, FollowUpOptions)}. */
    public static FollowUpResult of(List<CaseTable> rounds) {
        return of(rounds, FollowUpOptions.defaults());
    }

    /**
     * The follow-up of the rounds, given in date order. Rounds whose cases are dated are checked: each
     * must be one round ({@link CaseTable#rounds()}: no gap of more than 90 days between its sorted dates), the
     * rounds must not overlap (the files of one round given as two), and must come in date order.
     *
     * @param rounds  the case tables, one per round, at least two, earliest first
     * @param options the bootstrap, confidence level, alpha and power
     * @return the rounds, warnings, notes and one comparison per consecutive pair
     * @throws FollowUpException when the rounds cannot be followed up as given (the reason names the dates)
     */
    public static FollowUpResult of(List<CaseTable> rounds, FollowUpOptions options) {
        if (rounds.size() < 2) {
            throw new FollowUpException(new Text("En opfølgning kræver mindst to runder, men fik " + rounds.size() + ".",
                    "A follow-up needs at least two rounds, got " + rounds.size() + "."));
        }
        List<ScreeningRound> summaries = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            List<LocalDate> starts = rounds.get(i).rounds().stream().flatMap(r -> r.date().stream()).toList();
            if (starts.size() > 1) {
                String dates = String.join(", ", starts.stream().map(LocalDate::toString).toList());
                throw new FollowUpException(new Text("Runde " + (i + 1) + " spænder over " + starts.size()
                        + " screeningsrunder (begyndende " + dates + "); angiv hver runde for sig.",
                        "Round " + (i + 1) + " spans " + starts.size() + " screening rounds (starting " + dates
                                + "); give each round on its own."));
            }
            summaries.add(summary(i + 1, rounds.get(i)));
        }
        checkOrder(summaries);
        List<Text> notes = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<RoundComparison> comparisons = new ArrayList<>();
        DataOrigin origin = rounds.getFirst().origin();
        for (int i = 0; i + 1 < rounds.size(); i++) {
            CaseTable earlier = rounds.get(i);
            CaseTable later = rounds.get(i + 1);
            origin = origin.with(later.origin());
            warnings.addAll(RoundChecks.between(earlier, later));
            YesNoQuestions questions = YesNoQuestions.of(earlier.sheet(), later.sheet());
            for (Text note : questions.notes()) {
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
            RoundComparison c = Comparisons.compare(i + 1, earlier, later, questions, options);
            if (!c.comparable()) {
                notes.add(new Text("Ingen borgere er screenet i både runde " + (i + 1) + " og runde " + (i + 2)
                        + ": der kan ikke sammenlignes noget.",
                        "No citizen was screened in both round " + (i + 1) + " and round " + (i + 2)
                                + ": nothing can be compared."));
            }
            comparisons.add(c);
        }
        return new FollowUpResult(summaries, warnings, notes, comparisons, origin, options);
    }

    private static ScreeningRound summary(int number, CaseTable table) {
        Optional<LocalDate> first = Optional.empty();
        Optional<LocalDate> last = Optional.empty();
        for (CaseRecord r : table.records()) {
            if (r.screeningDate().isPresent()) {
                LocalDate d = r.screeningDate().get();
                first = Optional.of(first.filter(f -> f.isBefore(d)).orElse(d));
                last = Optional.of(last.filter(l -> l.isAfter(d)).orElse(d));
            }
        }
        return new ScreeningRound(number, first, last, table.size());
    }

    private static void checkOrder(List<ScreeningRound> rounds) {
        for (int i = 0; i + 1 < rounds.size(); i++) {
            ScreeningRound a = rounds.get(i);
            ScreeningRound b = rounds.get(i + 1);
            if (a.date().isEmpty() || b.date().isEmpty()) {
                continue;
            }
            LocalDate aFirst = a.date().get();
            LocalDate aLast = a.lastDate().orElseThrow();
            LocalDate bFirst = b.date().get();
            LocalDate bLast = b.lastDate().orElseThrow();
            boolean overlap = !bFirst.isAfter(aLast) && !aFirst.isAfter(bLast);
            boolean close = overlap || ChronoUnit.DAYS.between(aLast, bFirst) >= 0
                    && ChronoUnit.DAYS.between(aLast, bFirst) <= SAME_ROUND_DAYS
                    || ChronoUnit.DAYS.between(bLast, aFirst) >= 0 && ChronoUnit.DAYS.between(bLast, aFirst) <= SAME_ROUND_DAYS;
            if (close) {
                throw new FollowUpException(new Text("Runde " + a.number() + " (" + span(a) + ") og runde " + b.number()
                        + " (" + span(b) + ") er samme screeningsrunde: filerne fra én runde er givet som to runder.",
                        "Round " + a.number() + " (" + span(a) + ") and round " + b.number() + " (" + span(b)
                                + ") are the same screening round: the files of one round were given as two rounds."));
            }
            if (bFirst.isBefore(aFirst)) {
                throw new FollowUpException(new Text("Runderne er ikke i datoorden: runde " + a.number() + " er fra " + aFirst
                        + ", runde " + b.number() + " fra " + bFirst + ". Angiv runden fra " + bFirst + " før runden fra " + aFirst + ".",
                        "The rounds are not in date order: round " + a.number() + " is from " + aFirst + ", round "
                                + b.number() + " from " + bFirst + ". Give the round from " + bFirst + " before the round from "
                                + aFirst + "."));
            }
        }
    }

    private static String span(ScreeningRound r) {
        return r.date().orElseThrow().equals(r.lastDate().orElseThrow()) ? r.date().get().toString()
                : r.date().get() + " – " + r.lastDate().get();
    }
}
