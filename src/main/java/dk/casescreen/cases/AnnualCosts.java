package dk.casescreen.cases;

import dk.casescreen.Text;
import dk.casescreen.sheet.AnswerOption;
import dk.casescreen.sheet.KrRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a case's annual cost and checks it: an amount ({@link AmountText}, or a typed number), above
 * 0 kr., at most {@value #LIMIT_KR} kr., and not below {@value #SMALLEST_KR} kr., which no annual cost in
 * the screening is and which is rather an amount written in mio. or thousand kr. Then, once the
 * answers are read, whether it lies in the cost band answered.
 */
final class AnnualCosts {

    /** The largest annual cost accepted, in kr.: 100 mio. kr. */
    static final long LIMIT_KR = 100_000_000L;
    /** The smallest annual cost accepted, in kr.; anything below is surely written in the wrong unit. */
    static final long SMALLEST_KR = 10_000L;

    private static final BigDecimal LIMIT = BigDecimal.valueOf(LIMIT_KR);
    private static final BigDecimal SMALLEST = BigDecimal.valueOf(SMALLEST_KR);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private AnnualCosts() {
    }

    /**
     * The annual cost of a non-blank cell, or empty with the problem added to {@code problems}.
     *
     * @param typed       the cell as read
     * @param typedNumber whether the cell is a number (an Excel number cell, a JSON number)
     * @param at          the cell's location, made only when there is a problem
     */
    static Optional<BigDecimal> read(String typed, boolean typedNumber, Supplier<Location> at, List<Problem> problems) {
        Optional<BigDecimal> amount = Values.amount(typed, typedNumber);
        String shown = typed.strip();
        if (amount.isEmpty()) {
            problems.add(Rule.INVALID_COST.problem(at.get(), null, shown, shown));
            return amount;
        }
        BigDecimal v = amount.get();
        Problem problem = null;
        if (v.signum() < 0) {
            problem = Rule.NEGATIVE_COST.problem(at.get(), null, shown, shown);
        } else if (v.signum() == 0) {
            problem = Rule.ZERO_COST.problem(at.get(), null, shown, shown);
        } else if (v.compareTo(LIMIT) > 0) {
            problem = Rule.COST_ABOVE_LIMIT.problem(at.get(), null, shown, shown, kr(v), kr(LIMIT));
        } else if (v.compareTo(SMALLEST) < 0) {
            BigDecimal meant = v.compareTo(THOUSAND) < 0 ? v : v.divide(THOUSAND);
            problem = Rule.COST_TOO_SMALL.problem(at.get(), null, shown, shown, kr(v), kr(SMALLEST), kr(meant));
        }
        if (problem != null) {
            problems.add(problem);
            return Optional.empty();
        }
        return amount;
    }

    /**
     * The warning when {@code cost} lies outside the amounts of the band answered, or null.
     *
     * @param band      the option answered to a question whose options stand for amounts
     * @param bandLabel the question's label, as problems name questions
     * @param at        the cost cell's location, made only when there is a problem
     */
    static Problem outsideBand(BigDecimal cost, String typed, AnswerOption band, String bandLabel, Supplier<Location> at) {
        Optional<KrRange> range = band.amount();
        if (range.isEmpty() || range.get().contains(cost)) {
            return null;
        }
        return Rule.COST_OUTSIDE_BAND.problem(at.get(), bandLabel, typed.strip(), kr(cost), band.label(), bandLabel);
    }

    /** An amount as written in each language: 3.200.000 and 2.450.000,5 in Danish; 3,200,000 and 2,450,000.5 in English. */
    static Text kr(BigDecimal amount) {
        String plain = amount.stripTrailingZeros().toPlainString();
        if (amount.signum() != 0 && amount.stripTrailingZeros().scale() < 0) {
            plain = amount.setScale(0).toPlainString();
        }
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int dot = unsigned.indexOf('.');
        String whole = dot < 0 ? unsigned : unsigned.substring(0, dot);
        String fraction = dot < 0 ? "" : unsigned.substring(dot + 1);
        String sign = negative ? "-" : "";
        return new Text(sign + group(whole, '.') + (fraction.isEmpty() ? "" : "," + fraction),
                sign + group(whole, ',') + (fraction.isEmpty() ? "" : "." + fraction));
    }

    private static String group(String digits, char separator) {
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) {
                b.append(separator);
            }
            b.append(digits.charAt(k));
        }
        return b.toString();
    }
}
