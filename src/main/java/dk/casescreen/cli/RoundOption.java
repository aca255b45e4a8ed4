package dk.casescreen.cli;

import dk.casescreen.cases.CaseLoader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --round YYYY-MM-DD} option the loading commands share: the screening date of rows whose
 * date cell is empty, which places them in that date's round. A picocli mixin; a date that is not
 * YYYY-MM-DD is a command-line error (exit 2) naming the value.
 */
final class RoundOption {

    @Option(names = "--round", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The screening date of rows with an empty date (Dato), placing them in that date's "
                    + "screening round; give the files of each round in date order.")
    private LocalDate round;

    /** The loader with the default screening date set, when {@code --round} was given. */
    CaseLoader apply(CaseLoader loader) {
        return round == null ? loader : loader.defaultScreeningDate(round);
    }

    /** Reads a date written YYYY-MM-DD. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD (e.g. 2022-10-03)");
            }
        }
    }
}
