package dk.casescreen.cases;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the typed values of record fields: dates, amounts and whole numbers. */
final class Values {

    private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
    private static final Pattern DANISH_DATE = Pattern.compile("([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}");

    private Values() {
    }

    /** A date written as yyyy-mm-dd or as Danes write it: dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy. */
    static Optional<LocalDate> date(String text) {
        String s = text.strip();
        try {
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dk = DANISH_DATE.matcher(s);
            if (dk.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dk.group(3)), Integer.parseInt(dk.group(2)),
                        Integer.parseInt(dk.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * An amount in kr., with its sign, as Danes write it ({@code 2.450.000 kr.}, {@code 2,45 mio.},
     * {@code kr. 2.450.000,00}, {@code DKK 2 450 000}; see {@link AmountText} for every form and the
     * reading of a dot), or empty when the text is not an amount. A typed number (from an Excel number
     * cell or a JSON number) is read plainly. Whether the amount is a plausible annual cost is not
     * checked here.
     */
    static Optional<BigDecimal> amount(String text, boolean typedNumber) {
        if (typedNumber) {
            try {
                return Optional.of(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return AmountText.parse(text);
    }

    /**
     * A whole number: one to nine digits with an optional sign, nothing else (surrounding white space
     * aside); {@link #NOT_A_NUMBER} otherwise.
     */
    static long wholeNumberOf(String text) {
        String s = text.strip();
        int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 1 || digits > 9) {
            return NOT_A_NUMBER;
        }
        int value = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            value = value * 10 + (c - '0');
        }
        return s.charAt(0) == '-' ? -value : value;
    }

    /** What {@link #wholeNumberOf(String)} gives for text that is not a whole number. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    /** A whole number: digits with an optional sign, nothing else. */
    static Optional<Integer> wholeNumber(String text) {
        String s = text.strip();
        return WHOLE.matcher(s).matches() ? Optional.of(Integer.parseInt(s)) : Optional.empty();
    }
}
