package dk.casescreen.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The line at the top of every printed page: the municipality, the screening date and the edition, so
 * that a single page taken out of a committee's papers still says what it is.
 */
final class RunningHeader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RunningHeader() {
    }

    /** "Ågerup · screenet 02.05.2022–30.06.2022 · delt udgave". */
    static String text(ReportInput in, ReportContext ctx) {
        StringBuilder s = new StringBuilder(in.title());
        screeningPeriod(in, ctx).ifPresent(p -> s.append(" · ").append(ctx.t("screenet ", "screened ")).append(p));
        s.append(" · ").append(in.disclosure().isShared() ? ctx.t("delt udgave", "shared edition") : ctx.t("intern udgave", "internal edition"));
        if (in.synthetic()) {
            s.append(" · ").append(ctx.t("SYNTETISKE DATA", "SYNTHETIC DATA"));
        }
        return s.toString();
    }

    /** The first and last screening date of the own cases ("02.05.2022–30.06.2022", or one date), if any is given. */
    static Optional<String> screeningPeriod(ReportInput in, ReportContext ctx) {
        LocalDate first = null;
        LocalDate last = null;
        var own = ctx.ownScreened();
        for (int i = own.nextSetBit(0); i >= 0; i = own.nextSetBit(i + 1)) {
            Optional<LocalDate> d = in.cases().record(i).screeningDate();
            if (d.isPresent()) {
                first = first == null || d.get().isBefore(first) ? d.get() : first;
                last = last == null || d.get().isAfter(last) ? d.get() : last;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(first.equals(last) ? DATE.format(first) : DATE.format(first) + "–" + DATE.format(last));
    }
}
