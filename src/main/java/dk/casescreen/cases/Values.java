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
    private static final Pattern DANISH_THOUSANDS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern KR_SUFFIX = Pattern.compile("(?i)\\s*kr\\.?$");
    private static final Pattern DANISH_DECIMAL = Pattern.compile("[+-]?([0-9]*|[0-9]{1,3}(\\.[0-9]{3})+),[0-9]+");

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
     * An amount in kr., written the Danish way (2.500.000,50), plainly (2500000.5) or with spaces
     * as thousands separators, optionally followed by "kr". A comma is always the decimal mark;
     * dots followed by groups of three digits are thousands separators. A typed number (from an
     * Excel number cell or a JSON number) is read plainly.
     */
    static Optional<BigDecimal> amount(String text, boolean typedNumber) {
        if (typedNumber) {
            try {
                BigDecimal value = new BigDecimal(text.strip());
                return value.signum() < 0 ? Optional.empty() : Optional.of(value);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String plain = text.strip();
        if (isDigits(plain)) {
            return Optional.of(BigDecimal.valueOf(Long.parseLong(plain)));
        }
        String s = KR_SUFFIX.matcher(plain).replaceFirst("").replace(" ", "").replace("\u00A0", "");
        if (s.contains(",")) {
            if (!DANISH_DECIMAL.matcher(s).matches()) {
                return Optional.empty();
            }
            s = s.replace(".", "").replace(',', '.');
        } else if (DANISH_THOUSANDS.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        try {
            BigDecimal value = new BigDecimal(s);
            return value.signum() < 0 ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
